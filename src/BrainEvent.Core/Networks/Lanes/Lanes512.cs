using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Generated;

/// <summary>One <see cref="Vector512{T}"/>: 16 floats or 8 doubles (AVX-512 on x64).</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Lanes512<T> : ILanes<Lanes512<T>, T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Vector512<T> _value;

    private Lanes512(Vector512<T> value) => _value = value;

    /// <inheritdoc />
    public static int Count => Vector512<T>.Count;

    /// <inheritdoc />
    public static Lanes512<T> Zero => default;

    /// <inheritdoc />
    public static Lanes512<T> AllBitsSet => new(Vector512<T>.AllBitsSet);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Create(T value) => new(Vector512.Create(value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Load(ReadOnlySpan<T> source, int index) =>
        new(Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(source.Slice(index, Vector512<T>.Count))));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Lanes512<T> value, Span<T> destination, int index) =>
        value._value.StoreUnsafe(ref MemoryMarshal.GetReference(destination.Slice(index, Vector512<T>.Count)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> LoadUnchecked(ReadOnlySpan<T> source, int index) =>
        new(Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(source), (nuint)(uint)index));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnchecked(Lanes512<T> value, Span<T> destination, int index) =>
        value._value.StoreUnsafe(ref MemoryMarshal.GetReference(destination), (nuint)(uint)index);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> operator +(Lanes512<T> left, Lanes512<T> right) => new(left._value + right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> operator -(Lanes512<T> left, Lanes512<T> right) => new(left._value - right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> operator *(Lanes512<T> left, Lanes512<T> right) => new(left._value * right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> operator *(Lanes512<T> left, T right) => new(left._value * Vector512.Create(right));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> operator /(Lanes512<T> left, Lanes512<T> right) => new(left._value / right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> operator -(Lanes512<T> value) => new(value._value ^ Vector512.Create(T.NegativeZero));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> FusedMultiplyAdd(Lanes512<T> a, Lanes512<T> b, Lanes512<T> c) => new(FusedMultiplyAdd(a._value, b._value, c._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> FusedMultiplyAdd(Lanes512<T> a, Lanes512<T> b, T c) => new(FusedMultiplyAdd(a._value, b._value, Vector512.Create(c)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> FusedMultiplyAdd(Lanes512<T> a, T b, Lanes512<T> c) => new(FusedMultiplyAdd(a._value, Vector512.Create(b), c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> FusedMultiplyAdd(Vector512<T> a, Vector512<T> b, Vector512<T> c) => typeof(T) == typeof(float)
        ? Vector512.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>()
        : Vector512.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Min(Lanes512<T> left, Lanes512<T> right)
    {
        var (a, b) = (left._value, right._value);
        var ordered = Vector512.ConditionalSelect(Vector512.Equals(a, b), a | b, Vector512.ConditionalSelect(Vector512.LessThan(a, b), a, b));
        return new(Vector512.ConditionalSelect(Vector512.Equals(a, a) & Vector512.Equals(b, b), ordered, a + b));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Max(Lanes512<T> left, Lanes512<T> right)
    {
        var (a, b) = (left._value, right._value);
        var ordered = Vector512.ConditionalSelect(Vector512.Equals(a, b), a & b, Vector512.ConditionalSelect(Vector512.GreaterThan(a, b), a, b));
        return new(Vector512.ConditionalSelect(Vector512.Equals(a, a) & Vector512.Equals(b, b), ordered, a + b));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> AtLeast(Lanes512<T> value, Lanes512<T> bound) => new(AtLeast(value._value, bound._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> AtLeast(Lanes512<T> value, T bound) => new(AtLeast(value._value, Vector512.Create(bound)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> AtMost(Lanes512<T> value, Lanes512<T> bound) => new(AtMost(value._value, bound._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> AtMost(Lanes512<T> value, T bound) => new(AtMost(value._value, Vector512.Create(bound)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> AtLeast(Vector512<T> value, Vector512<T> bound)
    {
        // x64's max returns its second operand unless the first is greater: exactly bound > value ? bound : value.
        if (Avx512F.IsSupported)
        {
            return typeof(T) == typeof(float)
                ? Avx512F.Max(bound.AsSingle(), value.AsSingle()).As<float, T>()
                : Avx512F.Max(bound.AsDouble(), value.AsDouble()).As<double, T>();
        }

        return Vector512.ConditionalSelect(Vector512.GreaterThan(bound, value), bound, value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> AtMost(Vector512<T> value, Vector512<T> bound)
    {
        if (Avx512F.IsSupported)
        {
            return typeof(T) == typeof(float)
                ? Avx512F.Min(bound.AsSingle(), value.AsSingle()).As<float, T>()
                : Avx512F.Min(bound.AsDouble(), value.AsDouble()).As<double, T>();
        }

        return Vector512.ConditionalSelect(Vector512.LessThan(bound, value), bound, value);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Abs(Lanes512<T> value) => new(Vector512.AndNot(value._value, Vector512.Create(T.NegativeZero)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Sqrt(Lanes512<T> value) => new(Vector512.Sqrt(value._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Exp(Lanes512<T> value) => typeof(T) == typeof(float)
        ? Unsafe.BitCast<Lanes512<float>, Lanes512<T>>(LaneMath.ExpSingle(Unsafe.BitCast<Lanes512<T>, Lanes512<float>>(value)))
        : Unsafe.BitCast<Lanes512<double>, Lanes512<T>>(LaneMath.ExpDouble(Unsafe.BitCast<Lanes512<T>, Lanes512<double>>(value)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Log(Lanes512<T> value) => typeof(T) == typeof(float)
        ? Unsafe.BitCast<Lanes512<float>, Lanes512<T>>(LaneMath.LogSingle(Unsafe.BitCast<Lanes512<T>, Lanes512<float>>(value)))
        : Unsafe.BitCast<Lanes512<double>, Lanes512<T>>(LaneMath.LogDouble(Unsafe.BitCast<Lanes512<T>, Lanes512<double>>(value)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Round(Lanes512<T> value) => typeof(T) == typeof(float)
        ? new(Vector512.Round(value._value.AsSingle()).As<float, T>())
        : new(Vector512.Round(value._value.AsDouble()).As<double, T>());

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> ScaleByPowerOfTwo(Lanes512<T> value, Lanes512<T> n)
    {
        // vscalefps rounds value * 2^n once, as the two exact-then-rounding products below do: the same bits.
        if (Avx512F.IsSupported)
        {
            return typeof(T) == typeof(float)
                ? new(Avx512F.Scale(value._value.AsSingle(), n._value.AsSingle()).As<float, T>())
                : new(Avx512F.Scale(value._value.AsDouble(), n._value.AsDouble()).As<double, T>());
        }

        if (typeof(T) == typeof(float))
        {
            var k = Vector512.ConvertToInt32Native(n._value.AsSingle());   // n is whole and in range: no saturation needed
            var half = k >> 1;
            var first = ((half + Vector512.Create(127)) << 23).AsSingle();
            var second = ((k - half + Vector512.Create(127)) << 23).AsSingle();
            return new((value._value.AsSingle() * first * second).As<float, T>());
        }

        var kd = Vector512.ConvertToInt64Native(n._value.AsDouble());
        var halfd = kd >> 1;
        var firstd = ((halfd + Vector512.Create(1023L)) << 52).AsDouble();
        var secondd = ((kd - halfd + Vector512.Create(1023L)) << 52).AsDouble();
        return new((value._value.AsDouble() * firstd * secondd).As<double, T>());
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Exponent(Lanes512<T> value) => typeof(T) == typeof(float)
        ? new(Vector512.ConvertToSingle(((value._value.AsInt32() >>> 23) & Vector512.Create(0xFF)) - Vector512.Create(127)).As<float, T>())
        : new(Vector512.ConvertToDouble(((value._value.AsInt64() >>> 52) & Vector512.Create(0x7FFL)) - Vector512.Create(1023L)).As<double, T>());

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Significand(Lanes512<T> value) => typeof(T) == typeof(float)
        ? new(((value._value.AsInt32() & Vector512.Create(0x007FFFFF)) | Vector512.Create(0x3F800000)).As<int, T>())
        : new(((value._value.AsInt64() & Vector512.Create(0x000FFFFFFFFFFFFFL)) | Vector512.Create(0x3FF0000000000000L)).As<long, T>());

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Equal(Lanes512<T> left, Lanes512<T> right) => new(Vector512.Equals(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> NotEqual(Lanes512<T> left, Lanes512<T> right) => new(~Vector512.Equals(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> LessThan(Lanes512<T> left, Lanes512<T> right) => new(Vector512.LessThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> LessThanOrEqual(Lanes512<T> left, Lanes512<T> right) => new(Vector512.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> GreaterThan(Lanes512<T> left, Lanes512<T> right) => new(Vector512.GreaterThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> GreaterThanOrEqual(Lanes512<T> left, Lanes512<T> right) => new(Vector512.GreaterThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> And(Lanes512<T> left, Lanes512<T> right) => new(left._value & right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Or(Lanes512<T> left, Lanes512<T> right) => new(left._value | right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Not(Lanes512<T> mask) => new(~mask._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> AndNot(Lanes512<T> left, Lanes512<T> right) => new(Vector512.AndNot(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> Select(Lanes512<T> mask, Lanes512<T> ifTrue, Lanes512<T> ifFalse) =>
        new(Vector512.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MaskBits(Lanes512<T> mask) => mask._value.ExtractMostSignificantBits();

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> SelectWhere(LaneComparison comparison, Lanes512<T> left, Lanes512<T> right, Lanes512<T> ifTrue, Lanes512<T> ifFalse) =>
        new(Vector512.ConditionalSelect(Compare(comparison, left._value, right._value), ifTrue._value, ifFalse._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong CompareBits(LaneComparison comparison, Lanes512<T> left, Lanes512<T> right) =>
        Compare(comparison, left._value, right._value).ExtractMostSignificantBits();

    /// <summary>One expression, so that with a constant <paramref name="comparison"/> it folds to the one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> Compare(LaneComparison comparison, Vector512<T> left, Vector512<T> right) =>
        comparison == LaneComparison.Equal ? Vector512.Equals(left, right)
        : comparison == LaneComparison.LessThan ? Vector512.LessThan(left, right)
        : comparison == LaneComparison.LessThanOrEqual ? Vector512.LessThanOrEqual(left, right)
        : comparison == LaneComparison.GreaterThan ? Vector512.GreaterThan(left, right)
        : Vector512.GreaterThanOrEqual(left, right);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> FromBits(ulong bits)
    {
        if (typeof(T) == typeof(float))
        {
            var lanes = Vector512.Create(1u, 1u << 1, 1u << 2, 1u << 3, 1u << 4, 1u << 5, 1u << 6, 1u << 7, 1u << 8, 1u << 9, 1u << 10, 1u << 11, 1u << 12, 1u << 13, 1u << 14, 1u << 15);
            return new(Vector512.Equals(Vector512.Create((uint)bits) & lanes, lanes).As<uint, T>());
        }

        var lanesd = Vector512.Create(1ul, 1ul << 1, 1ul << 2, 1ul << 3, 1ul << 4, 1ul << 5, 1ul << 6, 1ul << 7);
        return new(Vector512.Equals(Vector512.Create(bits) & lanesd, lanesd).As<ulong, T>());
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512<T> CountDown(Span<ushort> countdown, int index)
    {
        ref ushort first = ref MemoryMarshal.GetReference(countdown.Slice(index, Vector512<T>.Count));
        // The mask at 16 bits, each lane's all-ones or zero then sign-extended to the element's width.
        if (typeof(T) == typeof(float))
        {
            var counts = Vector256.LoadUnsafe(ref first);
            var down = Countdowns.Down(counts);
            down.StoreUnsafe(ref first);
            var held = Countdowns.Held(counts, down);
            return new((Avx512F.IsSupported ? Avx512F.ConvertToVector512Int32(held) : Vector512.WidenLower(held.ToVector512Unsafe())).As<int, T>());
        }

        var eight = Vector128.LoadUnsafe(ref first);
        var eightDown = Countdowns.Down(eight);
        eightDown.StoreUnsafe(ref first);
        var eightHeld = Countdowns.Held(eight, eightDown);
        return new((Avx512F.IsSupported
            ? Avx512F.ConvertToVector512Int64(eightHeld)
            : Vector512.WidenLower(Vector256.WidenLower(eightHeld.ToVector256Unsafe()).ToVector512Unsafe())).As<long, T>());
    }
}
