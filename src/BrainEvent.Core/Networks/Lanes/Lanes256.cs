using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Generated;

/// <summary>One <see cref="Vector256{T}"/>: 8 floats or 4 doubles (AVX2 on x64).</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Lanes256<T> : ILanes<Lanes256<T>, T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Vector256<T> _value;

    private Lanes256(Vector256<T> value) => _value = value;

    /// <inheritdoc />
    public static int Count => Vector256<T>.Count;

    /// <inheritdoc />
    public static Lanes256<T> Zero => default;

    /// <inheritdoc />
    public static Lanes256<T> AllBitsSet => new(Vector256<T>.AllBitsSet);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Create(T value) => new(Vector256.Create(value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Load(ReadOnlySpan<T> source, int index) =>
        new(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(source.Slice(index, Vector256<T>.Count))));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Lanes256<T> value, Span<T> destination, int index) =>
        value._value.StoreUnsafe(ref MemoryMarshal.GetReference(destination.Slice(index, Vector256<T>.Count)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> LoadUnchecked(ReadOnlySpan<T> source, int index) =>
        new(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(source), (nuint)(uint)index));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnchecked(Lanes256<T> value, Span<T> destination, int index) =>
        value._value.StoreUnsafe(ref MemoryMarshal.GetReference(destination), (nuint)(uint)index);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator +(Lanes256<T> left, Lanes256<T> right) => new(left._value + right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator -(Lanes256<T> left, Lanes256<T> right) => new(left._value - right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator *(Lanes256<T> left, Lanes256<T> right) => new(left._value * right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator *(Lanes256<T> left, T right) => new(left._value * Vector256.Create(right));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator /(Lanes256<T> left, Lanes256<T> right) => new(left._value / right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator -(Lanes256<T> value) => new(value._value ^ Vector256.Create(T.NegativeZero));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> FusedMultiplyAdd(Lanes256<T> a, Lanes256<T> b, Lanes256<T> c) => new(FusedMultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> FusedMultiplyAdd(Lanes256<T> a, Lanes256<T> b, T c) => new(FusedMultiplyAdd(a._value, b._value, Vector256.Create(c)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> FusedMultiplyAdd(Lanes256<T> a, T b, Lanes256<T> c) => new(FusedMultiplyAdd(a._value, Vector256.Create(b), c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> FusedMultiplyAdd(Vector256<T> a, Vector256<T> b, Vector256<T> c) => typeof(T) == typeof(float)
        ? Vector256.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>()
        : Vector256.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Min(Lanes256<T> left, Lanes256<T> right)
    {
        var (a, b) = (left._value, right._value);
        var ordered = Vector256.ConditionalSelect(Vector256.Equals(a, b), a | b, Vector256.ConditionalSelect(Vector256.LessThan(a, b), a, b));
        return new(Vector256.ConditionalSelect(Vector256.Equals(a, a) & Vector256.Equals(b, b), ordered, a + b));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Max(Lanes256<T> left, Lanes256<T> right)
    {
        var (a, b) = (left._value, right._value);
        var ordered = Vector256.ConditionalSelect(Vector256.Equals(a, b), a & b, Vector256.ConditionalSelect(Vector256.GreaterThan(a, b), a, b));
        return new(Vector256.ConditionalSelect(Vector256.Equals(a, a) & Vector256.Equals(b, b), ordered, a + b));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> AtLeast(Lanes256<T> value, Lanes256<T> bound) => new(AtLeast(value._value, bound._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> AtLeast(Lanes256<T> value, T bound) => new(AtLeast(value._value, Vector256.Create(bound)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> AtMost(Lanes256<T> value, Lanes256<T> bound) => new(AtMost(value._value, bound._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> AtMost(Lanes256<T> value, T bound) => new(AtMost(value._value, Vector256.Create(bound)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> AtLeast(Vector256<T> value, Vector256<T> bound)
    {
        // x64's max returns its second operand unless the first is greater: exactly bound > value ? bound : value.
        if (Avx.IsSupported)
        {
            return typeof(T) == typeof(float)
                ? Avx.Max(bound.AsSingle(), value.AsSingle()).As<float, T>()
                : Avx.Max(bound.AsDouble(), value.AsDouble()).As<double, T>();
        }

        return Vector256.ConditionalSelect(Vector256.GreaterThan(bound, value), bound, value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> AtMost(Vector256<T> value, Vector256<T> bound)
    {
        if (Avx.IsSupported)
        {
            return typeof(T) == typeof(float)
                ? Avx.Min(bound.AsSingle(), value.AsSingle()).As<float, T>()
                : Avx.Min(bound.AsDouble(), value.AsDouble()).As<double, T>();
        }

        return Vector256.ConditionalSelect(Vector256.LessThan(bound, value), bound, value);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Abs(Lanes256<T> value) => new(Vector256.AndNot(value._value, Vector256.Create(T.NegativeZero)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Sqrt(Lanes256<T> value) => new(Vector256.Sqrt(value._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Exp(Lanes256<T> value) => typeof(T) == typeof(float)
        ? Unsafe.BitCast<Lanes256<float>, Lanes256<T>>(LaneMath.ExpSingle(Unsafe.BitCast<Lanes256<T>, Lanes256<float>>(value)))
        : Unsafe.BitCast<Lanes256<double>, Lanes256<T>>(LaneMath.ExpDouble(Unsafe.BitCast<Lanes256<T>, Lanes256<double>>(value)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Log(Lanes256<T> value) => typeof(T) == typeof(float)
        ? Unsafe.BitCast<Lanes256<float>, Lanes256<T>>(LaneMath.LogSingle(Unsafe.BitCast<Lanes256<T>, Lanes256<float>>(value)))
        : Unsafe.BitCast<Lanes256<double>, Lanes256<T>>(LaneMath.LogDouble(Unsafe.BitCast<Lanes256<T>, Lanes256<double>>(value)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Round(Lanes256<T> value) => typeof(T) == typeof(float)
        ? new(Vector256.Round(value._value.AsSingle()).As<float, T>())
        : new(Vector256.Round(value._value.AsDouble()).As<double, T>());

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> ScaleByPowerOfTwo(Lanes256<T> value, Lanes256<T> n)
    {
        if (typeof(T) == typeof(float))
        {
            var k = Vector256.ConvertToInt32Native(n._value.AsSingle());   // n is whole and in range: no saturation needed
            var half = k >> 1;
            var first = ((half + Vector256.Create(127)) << 23).AsSingle();
            var second = ((k - half + Vector256.Create(127)) << 23).AsSingle();
            return new((value._value.AsSingle() * first * second).As<float, T>());
        }

        var kd = Vector256.ConvertToInt64Native(n._value.AsDouble());
        var halfd = kd >> 1;
        var firstd = ((halfd + Vector256.Create(1023L)) << 52).AsDouble();
        var secondd = ((kd - halfd + Vector256.Create(1023L)) << 52).AsDouble();
        return new((value._value.AsDouble() * firstd * secondd).As<double, T>());
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Exponent(Lanes256<T> value) => typeof(T) == typeof(float)
        ? new(Vector256.ConvertToSingle(((value._value.AsInt32() >>> 23) & Vector256.Create(0xFF)) - Vector256.Create(127)).As<float, T>())
        : new(Vector256.ConvertToDouble(((value._value.AsInt64() >>> 52) & Vector256.Create(0x7FFL)) - Vector256.Create(1023L)).As<double, T>());

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Significand(Lanes256<T> value) => typeof(T) == typeof(float)
        ? new(((value._value.AsInt32() & Vector256.Create(0x007FFFFF)) | Vector256.Create(0x3F800000)).As<int, T>())
        : new(((value._value.AsInt64() & Vector256.Create(0x000FFFFFFFFFFFFFL)) | Vector256.Create(0x3FF0000000000000L)).As<long, T>());

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Equal(Lanes256<T> left, Lanes256<T> right) => new(Vector256.Equals(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> NotEqual(Lanes256<T> left, Lanes256<T> right) => new(~Vector256.Equals(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> LessThan(Lanes256<T> left, Lanes256<T> right) => new(Vector256.LessThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> LessThanOrEqual(Lanes256<T> left, Lanes256<T> right) => new(Vector256.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> GreaterThan(Lanes256<T> left, Lanes256<T> right) => new(Vector256.GreaterThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> GreaterThanOrEqual(Lanes256<T> left, Lanes256<T> right) => new(Vector256.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> And(Lanes256<T> left, Lanes256<T> right) => new(left._value & right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Or(Lanes256<T> left, Lanes256<T> right) => new(left._value | right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Not(Lanes256<T> mask) => new(~mask._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> AndNot(Lanes256<T> left, Lanes256<T> right) => new(Vector256.AndNot(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Select(Lanes256<T> mask, Lanes256<T> ifTrue, Lanes256<T> ifFalse) =>
        new(Vector256.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MaskBits(Lanes256<T> mask) => mask._value.ExtractMostSignificantBits();

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> SelectWhere(LaneComparison comparison, Lanes256<T> left, Lanes256<T> right, Lanes256<T> ifTrue, Lanes256<T> ifFalse) =>
        new(Vector256.ConditionalSelect(Compare(comparison, left._value, right._value), ifTrue._value, ifFalse._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong CompareBits(LaneComparison comparison, Lanes256<T> left, Lanes256<T> right) =>
        Compare(comparison, left._value, right._value).ExtractMostSignificantBits();

    /// <summary>One expression, so that with a constant <paramref name="comparison"/> it folds to the one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Compare(LaneComparison comparison, Vector256<T> left, Vector256<T> right) =>
        comparison == LaneComparison.Equal ? Vector256.Equals(left, right)
        : comparison == LaneComparison.LessThan ? Vector256.LessThan(left, right)
        : comparison == LaneComparison.LessThanOrEqual ? Vector256.LessThanOrEqual(left, right)
        : comparison == LaneComparison.GreaterThan ? Vector256.GreaterThan(left, right)
        : Vector256.GreaterThanOrEqual(left, right);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> FromBits(ulong bits)
    {
        if (typeof(T) == typeof(float))
        {
            var lanes = Vector256.Create(1u, 1u << 1, 1u << 2, 1u << 3, 1u << 4, 1u << 5, 1u << 6, 1u << 7);
            return new(Vector256.Equals(Vector256.Create((uint)bits) & lanes, lanes).As<uint, T>());
        }

        var lanesd = Vector256.Create(1ul, 1ul << 1, 1ul << 2, 1ul << 3);
        return new(Vector256.Equals(Vector256.Create(bits) & lanesd, lanesd).As<ulong, T>());
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> CountDown(Span<ushort> countdown, int index)
    {
        ref ushort first = ref MemoryMarshal.GetReference(countdown.Slice(index, Vector256<T>.Count));
        // The mask at 16 bits, each lane's all-ones or zero then sign-extended to the element's width.
        if (typeof(T) == typeof(float))
        {
            var eight = Vector128.LoadUnsafe(ref first);
            var down = Countdowns.Down(eight);
            down.StoreUnsafe(ref first);
            return new(Vector256.WidenLower(Countdowns.Held(eight, down).ToVector256Unsafe()).As<int, T>());
        }

        // Four counts in one 64-bit read and write.
        ref byte bytes = ref Unsafe.As<ushort, byte>(ref first);
        var four = Vector128.CreateScalar(Unsafe.ReadUnaligned<ulong>(ref bytes)).AsUInt16();
        var fourDown = Countdowns.Down(four);
        Unsafe.WriteUnaligned(ref bytes, fourDown.AsUInt64().ToScalar());
        var held = Vector128.WidenLower(Countdowns.Held(four, fourDown));
        return new(Vector256.WidenLower(held.ToVector256Unsafe()).As<long, T>());
    }
}
