namespace BrainEvent.Generators.Emitting;

/// <summary>
/// The pieces of code the row and column kernels share: how a vector of weights or of operands is read for
/// a layout, and the parameter lists of each weight variant.
/// </summary>
internal sealed partial class KernelEmitter
{
    private string StoredParameters => _e.ReadOnlySpan + " values" + (_hasG ? ", " + _e.ReadOnlySpan + " g" : string.Empty) + ", in Transform f";

    private string Parameters(WeightVariant variant) => variant switch
    {
        WeightVariant.Stored => StoredParameters,
        _ when _hasG => _e.V256 + " w0, " + _e.ReadOnlySpan + " g, in Transform f",
        _ => _e.V256 + " weight",
    };

    /// <summary>The arguments a dispatcher (whose transform is <c>f</c>) passes to a kernel of the variant.</summary>
    private string Arguments(WeightVariant variant) => variant switch
    {
        WeightVariant.Stored => "values" + (_hasG ? ", g" : string.Empty) + ", f",
        _ when _hasG => "w0, g, f",
        _ => "weight",
    };

    private static string Suffix(WeightVariant variant) => variant == WeightVariant.Shared ? "Shared" : string.Empty;

    /// <summary>
    /// A full vector of <paramref name="span"/> at position <paramref name="offset"/>: sequential, except the
    /// per-synapse operand in a column, which is in slot order and so read through <c>perm</c> (the values of a
    /// column kernel are already in mirror order).
    /// </summary>
    private static string Source(string span, Layout layout, string offset) => layout == Layout.Columns && span == "g"
        ? "Gather(" + span + ", perm, " + offset + ")"
        : "Load(" + span + ", " + offset + ")";

    /// <summary>The first <paramref name="count"/> lanes of <see cref="Source"/>, zero elsewhere; nothing past them is read.</summary>
    private static string PartialSource(string span, Layout layout, string offset, string count) => layout == Layout.Columns && span == "g"
        ? "GatherPartial(" + span + ", perm, " + offset + ", " + count + ")"
        : "LoadPartial(" + span + ", " + offset + ", " + count + ")";

    /// <summary>The transformed weights of a full vector of slots.</summary>
    private string WeightVector(WeightVariant variant, Layout layout, string offset) => variant switch
    {
        WeightVariant.Stored => "f.Invoke(" + Source("values", layout, offset) + (_hasG ? ", " + Source("g", layout, offset) : string.Empty) + ")",
        _ when _hasG => "f.Invoke(w0, " + Source("g", layout, offset) + ")",
        _ => "weight",
    };

    /// <summary>
    /// The transformed weights of a partial vector, masked: lanes past the row are zero even where the
    /// transform of zero is not (<c>Log(0)</c>), so they add nothing.
    /// </summary>
    private string PartialWeightVector(WeightVariant variant, Layout layout, string offset, string count)
    {
        string weights = variant switch
        {
            WeightVariant.Stored => "f.Invoke(" + PartialSource("values", layout, offset, count)
                + (_hasG ? ", " + PartialSource("g", layout, offset, count) : string.Empty) + ")",
            _ when _hasG => "f.Invoke(w0, " + PartialSource("g", layout, offset, count) + ")",
            _ => "weight",
        };
        return "(" + weights + " & mask)";
    }

    /// <summary>The gathered operand of a full vector of slots: <c>x[indices[...]]</c> in a row, <c>x[rows[...]]</c> in a column.</summary>
    private static string OperandVector(Layout layout, string offset) => "Gather(x, " + Targets(layout) + ", " + offset + ")";

    private static string PartialOperandVector(Layout layout, string offset, string count) =>
        "GatherPartial(x, " + Targets(layout) + ", " + offset + ", " + count + ")";

    private static string Targets(Layout layout) => layout == Layout.Rows ? "indices" : "rows";

    /// <summary>
    /// The scalar transformed weight at <paramref name="position"/> (a shared matrix has one value); the
    /// per-synapse operand is read at <paramref name="slot"/>, which differs from the position in a column.
    /// </summary>
    private string ScalarWeight(string position, string slot) =>
        "f.Invoke(values.Length == 1 ? values[0] : values[" + position + "]" + (_hasG ? ", g[" + slot + "]" : string.Empty) + ")";

    private static string FusedMultiplyAdd(string accumulator, string weights, string operand) =>
        accumulator + " = Fma(" + weights + ", " + operand + ", " + accumulator + ");";

    private string StoreWeights(string weights, string at) => "Store(" + weights + ", tw, " + at + ");";
}
