using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// The state of one population, field by field (structure of arrays): field <c>f</c> of neuron <c>i</c>
/// is <c>Field&lt;T&gt;(f)[i]</c>. Each field holds <see cref="Stride"/> neurons, a multiple of 64, so
/// kernels run on whole vectors and whole spike words.
/// </summary>
public readonly ref struct NeuronState
{
    private readonly Span<byte> _bytes;
    private readonly int _elementSize;

    /// <summary>A view of <paramref name="bytes"/> holding fields of <paramref name="stride"/> elements of <paramref name="elementSize"/> bytes.</summary>
    /// <exception cref="ArgumentException">The stride is not a positive multiple of 64, the element size is not 4 or 8, or the bytes are not whole fields.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]    // made every step: the checks stay, the messages are out of line
    public NeuronState(Span<byte> bytes, int stride, int elementSize)
    {
        if (stride <= 0 || stride % 64 != 0 || elementSize is not (sizeof(float) or sizeof(double)) || bytes.Length % ((long)stride * elementSize) != 0)
        {
            ThrowBadLayout(bytes.Length, stride, elementSize);
        }

        _bytes = bytes;
        Stride = stride;
        _elementSize = elementSize;
    }

    /// <summary>Neurons per field, padding included: a multiple of 64.</summary>
    public int Stride { get; }

    /// <summary>The number of fields.</summary>
    public int FieldCount => _bytes.Length / (Stride * _elementSize);

    /// <summary>State field <paramref name="index"/>, <see cref="Stride"/> elements.</summary>
    /// <typeparam name="T">The model's element type.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not the element type's size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a field.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]    // called by every model update: a call here kept constants out of registers
    public Span<T> Field<T>(int index)
        where T : unmanaged
    {
        if (Unsafe.SizeOf<T>() != _elementSize)
        {
            ThrowWrongElementType(_elementSize, typeof(T));
        }

        if ((uint)index >= (uint)FieldCount)
        {
            ThrowNoField(index, FieldCount);
        }

        return MemoryMarshal.Cast<byte, T>(_bytes.Slice(index * Stride * _elementSize, Stride * _elementSize));
    }

    private static void ThrowBadLayout(int bytes, int stride, int elementSize)
    {
        if (stride <= 0 || stride % 64 != 0)
        {
            throw new ArgumentException($"stride must be a positive multiple of 64; got {stride}.", nameof(stride));
        }

        if (elementSize is not (sizeof(float) or sizeof(double)))
        {
            throw new ArgumentException($"elementSize must be 4 (float) or 8 (double); got {elementSize}.", nameof(elementSize));
        }

        throw new ArgumentException($"bytes must hold whole fields of {stride} x {elementSize} bytes; got {bytes} bytes.", nameof(bytes));
    }

    private static void ThrowWrongElementType(int elementSize, Type type) =>
        throw new ArgumentException($"T must have {elementSize} bytes, the element size of this state; got {type.Name}.", "T");

    private static void ThrowNoField(int index, int fieldCount) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"index must name one of the {fieldCount} fields.");
}
