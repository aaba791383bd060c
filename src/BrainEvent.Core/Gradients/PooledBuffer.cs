using System.Buffers;

namespace BrainEvent;

/// <summary>Scratch of <c>length</c> values from the shared pool, returned on <see cref="Dispose"/>; its contents start undefined.</summary>
internal ref struct PooledBuffer<T>
{
    private T[]? _array;

    public PooledBuffer(int length)
    {
        _array = ArrayPool<T>.Shared.Rent(length);
        Span = _array.AsSpan(0, length);
    }

    public Span<T> Span { get; }

    public void Dispose()
    {
        if (_array is not null)
        {
            ArrayPool<T>.Shared.Return(_array);
            _array = null;
        }
    }
}
