using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BrainEvent.Generated;

/// <summary>
/// One value (<see cref="Count"/> = 1): the lanes of machines without vector hardware, with the same results
/// as the vector widths (the same operations and the same exp and log polynomials).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ScalarLanes<T> : ILanes<ScalarLanes<T>, T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly T _value;

    private ScalarLanes(T value) => _value = value;

    /// <inheritdoc />
    public static int Count => 1;

    /// <inheritdoc />
    public static ScalarLanes<T> Zero => default;

    /// <inheritdoc />
    public static ScalarLanes<T> AllBitsSet => typeof(T) == typeof(float)
        ? new((T)(object)BitConverter.Int32BitsToSingle(-1))
        : new((T)(object)BitConverter.Int64BitsToDouble(-1));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Create(T value) => new(value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Load(ReadOnlySpan<T> source, int index) => new(MemoryMarshal.GetReference(source.Slice(index, 1)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ScalarLanes<T> value, Span<T> destination, int index) => MemoryMarshal.GetReference(destination.Slice(index, 1)) = value._value;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> LoadUnchecked(ReadOnlySpan<T> source, int index) =>
        new(Unsafe.Add(ref MemoryMarshal.GetReference(source), (nuint)(uint)index));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnchecked(ScalarLanes<T> value, Span<T> destination, int index) =>
        Unsafe.Add(ref MemoryMarshal.GetReference(destination), (nuint)(uint)index) = value._value;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> operator +(ScalarLanes<T> left, ScalarLanes<T> right) => new(left._value + right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> operator -(ScalarLanes<T> left, ScalarLanes<T> right) => new(left._value - right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> operator *(ScalarLanes<T> left, ScalarLanes<T> right) => new(left._value * right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> operator *(ScalarLanes<T> left, T right) => new(left._value * right);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> operator /(ScalarLanes<T> left, ScalarLanes<T> right) => new(left._value / right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> operator -(ScalarLanes<T> value) => new(-value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> FusedMultiplyAdd(ScalarLanes<T> a, ScalarLanes<T> b, ScalarLanes<T> c) =>
        new(T.FusedMultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> FusedMultiplyAdd(ScalarLanes<T> a, ScalarLanes<T> b, T c) => new(T.FusedMultiplyAdd(a._value, b._value, c));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> FusedMultiplyAdd(ScalarLanes<T> a, T b, ScalarLanes<T> c) => new(T.FusedMultiplyAdd(a._value, b, c._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Min(ScalarLanes<T> left, ScalarLanes<T> right)
    {
        var (a, b) = (left._value, right._value);
        return new(T.IsNaN(a) || T.IsNaN(b) ? a + b : a == b ? (T.IsNegative(a) ? a : b) : a < b ? a : b);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Max(ScalarLanes<T> left, ScalarLanes<T> right)
    {
        var (a, b) = (left._value, right._value);
        return new(T.IsNaN(a) || T.IsNaN(b) ? a + b : a == b ? (T.IsNegative(a) ? b : a) : a > b ? a : b);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> AtLeast(ScalarLanes<T> value, ScalarLanes<T> bound) => bound._value > value._value ? bound : value;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> AtLeast(ScalarLanes<T> value, T bound) => bound > value._value ? new(bound) : value;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> AtMost(ScalarLanes<T> value, ScalarLanes<T> bound) => bound._value < value._value ? bound : value;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> AtMost(ScalarLanes<T> value, T bound) => bound < value._value ? new(bound) : value;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Abs(ScalarLanes<T> value) => new(T.Abs(value._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Sqrt(ScalarLanes<T> value) => new(T.Sqrt(value._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Exp(ScalarLanes<T> value) => typeof(T) == typeof(float)
        ? Unsafe.BitCast<ScalarLanes<float>, ScalarLanes<T>>(LaneMath.ExpSingle(Unsafe.BitCast<ScalarLanes<T>, ScalarLanes<float>>(value)))
        : Unsafe.BitCast<ScalarLanes<double>, ScalarLanes<T>>(LaneMath.ExpDouble(Unsafe.BitCast<ScalarLanes<T>, ScalarLanes<double>>(value)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Log(ScalarLanes<T> value) => typeof(T) == typeof(float)
        ? Unsafe.BitCast<ScalarLanes<float>, ScalarLanes<T>>(LaneMath.LogSingle(Unsafe.BitCast<ScalarLanes<T>, ScalarLanes<float>>(value)))
        : Unsafe.BitCast<ScalarLanes<double>, ScalarLanes<T>>(LaneMath.LogDouble(Unsafe.BitCast<ScalarLanes<T>, ScalarLanes<double>>(value)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Round(ScalarLanes<T> value) => new(T.Round(value._value, MidpointRounding.ToEven));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> ScaleByPowerOfTwo(ScalarLanes<T> value, ScalarLanes<T> n)
    {
        if (typeof(T) == typeof(float))
        {
            int k = int.CreateSaturating((float)(object)n._value);
            int half = k >> 1;
            float first = BitConverter.Int32BitsToSingle((half + 127) << 23);
            float second = BitConverter.Int32BitsToSingle((k - half + 127) << 23);
            return new((T)(object)((float)(object)value._value * first * second));
        }

        long kd = long.CreateSaturating((double)(object)n._value);
        long halfd = kd >> 1;
        double firstd = BitConverter.Int64BitsToDouble((halfd + 1023) << 52);
        double secondd = BitConverter.Int64BitsToDouble((kd - halfd + 1023) << 52);
        return new((T)(object)((double)(object)value._value * firstd * secondd));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Exponent(ScalarLanes<T> value) => typeof(T) == typeof(float)
        ? new((T)(object)(float)(((BitConverter.SingleToInt32Bits((float)(object)value._value) >>> 23) & 0xFF) - 127))
        : new((T)(object)(double)(((BitConverter.DoubleToInt64Bits((double)(object)value._value) >>> 52) & 0x7FF) - 1023));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Significand(ScalarLanes<T> value) => typeof(T) == typeof(float)
        ? new((T)(object)BitConverter.Int32BitsToSingle((BitConverter.SingleToInt32Bits((float)(object)value._value) & 0x007FFFFF) | 0x3F800000))
        : new((T)(object)BitConverter.Int64BitsToDouble(
            (BitConverter.DoubleToInt64Bits((double)(object)value._value) & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Equal(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(left._value == right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> NotEqual(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(left._value != right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> LessThan(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(left._value < right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> LessThanOrEqual(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(left._value <= right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> GreaterThan(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(left._value > right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> GreaterThanOrEqual(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(left._value >= right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> And(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(IsTrue(left) && IsTrue(right));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Or(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(IsTrue(left) || IsTrue(right));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Not(ScalarLanes<T> mask) => Mask(!IsTrue(mask));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> AndNot(ScalarLanes<T> left, ScalarLanes<T> right) => Mask(IsTrue(left) && !IsTrue(right));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> Select(ScalarLanes<T> mask, ScalarLanes<T> ifTrue, ScalarLanes<T> ifFalse) => IsTrue(mask) ? ifTrue : ifFalse;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MaskBits(ScalarLanes<T> mask) => IsTrue(mask) ? 1UL : 0UL;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> SelectWhere(LaneComparison comparison, ScalarLanes<T> left, ScalarLanes<T> right, ScalarLanes<T> ifTrue, ScalarLanes<T> ifFalse) =>
        Compare(comparison, left._value, right._value) ? ifTrue : ifFalse;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong CompareBits(LaneComparison comparison, ScalarLanes<T> left, ScalarLanes<T> right) =>
        Compare(comparison, left._value, right._value) ? 1UL : 0UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Compare(LaneComparison comparison, T left, T right) =>
        comparison == LaneComparison.Equal ? left == right
        : comparison == LaneComparison.LessThan ? left < right
        : comparison == LaneComparison.LessThanOrEqual ? left <= right
        : comparison == LaneComparison.GreaterThan ? left > right
        : left >= right;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> FromBits(ulong bits) => Mask((bits & 1) != 0);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes<T> CountDown(Span<ushort> countdown, int index)
    {
        ref ushort count = ref countdown.Slice(index, 1)[0];
        bool held = count > 0;
        count = (ushort)(held ? count - 1 : 0);
        return Mask(held);
    }

    /// <summary>A mask is true when its sign bit is set, as <see cref="MaskBits"/> reads the vector masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTrue(ScalarLanes<T> mask) => T.IsNegative(mask._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ScalarLanes<T> Mask(bool value) => value ? AllBitsSet : Zero;
}
