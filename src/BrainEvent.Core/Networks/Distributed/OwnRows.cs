using System.Numerics;
using BrainEvent.Builders;

namespace BrainEvent.Networks;

/// <summary>
/// The rows of a projection as delivery walks them, with a rank's own targets picked out: of a
/// <see cref="FixedPostNumConn{T}"/> its rows read in place (sorted by target here when the matrix's are not),
/// of a <see cref="FixedPreNumConn{T}"/> its column mirror, or the rows of a random matrix drawn one at a time
/// and never stored whole (each row is drawn again on every call: once to count, once to copy, costs no memory).
/// A position is an index into those rows laid end to end.
/// </summary>
internal sealed class OwnRows<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ReadOnlyMemory<int> _targets;
    private readonly ReadOnlyMemory<T> _values;
    private readonly int[]? _storedSlots;
    private readonly int[]? _indptr;
    private readonly RandomConnectivity.RandomRows? _drawn;
    private readonly int[] _drawnRow = [];
    private readonly int _nConn;
    private readonly int _ownFrom;
    private readonly int _ownTo;

    /// <summary>The rows of <paramref name="weights"/> with the targets in <c>[ownFrom, ownTo)</c> of the post-synaptic view as the rank's.</summary>
    public OwnRows(FixedNumConn<T> weights, int ownFrom, int ownTo)
    {
        Count = weights.NumPre;
        (_ownFrom, _ownTo) = (ownFrom, ownTo);
        Weight = weights.IsHomogeneous ? weights.Data.Span[0] : null;
        if (weights.Kind == FixedNumConnKind.FixedPost)
        {
            _targets = weights.Indices;
            _values = weights.IsHomogeneous ? default : weights.Data;
            _nConn = weights.NConn;
            Widest = _nConn;
        }
        else
        {
            var mirror = weights.ColumnMirror;
            _targets = mirror.RowOfSlotArray;
            _values = weights.IsHomogeneous ? default : weights.DataInMirrorOrder;
            _storedSlots = mirror.PermArray;
            _indptr = mirror.IndptrArray;
            for (int row = 0; row < Count; row++)
            {
                Widest = Math.Max(Widest, _indptr[row + 1] - _indptr[row]);
            }
        }
    }

    /// <summary>The rows <paramref name="drawn"/> draws, every synapse of weight <paramref name="weight"/>, with the targets in <c>[ownFrom, ownTo)</c> as the rank's.</summary>
    public OwnRows(RandomConnectivity.RandomRows drawn, T weight, int ownFrom, int ownTo)
    {
        Count = drawn.Rows;
        (_ownFrom, _ownTo) = (ownFrom, ownTo);
        Weight = weight;
        _drawn = drawn;
        _nConn = drawn.NConn;
        _drawnRow = new int[_nConn];
        Widest = _nConn;
    }

    /// <summary>The number of rows: the pre-synaptic view's neurons.</summary>
    public int Count { get; }

    /// <summary>The most slots of any row.</summary>
    public int Widest { get; }

    /// <summary>The one weight of every synapse; null when each slot has its own (<see cref="Value"/>).</summary>
    public T? Weight { get; }

    /// <summary>How many slots of row <paramref name="row"/> target the rank's neurons.</summary>
    public int CountOwn(int row)
    {
        int count = 0;
        foreach (int target in Row(row))
        {
            count += (uint)(target - _ownFrom) < (uint)(_ownTo - _ownFrom) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Writes the slots of row <paramref name="row"/> that target the rank's neurons to <paramref name="keys"/> in
    /// delivery order, each as <c>target &lt;&lt; 32 | position</c>, and returns how many: ascending targets,
    /// equal ones in stored order, as the whole row is delivered in one process.
    /// </summary>
    public int OwnInOrder(int row, Span<long> keys)
    {
        int start = RowStart(row);
        var targets = Row(row);
        int count = 0;
        bool sorted = true;
        for (int k = 0; k < targets.Length; k++)
        {
            if ((uint)(targets[k] - _ownFrom) < (uint)(_ownTo - _ownFrom))
            {
                keys[count] = ((long)targets[k] << 32) | (uint)(start + k);
                sorted &= count == 0 || keys[count] > keys[count - 1];
                count++;
            }
        }

        if (!sorted)
        {
            keys[..count].Sort();
        }

        return count;
    }

    /// <summary>The weight at <paramref name="position"/> (of a matrix with one weight per slot).</summary>
    public T Value(int position) => _values.Span[position];

    /// <summary>The stored slot of <paramref name="position"/>: its index in the matrix's data and in per-slot delays.</summary>
    public int StoredSlot(int position) => _storedSlots is null ? position : _storedSlots[position];

    private int RowStart(int row) => _indptr is null ? row * _nConn : _indptr[row];

    private ReadOnlySpan<int> Row(int row)
    {
        if (_drawn is not null)
        {
            _drawn.Draw(row, _drawnRow);
            return _drawnRow;
        }

        return _targets.Span[RowStart(row)..RowStart(row + 1)];
    }
}
