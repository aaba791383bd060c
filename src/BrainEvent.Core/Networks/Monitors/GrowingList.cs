using System.Collections;

namespace BrainEvent.Networks;

/// <summary>A read-only view of values a monitor appends to between runs (never during one).</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class GrowingList<T> : IReadOnlyList<T>
{
    private T[] _items = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _items[index];
        }
    }

    /// <summary>Makes room for <paramref name="extra"/> more values (doubling, so appends cost amortised O(1)).</summary>
    public void Reserve(long extra)
    {
        long needed = Count + extra;
        if (needed > _items.Length)
        {
            Array.Resize(ref _items, (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _items.Length)));
        }
    }

    /// <summary>Appends a value; call <see cref="Reserve"/> first.</summary>
    public void Add(T value) => _items[Count++] = value;

    /// <summary>The values, for a checkpoint.</summary>
    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>Makes <paramref name="items"/> the values (restoring a checkpoint); the list keeps the array.</summary>
    public void ReplaceWith(T[] items) => (_items, Count) = (items, items.Length);

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
