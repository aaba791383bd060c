using BrainEvent.Graph;

namespace BrainEvent;

/// <summary>
/// The static metadata of a matrix, the pytree "aux data": everything but the values. Two matrices of the
/// same structure (class, element type, shape, connections per row, homogeneity, options, layout buffers
/// and, for a lazy matrix, the structure of its op graph) have equal aux values whatever their values;
/// compiled kernels are cached on it.
/// </summary>
public sealed record FixedNumConnAux
{
    internal FixedNumConnAux(
        FixedNumConnKind kind,
        Type elementType,
        (int Rows, int Cols) shape,
        int nConn,
        bool isHomogeneous,
        ConnOptions options,
        bool hasColumnMirror,
        StructuralKey valueKey,
        object valueTemplate,
        int valueLeafCount)
    {
        Kind = kind;
        ElementType = elementType;
        Shape = shape;
        NConn = nConn;
        IsHomogeneous = isHomogeneous;
        Options = options;
        HasColumnMirror = hasColumnMirror;
        ValueKey = valueKey;
        ValueTemplate = valueTemplate;
        ValueLeafCount = valueLeafCount;
    }

    /// <summary>The matrix class.</summary>
    public FixedNumConnKind Kind { get; }

    /// <summary>The element type, <see cref="float"/> or <see cref="double"/>.</summary>
    public Type ElementType { get; }

    /// <summary>The logical shape <c>(NumPre, NumPost)</c>.</summary>
    public (int Rows, int Cols) Shape { get; }

    /// <summary>Connections per stored row.</summary>
    public int NConn { get; }

    /// <summary>Whether one weight serves every slot.</summary>
    public bool IsHomogeneous { get; }

    /// <summary>The construction options.</summary>
    public ConnOptions Options { get; }

    /// <summary>Whether the children end with the column mirror (<c>indptr</c>, <c>row_of_slot</c>, <c>perm</c>).</summary>
    public bool HasColumnMirror { get; }

    /// <summary>
    /// The structure of the value graph as text: <c>bN</c> for a value buffer, <c>b1</c> for a homogeneous
    /// weight, <c>s</c> for a scalar, operators and lambdas around them.
    /// </summary>
    public string ValueStructure => ValueKey.Text;

    /// <summary>The number of value leaves at the front of the children.</summary>
    public int ValueLeafCount { get; }

    internal StructuralKey ValueKey { get; }

    /// <summary>A graph of this structure (a <c>ValueNode&lt;T&gt;</c>) whose leaves unflatten replaces.</summary>
    internal object ValueTemplate { get; }

    /// <inheritdoc />
    public bool Equals(FixedNumConnAux? other) =>
        other is not null
        && Kind == other.Kind
        && ElementType == other.ElementType
        && Shape == other.Shape
        && NConn == other.NConn
        && IsHomogeneous == other.IsHomogeneous
        && Options == other.Options
        && HasColumnMirror == other.HasColumnMirror
        && ValueKey.Equals(other.ValueKey);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Kind, ElementType, Shape, NConn, IsHomogeneous, Options, HasColumnMirror, ValueKey);
}
