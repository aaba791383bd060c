using BrainEvent.Graph;

namespace BrainEvent;

public sealed partial class FixedPostNumConn<T>
{
    /// <summary>
    /// The matrix of the listed rows of <c>W</c>, in the order given: shape <c>(rows.Length, NumPost)</c>,
    /// the same <see cref="FixedNumConn{T}.NConn"/>, and row <c>i</c> of the result is row <c>rows[i]</c>
    /// of this matrix. Rows may repeat; a negative row counts from the end (<c>-1</c> is the last). Indices
    /// and values are copied; a homogeneous matrix stays homogeneous, a lazy one is evaluated first, and the
    /// options are kept.
    /// </summary>
    /// <param name="rows">The rows to take, at least one, each in <c>[-NumPre, NumPre)</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of <paramref name="rows"/> is out of range; the message names its position and value.</exception>
    public FixedPostNumConn<T> SliceRows(ReadOnlySpan<int> rows)
    {
        if (rows.IsEmpty)
        {
            throw new ArgumentException("rows must name at least one row (a matrix has positive dimensions); got none.", nameof(rows));
        }

        var resolved = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            resolved[i] = ResolveRow(rows[i])
                ?? throw new ArgumentOutOfRangeException(
                    nameof(rows), rows[i], $"rows[{i}] must lie in [-{NumPre}, {NumPre}) (NumPre, the rows of W); got {rows[i]}.");
        }

        int nse = ConnValidation.SlotCount(rows.Length, NConn, nameof(rows));
        var data = Data.Span;
        var sourceIndices = Indices.Span;
        var indices = new int[nse];
        var values = IsHomogeneous ? [data[0]] : new T[nse];
        for (int i = 0; i < resolved.Length; i++)
        {
            var from = new Range(resolved[i] * NConn, (resolved[i] + 1) * NConn);
            sourceIndices[from].CopyTo(indices.AsSpan(i * NConn, NConn));
            if (!IsHomogeneous)
            {
                data[from].CopyTo(values.AsSpan(i * NConn, NConn));
            }
        }

        // Indices of a valid matrix need no second range check.
        var structure = new ConnStructure(indices, rows.Length, NConn, NumPost);
        return FromParts(new ConnParts<T>(Kind, (rows.Length, NumPost), structure, new BufferLeaf<T>(values, IsHomogeneous), Options));
    }
}
