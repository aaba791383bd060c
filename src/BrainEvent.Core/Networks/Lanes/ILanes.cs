using System.ComponentModel;
using System.Numerics;

namespace BrainEvent.Generated;

/// <summary>
/// <see cref="Count"/> values of <typeparamref name="T"/> processed together, as static members, so one kernel
/// body written over <typeparamref name="TSelf"/> compiles to straight <c>Vector512</c>, <c>Vector256</c> or
/// scalar code: the JIT specialises a generic method for each struct type argument, so the wrappers cost
/// nothing. A mask is a value of the same type with every bit of a true lane set and every bit of a false lane
/// clear (what the comparisons return). Every operation gives bitwise the same lane results at every width.
/// </summary>
/// <typeparam name="TSelf">The implementing struct: <see cref="Lanes512{T}"/>, <see cref="Lanes256{T}"/> or <see cref="ScalarLanes{T}"/>.</typeparam>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <remarks>Serves source-generated code; may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ILanes<TSelf, T>
    where TSelf : struct, ILanes<TSelf, T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>The number of lanes: 64 is a multiple of it.</summary>
    static abstract int Count { get; }

    /// <summary>Every lane 0; as a mask, every lane false.</summary>
    static abstract TSelf Zero { get; }

    /// <summary>The mask with every lane true.</summary>
    static abstract TSelf AllBitsSet { get; }

    /// <summary><paramref name="value"/> in every lane.</summary>
    static abstract TSelf Create(T value);

    /// <summary>Lanes <c>source[index..index + Count]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">They are not all in <paramref name="source"/>.</exception>
    static abstract TSelf Load(ReadOnlySpan<T> source, int index);

    /// <summary>Writes the lanes of <paramref name="value"/> to <c>destination[index..index + Count]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">They are not all in <paramref name="destination"/>.</exception>
    static abstract void Store(TSelf value, Span<T> destination, int index);

    /// <summary>Lanes <c>source[index..index + Count]</c>, with no bounds check.</summary>
    /// <remarks>
    /// For generated steps only: <see cref="NeuronKernels.RunLanes{TLanes, T, TStep, TModel}"/> checks its word range against
    /// the state once per call, so every index it passes to <see cref="ILaneStep{TLanes, T}.Step"/> is in range; a
    /// check per field and vector cost a tenth of the update.
    /// </remarks>
    static abstract TSelf LoadUnchecked(ReadOnlySpan<T> source, int index);

    /// <summary>Writes the lanes of <paramref name="value"/> to <c>destination[index..index + Count]</c>, with no bounds check.</summary>
    /// <remarks>For generated steps only, as <see cref="LoadUnchecked"/>.</remarks>
    static abstract void StoreUnchecked(TSelf value, Span<T> destination, int index);

    /// <summary>Lane-wise sum.</summary>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>Lane-wise difference.</summary>
    static abstract TSelf operator -(TSelf left, TSelf right);

    /// <summary>Lane-wise product.</summary>
    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Each lane times <paramref name="right"/>.</summary>
    // This and the other overloads with one operand a scalar serve constants: broadcast inside the operation, a constant
    // stays in a register through a kernel's loop. Made by Create and passed in as lanes, it goes through a temporary
    // the JIT later replaces by the constant itself, so the loop reloads it from memory at every use.
    static abstract TSelf operator *(TSelf left, T right);

    /// <summary>Lane-wise quotient.</summary>
    static abstract TSelf operator /(TSelf left, TSelf right);

    /// <summary>Lane-wise negation: the sign bit flipped, as the scalar <c>-x</c> does (<c>-(0)</c> is <c>-0</c>).</summary>
    static abstract TSelf operator -(TSelf value);

    /// <summary><c>a * b + c</c> rounded once, as <c>MathF.FusedMultiplyAdd</c>.</summary>
    static abstract TSelf FusedMultiplyAdd(TSelf a, TSelf b, TSelf c);

    /// <summary><c>a * b + c</c> rounded once, <paramref name="c"/> the same in every lane.</summary>
    static abstract TSelf FusedMultiplyAdd(TSelf a, TSelf b, T c);

    /// <summary><c>a * b + c</c> rounded once, <paramref name="b"/> the same in every lane.</summary>
    static abstract TSelf FusedMultiplyAdd(TSelf a, T b, TSelf c);

    /// <summary>
    /// As <c>Math.Min</c>: -0 is less than +0, and a NaN lane gives <c>left + right</c>, the NaN the hardware's addition
    /// picks and quiets. Built from comparisons and selects at every width: the runtime's vector minimum quiets a
    /// signalling NaN where the scalar one does not, and in unoptimised code it even returned a number for a NaN.
    /// </summary>
    static abstract TSelf Min(TSelf left, TSelf right);

    /// <summary>As <c>Math.Max</c>: +0 is greater than -0, and a NaN lane gives <c>left + right</c>, as in <see cref="Min"/>.</summary>
    static abstract TSelf Max(TSelf left, TSelf right);

    /// <summary>
    /// <paramref name="bound"/> where it is greater than <paramref name="value"/>, else <paramref name="value"/> (a NaN
    /// value passes unchanged): a lower clamp that is one instruction on x64 (<c>maxps bound, value</c>), where
    /// <c>Select(LessThan(...))</c> on a lane struct takes three.
    /// </summary>
    static abstract TSelf AtLeast(TSelf value, TSelf bound);

    /// <summary><see cref="AtLeast(TSelf, TSelf)"/> with <paramref name="bound"/> the same in every lane.</summary>
    static abstract TSelf AtLeast(TSelf value, T bound);

    /// <summary><paramref name="bound"/> where it is less than <paramref name="value"/>, else <paramref name="value"/> (a NaN value passes unchanged).</summary>
    static abstract TSelf AtMost(TSelf value, TSelf bound);

    /// <summary><see cref="AtMost(TSelf, TSelf)"/> with <paramref name="bound"/> the same in every lane.</summary>
    static abstract TSelf AtMost(TSelf value, T bound);

    /// <summary>Lane-wise absolute value (the sign bit cleared).</summary>
    static abstract TSelf Abs(TSelf value);

    /// <summary>Lane-wise square root, correctly rounded.</summary>
    static abstract TSelf Sqrt(TSelf value);

    /// <summary>e^x, within 2 ulp of <c>MathF.Exp</c> or <c>Math.Exp</c>, from an inlined polynomial.</summary>
    static abstract TSelf Exp(TSelf value);

    /// <summary>The natural logarithm, within 2 ulp of <c>MathF.Log</c> or <c>Math.Log</c>, from an inlined polynomial.</summary>
    static abstract TSelf Log(TSelf value);

    /// <summary>Rounds each lane to the nearest whole number, ties to even.</summary>
    static abstract TSelf Round(TSelf value);

    /// <summary>
    /// <c>value * 2^n</c> for whole numbers <c>n</c> with <c>n / 2</c> a normal exponent (float: -252 to 254;
    /// double: -2044 to 2046), by two exact scalings, so a subnormal result is rounded once.
    /// </summary>
    static abstract TSelf ScaleByPowerOfTwo(TSelf value, TSelf n);

    /// <summary>The unbiased exponent field of each lane, as a number: <c>e</c> for a positive normal <c>m * 2^e</c> with <c>m</c> in [1, 2).</summary>
    static abstract TSelf Exponent(TSelf value);

    /// <summary>Each lane with its exponent field set to 0 (sign cleared): <c>m</c> in [1, 2) for a normal <c>m * 2^e</c>.</summary>
    static abstract TSelf Significand(TSelf value);

    /// <summary>The mask of <c>left == right</c>.</summary>
    static abstract TSelf Equal(TSelf left, TSelf right);

    /// <summary>The mask of <c>left != right</c> (true where either is NaN).</summary>
    static abstract TSelf NotEqual(TSelf left, TSelf right);

    /// <summary>The mask of <c>left &lt; right</c>.</summary>
    static abstract TSelf LessThan(TSelf left, TSelf right);

    /// <summary>The mask of <c>left &lt;= right</c>.</summary>
    static abstract TSelf LessThanOrEqual(TSelf left, TSelf right);

    /// <summary>The mask of <c>left &gt; right</c>.</summary>
    static abstract TSelf GreaterThan(TSelf left, TSelf right);

    /// <summary>The mask of <c>left &gt;= right</c>.</summary>
    static abstract TSelf GreaterThanOrEqual(TSelf left, TSelf right);

    /// <summary>Masks: true where both are.</summary>
    static abstract TSelf And(TSelf left, TSelf right);

    /// <summary>Masks: true where either is.</summary>
    static abstract TSelf Or(TSelf left, TSelf right);

    /// <summary>Masks: true where <paramref name="mask"/> is false.</summary>
    static abstract TSelf Not(TSelf mask);

    /// <summary>Masks: true where <paramref name="left"/> is and <paramref name="right"/> is not.</summary>
    static abstract TSelf AndNot(TSelf left, TSelf right);

    /// <summary>Lane by lane, <paramref name="ifTrue"/> where <paramref name="mask"/> is true, else <paramref name="ifFalse"/>.</summary>
    static abstract TSelf Select(TSelf mask, TSelf ifTrue, TSelf ifFalse);

    /// <summary>The true lanes of <paramref name="mask"/> as bits, lane 0 lowest (the low <see cref="Count"/> bits).</summary>
    static abstract ulong MaskBits(TSelf mask);

    /// <summary>
    /// <c>Select(comparison(left, right), ifTrue, ifFalse)</c> in one operation, <paramref name="comparison"/> a
    /// constant at the call.
    /// </summary>
    // This and CompareBits are how a comparison's mask reaches its uses without becoming a vector: one operation
    // taking the comparison lets the JIT keep the mask in an AVX-512 mask register. A mask passed between two lane
    // operations (a lane struct) it turns into a vector and, for a select or the bits, back into a mask.
    static abstract TSelf SelectWhere(LaneComparison comparison, TSelf left, TSelf right, TSelf ifTrue, TSelf ifFalse);

    /// <summary><c>MaskBits(comparison(left, right))</c> in one operation, <paramref name="comparison"/> a constant at the call.</summary>
    static abstract ulong CompareBits(LaneComparison comparison, TSelf left, TSelf right);

    /// <summary>The mask whose lane <c>k</c> is bit <c>k</c> of <paramref name="bits"/> (bits from <see cref="Count"/> up are ignored).</summary>
    static abstract TSelf FromBits(ulong bits);

    /// <summary>
    /// The mask of the <see cref="Count"/> neurons from <paramref name="index"/> that are refractory (countdown above 0),
    /// whose countdowns it then counts down by one, not below 0: a step's one read and one write of the counts (the
    /// few neurons that spike in the step are given their full countdown after it, a word at a time).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The counts are not all in <paramref name="countdown"/>.</exception>
    static abstract TSelf CountDown(Span<ushort> countdown, int index);
}
