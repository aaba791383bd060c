using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Cli.Simulation;

/// <summary>
/// The vector operations of the neuron update, so it is written once and compiled for 256-bit and 512-bit
/// registers: the JIT specialises a generic method for each struct type argument, so the wrappers cost
/// nothing. Comparisons return masks (all bits set in true lanes).
/// </summary>
internal interface IFloatLanes<TSelf>
    where TSelf : struct, IFloatLanes<TSelf>
{
    static abstract int Count { get; }

    static abstract TSelf Create(float value);

    static abstract TSelf Load(ref float source, nuint index);

    static abstract TSelf operator +(TSelf a, TSelf b);

    static abstract TSelf operator -(TSelf a, TSelf b);

    static abstract TSelf operator *(TSelf a, TSelf b);

    static abstract TSelf operator /(TSelf a, TSelf b);

    /// <summary><c>a * b + c</c> rounded once.</summary>
    static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);

    static abstract TSelf Max(TSelf a, TSelf b);

    static abstract TSelf Min(TSelf a, TSelf b);

    /// <summary>Rounds to the nearest integer, ties to even.</summary>
    static abstract TSelf Round(TSelf a);

    /// <summary><c>a * 2^n</c> for whole numbers <c>n</c> in [-126, 127] (built in the exponent bits).</summary>
    static abstract TSelf ScaleByPowerOfTwo(TSelf a, TSelf n);

    static abstract TSelf GreaterThan(TSelf a, TSelf b);

    static abstract TSelf GreaterThanOrEqual(TSelf a, TSelf b);

    /// <summary><paramref name="a"/> and not <paramref name="b"/>.</summary>
    static abstract TSelf AndNot(TSelf a, TSelf b);

    static abstract TSelf Select(TSelf mask, TSelf ifTrue, TSelf ifFalse);

    void Store(ref float destination, nuint index);

    /// <summary>The sign bit of each lane, lane 0 lowest: a mask's true lanes.</summary>
    ulong MaskBits();
}

/// <summary>Eight floats (AVX2 on x64).</summary>
internal readonly struct Lanes256(Vector256<float> value) : IFloatLanes<Lanes256>
{
    private readonly Vector256<float> _value = value;

    public static int Count => Vector256<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Create(float value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Load(ref float source, nuint index) => new(Vector256.LoadUnsafe(ref source, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator +(Lanes256 a, Lanes256 b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator -(Lanes256 a, Lanes256 b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator *(Lanes256 a, Lanes256 b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator /(Lanes256 a, Lanes256 b) => new(a._value / b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 MultiplyAdd(Lanes256 a, Lanes256 b, Lanes256 c) => new(Vector256.FusedMultiplyAdd(a._value, b._value, c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Max(Lanes256 a, Lanes256 b) => new(Vector256.Max(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Min(Lanes256 a, Lanes256 b) => new(Vector256.Min(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Round(Lanes256 a) => new(Vector256.Round(a._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 ScaleByPowerOfTwo(Lanes256 a, Lanes256 n) =>
        new(a._value * ((Vector256.ConvertToInt32(n._value) + Vector256.Create(127)) << 23).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 GreaterThan(Lanes256 a, Lanes256 b) => new(Vector256.GreaterThan(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 GreaterThanOrEqual(Lanes256 a, Lanes256 b) => new(Vector256.GreaterThanOrEqual(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 AndNot(Lanes256 a, Lanes256 b) => new(Vector256.AndNot(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Select(Lanes256 mask, Lanes256 ifTrue, Lanes256 ifFalse) => new(Vector256.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref float destination, nuint index) => _value.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong MaskBits() => _value.ExtractMostSignificantBits();
}

/// <summary>Sixteen floats (AVX-512).</summary>
internal readonly struct Lanes512(Vector512<float> value) : IFloatLanes<Lanes512>
{
    private readonly Vector512<float> _value = value;

    public static int Count => Vector512<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Create(float value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Load(ref float source, nuint index) => new(Vector512.LoadUnsafe(ref source, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator +(Lanes512 a, Lanes512 b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator -(Lanes512 a, Lanes512 b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator *(Lanes512 a, Lanes512 b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator /(Lanes512 a, Lanes512 b) => new(a._value / b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 MultiplyAdd(Lanes512 a, Lanes512 b, Lanes512 c) => new(Vector512.FusedMultiplyAdd(a._value, b._value, c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Max(Lanes512 a, Lanes512 b) => new(Vector512.Max(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Min(Lanes512 a, Lanes512 b) => new(Vector512.Min(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Round(Lanes512 a) => new(Vector512.Round(a._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 ScaleByPowerOfTwo(Lanes512 a, Lanes512 n) =>
        new(a._value * ((Vector512.ConvertToInt32(n._value) + Vector512.Create(127)) << 23).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 GreaterThan(Lanes512 a, Lanes512 b) => new(Vector512.GreaterThan(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 GreaterThanOrEqual(Lanes512 a, Lanes512 b) => new(Vector512.GreaterThanOrEqual(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 AndNot(Lanes512 a, Lanes512 b) => new(Vector512.AndNot(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Select(Lanes512 mask, Lanes512 ifTrue, Lanes512 ifFalse) => new(Vector512.ConditionalSelect(mask._value, ifTrue._value, ifFalse._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref float destination, nuint index) => _value.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong MaskBits() => _value.ExtractMostSignificantBits();
}
