using System.Numerics;
using BrainEvent.Graph;

namespace BrainEvent;

/// <summary>Builds the fixed-number form of a dense matrix.</summary>
internal static class DenseConversion
{
    /// <summary>
    /// Takes each stored row's non-zeros (a row of <paramref name="dense"/> for FixedPost, a column for
    /// FixedPre) in ascending index order, padding short rows with zero weights at index 0.
    /// </summary>
    public static ConnParts<T> FromDense<T>(FixedNumConnKind kind, T[,] dense, int? nConn)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ElementType<T>.Require();
        ArgumentNullException.ThrowIfNull(dense);
        var shape = (dense.GetLength(0), dense.GetLength(1));
        ConnValidation.RequireShape(shape, nameof(dense));
        if (nConn is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(nConn), nConn, "nConn must be zero or positive.");
        }

        int rows = ConnInput.StorageRows(kind, shape);
        int bound = ConnInput.IndexBound(kind, shape);
        string rowWord = kind == FixedNumConnKind.FixedPost ? "row" : "column";
        T At(int row, int j) => kind == FixedNumConnKind.FixedPost ? dense[row, j] : dense[j, row];

        var counts = new int[rows];
        for (int row = 0; row < rows; row++)
        {
            for (int j = 0; j < bound; j++)
            {
                if (At(row, j) != T.Zero)
                {
                    counts[row]++;
                }
            }
        }

        int width = nConn ?? counts[0];
        for (int row = 0; row < rows; row++)
        {
            if (nConn is null && counts[row] != width)
            {
                throw new ArgumentException(
                    $"Every {rowWord} of dense must have the same number of non-zeros when nConn is not given; {rowWord} 0 has {width}, {rowWord} {row} has {counts[row]}.",
                    nameof(dense));
            }

            if (counts[row] > width)
            {
                throw new ArgumentException(
                    $"{rowWord} {row} of dense has {counts[row]} non-zeros, more than nConn = {width}.", nameof(dense));
            }
        }

        int nse = ConnValidation.SlotCount(rows, width, nameof(nConn));
        var data = new T[nse];
        var indices = new int[nse];
        for (int row = 0; row < rows; row++)
        {
            int slot = row * width;
            for (int j = 0; j < bound; j++)
            {
                if (At(row, j) != T.Zero)
                {
                    data[slot] = At(row, j);
                    indices[slot++] = j;
                }
            }
        }

        var structure = new ConnStructure(indices, rows, width, bound);
        return new ConnParts<T>(kind, shape, structure, new BufferLeaf<T>(data, broadcast: false), ConnOptions.Default);
    }
}
