using System.Numerics;

namespace BrainEvent.Tests.Reference;

/// <summary>
/// The dense operand of a product, viewed as <c>[n, batch]</c> row-major: a vector is a batch of one.
/// An event operand is active where a spike is set and then counts as 1; inactive entries are skipped
/// entirely (so a NaN weight of a silent neuron does not reach the result).
/// </summary>
public interface IOperand<T>
{
    bool IsActive(int index, int column);

    T Value(int index, int column);
}

public readonly ref struct DenseOperand<T>(ReadOnlySpan<T> values, int batch) : IOperand<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ReadOnlySpan<T> _values = values;

    public bool IsActive(int index, int column) => true;

    public T Value(int index, int column) => _values[index * batch + column];
}

public readonly ref struct EventOperand<T>(ReadOnlySpan<bool> spikes, int batch) : IOperand<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ReadOnlySpan<bool> _spikes = spikes;

    public bool IsActive(int index, int column) => _spikes[index * batch + column];

    public T Value(int index, int column) => T.One;
}

public readonly ref struct BitEventOperand<T>(ReadOnlySpan<ulong> words) : IOperand<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ReadOnlySpan<ulong> _words = words;

    public bool IsActive(int index, int column) => (_words[index >> 6] & (1UL << index)) != 0;

    public T Value(int index, int column) => T.One;
}
