namespace BrainEvent;

/// <summary>
/// The column-major view of a matrix's structure: for each index value <c>c</c> (a column of the
/// storage), the slots that point at it. Slots of one column keep their row-major order (a stable sort),
/// so reading through the mirror sums in the same order as a sequential scatter. It holds no values, so new
/// values (<c>WithData</c>, plasticity) never invalidate it: products that walk it read a copy of the values
/// in mirror order (<see cref="FixedNumConn{T}.DataInMirrorOrder"/>), built from <see cref="Perm"/> on the first
/// such product and kept with the value buffer.
/// </summary>
public sealed class ColumnMirror
{
    internal const string IndptrName = "indptr";
    internal const string RowOfSlotName = "row_of_slot";
    internal const string PermName = "perm";

    private ColumnMirror(int[] indptr, int[] rowOfSlot, int[] perm)
    {
        IndptrArray = indptr;
        RowOfSlotArray = rowOfSlot;
        PermArray = perm;
    }

    /// <summary>Column <c>c</c> owns mirror positions <c>[Indptr[c], Indptr[c + 1])</c>; length: the indexed dimension + 1.</summary>
    public ReadOnlySpan<int> Indptr => IndptrArray;

    /// <summary>The stored row of the slot at each mirror position; length Nse.</summary>
    public ReadOnlySpan<int> RowOfSlot => RowOfSlotArray;

    /// <summary>The row-major slot (an index into the values) at each mirror position; length Nse.</summary>
    public ReadOnlySpan<int> Perm => PermArray;

    internal int[] IndptrArray { get; }

    internal int[] RowOfSlotArray { get; }

    internal int[] PermArray { get; }

    /// <summary>Counting sort of the slots by index value: O(Nse + bound).</summary>
    /// <exception cref="InvalidOperationException">The index dimension is too large for <c>indptr</c>.</exception>
    internal static ColumnMirror Build(ReadOnlySpan<int> indices, int nConn, int bound)
    {
        if (!ConnValidation.MirrorFits(bound))
        {
            throw new InvalidOperationException(
                $"The column mirror of indices in [0, {bound}) needs {(long)bound + 1} indptr entries, more than the largest array ({Array.MaxLength}); " +
                "the products that read it (scatters and the event products indexed by the stored ids) are not available for this shape.");
        }

        var indptr = new int[bound + 1];
        foreach (int c in indices)
        {
            indptr[c + 1]++;
        }

        for (int c = 0; c < bound; c++)
        {
            indptr[c + 1] += indptr[c];
        }

        var next = indptr.AsSpan(0, bound).ToArray();
        var perm = new int[indices.Length];
        var rowOfSlot = new int[indices.Length];
        for (int slot = 0; slot < indices.Length; slot++)
        {
            int position = next[indices[slot]]++;
            perm[position] = slot;
            rowOfSlot[position] = slot / nConn;
        }

        return new ColumnMirror(indptr, rowOfSlot, perm);
    }

    /// <summary>
    /// Adopts mirror buffers handed back through <c>TreeUnflatten</c> after checking that they describe
    /// exactly this structure; kernels read them without bounds checks, so nothing unchecked gets in.
    /// </summary>
    internal static ColumnMirror Adopt(int[] indptr, int[] rowOfSlot, int[] perm, ReadOnlySpan<int> indices, int nConn, int bound)
    {
        ConnValidation.RequireLength(indptr.Length, bound + 1, IndptrName, "the indexed dimension + 1");
        ConnValidation.RequireLength(rowOfSlot.Length, indices.Length, RowOfSlotName, "Nse");
        ConnValidation.RequireLength(perm.Length, indices.Length, PermName, "Nse");
        if (indptr[0] != 0 || indptr[bound] != indices.Length)
        {
            throw new ArgumentException(
                $"indptr must start at 0 and end at Nse = {indices.Length}; got {indptr[0]} and {indptr[bound]}.", IndptrName);
        }

        for (int c = 0; c < bound; c++)
        {
            int previousSlot = -1;
            if (indptr[c + 1] < indptr[c])
            {
                throw new ArgumentException($"indptr must not decrease; it does at column {c}.", IndptrName);
            }

            for (int p = indptr[c]; p < indptr[c + 1]; p++)
            {
                int slot = perm[p];
                if (slot <= previousSlot || slot >= indices.Length || indices[slot] != c)
                {
                    throw new ArgumentException(
                        $"perm must list, in increasing order, the slots whose index is {c}; position {p} holds {slot}.", PermName);
                }

                if (rowOfSlot[p] != slot / nConn)
                {
                    throw new ArgumentException(
                        $"row_of_slot[{p}] must be {slot / nConn} (the stored row of slot {slot}); got {rowOfSlot[p]}.", RowOfSlotName);
                }

                previousSlot = slot;
            }
        }

        return new ColumnMirror(indptr, rowOfSlot, perm);
    }
}
