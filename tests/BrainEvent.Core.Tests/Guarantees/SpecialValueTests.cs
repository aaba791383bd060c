using System.Linq.Expressions;
using System.Numerics;
using BrainEvent.Tests.Reference;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// NaN, infinities, signed zeros and subnormals through every product: vector, event (bool and
/// <see cref="BitSpikes"/>) and matrix products in both directions, both classes, both element types,
/// homogeneous and per-slot weights, plain and through fused chains, and the compiled handles.
/// </summary>
/// <remarks>
/// What is promised, and what "exactly" means here. Each output is the plain loop over its terms
/// (<see cref="PlainKernels{T}"/>: <c>w * x</c> for every stored slot, only active slots for spikes, summed
/// from +0). Event products add in a fixed order (ascending active neuron, then slot order); the gather
/// kernels add in their own order (vector accumulators, fused multiply-add), so with inexact sums results
/// differ from the loop by rounding (<c>KernelPropertyTests</c> bounds that). These cases draw numbers whose
/// products and sums are exact in every order (multiples of 0.5, even multiples of the smallest subnormal,
/// NaN, infinities, ±0), so every kernel must match the loop exactly: NaN where the loop gives NaN, and
/// otherwise the same bits. That pins: the infinity and its sign; a zero result is +0 (sums start at +0,
/// so -0 terms give +0, as in BLAS); subnormal weights and operands are not flushed to zero; an infinite
/// homogeneous weight times 0 is NaN in value products; a silent neuron's NaN weight never reaches an
/// event product; the masked lanes of a row's last partial vector add nothing. Chains compute each
/// slot's weight as C# does: -0 keeps its sign through <c>1 / x</c> (-infinity) and <c>x + 0</c> turns it
/// into +0, so <c>1 / (x + 0)</c> gives +infinity.
/// </remarks>
public class SpecialValueTests
{
    [Fact]
    public void Float() => SeededCases.Run(SpecialValueCase.Gen, 300, 1551, c => Check(c, FloatChains));

    [Fact]
    public void Double() => SeededCases.Run(SpecialValueCase.Gen, 300, 1552, c => Check(c, DoubleChains));

    private static readonly Dictionary<SpecialChain, Expression<Func<float, float>>> FloatChains = new()
    {
        [SpecialChain.PlusZero] = x => x + 0f,
        [SpecialChain.Reciprocal] = x => 1f / x,
        [SpecialChain.ReciprocalOfPlusZero] = x => 1f / (x + 0f),
    };

    private static readonly Dictionary<SpecialChain, Expression<Func<double, double>>> DoubleChains = new()
    {
        [SpecialChain.PlusZero] = x => x + 0.0,
        [SpecialChain.Reciprocal] = x => 1.0 / x,
        [SpecialChain.ReciprocalOfPlusZero] = x => 1.0 / (x + 0.0),
    };

    private static void Check<T>(SpecialValueCase c, Dictionary<SpecialChain, Expression<Func<T, T>>> lambdas)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(c.Seed);
        int nse = c.Rows * c.NConn;
        var indices = Enumerable.Range(0, nse).Select(_ => random.Next(c.Bound)).ToArray();
        var stored = Enumerable.Range(0, c.Homogeneous ? 1 : nse).Select(_ => SpecialValueCase.Draw<T>(random, c.Numbers, weight: true)).ToArray();
        Func<T, T> transform = c.Chain switch
        {
            SpecialChain.None => x => x,
            SpecialChain.Times2 => x => x * T.CreateChecked(2),
            SpecialChain.Negate => x => -x,
            SpecialChain.Abs => T.Abs,
            _ => lambdas[c.Chain].Compile(),
        };
        var w = Chain(Create(c.Kind, stored, indices, c.NConn, c.Shape), c.Chain, lambdas);
        var plain = Create(c.Kind, stored.Select(transform).ToArray(), indices, c.NConn, c.Shape);
        T[] Operand(int n) => Enumerable.Range(0, n).Select(_ => SpecialValueCase.Draw<T>(random, c.Numbers, weight: false)).ToArray();
        bool[] Spikes(int n) => Enumerable.Range(0, n).Select(_ => random.Next(2) == 0).ToArray();

        AssertSame(plain.Data.ToArray(), w.Data.ToArray(), "Data");
        foreach (bool right in new[] { true, false })
        {
            string side = right ? "W @ x" : "x @ W";
            int n = right ? w.NumPost : w.NumPre;
            var x = Operand(n);
            var values = ReferenceProducts.Vector(plain, x, right).Result;
            AssertSame(values, right ? w.MatVec(x) : w.VecMat(x), side);
            AssertSame(values, Invoke(right ? w.CompileMatVec() : w.CompileVecMat(), x, right ? w.NumPre : w.NumPost), $"compiled {side}");

            var spikes = Spikes(n);
            var events = ReferenceProducts.Event(plain, spikes, right).Result;
            AssertSame(events, right ? w.MatVec(spikes) : w.VecMat(spikes), $"{side}, bool spikes");
            AssertSame(events, right ? w.MatVec(BitSpikes.FromBools(spikes)) : w.VecMat(BitSpikes.FromBools(spikes)), $"{side}, BitSpikes");
            var handle = right ? w.CompileMatVec() : w.CompileVecMat();
            var compiled = new T[right ? w.NumPre : w.NumPost];
            handle.Invoke(BitSpikes.FromBools(spikes), compiled);
            AssertSame(events, compiled, $"compiled {side}, BitSpikes");

            var m = Operand(n * c.Batch);
            var (rows, cols) = right ? (n, c.Batch) : (c.Batch, n);
            var mm = Arrays.To2D(m, rows, cols);
            AssertSame(ReferenceProducts.Matrix(plain, m, null, c.Batch, right).Result, Arrays.Flat(right ? w.MatMat(mm) : w.LeftMatMat(mm)), $"{side} for a matrix");
            var s = Spikes(n * c.Batch);
            var ss = Arrays.To2D(s, rows, cols);
            AssertSame(ReferenceProducts.Matrix(plain, null, s, c.Batch, right).Result, Arrays.Flat(right ? w.MatMat(ss) : w.LeftMatMat(ss)), $"{side} for a spike matrix");
        }
    }

    /// <summary>
    /// Rows of 7, 9 and 17 end in a partial vector whose padding lanes hold weight 0: a chain mapping 0 to
    /// infinity, or an infinite homogeneous weight, must not turn them into NaN. Every weight and operand
    /// here is finite and non-zero, so every output is finite (1 / w) or +infinity (the homogeneous case).
    /// </summary>
    [Theory]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(17)]
    public void Padding_lanes_add_nothing_even_when_a_chain_maps_zero_to_infinity(int nConn)
    {
        var random = new Random(nConn);
        const int Rows = 40, Bound = 30;
        var indices = Enumerable.Range(0, Rows * nConn).Select(_ => random.Next(Bound)).ToArray();
        var weights = indices.Select(_ => random.Next(2) == 0 ? 1f : 2f).ToArray();
        var x = Enumerable.Range(0, Rows).Select(_ => random.Next(2) == 0 ? 1f : -2f).ToArray();
        var y = Enumerable.Range(0, Bound).Select(_ => random.Next(2) == 0 ? 1f : 0.5f).ToArray();
        var reciprocal = new FixedPostNumConn<float>(weights, indices, nConn, (Rows, Bound)).Apply(w => 1f / w);
        var reference = new FixedPostNumConn<float>(weights.Select(w => 1f / w).ToArray(), indices, nConn, (Rows, Bound));
        var infinite = new FixedPostNumConn<float>(float.PositiveInfinity, Arrays.To2D(indices, Rows, nConn), (Rows, Bound));
        foreach (var (w, plain) in new[] { ((FixedNumConn<float>)reciprocal, (FixedNumConn<float>)reference), (infinite, infinite.Evaluate()) })
        {
            AssertSame(ReferenceProducts.Vector(plain, y, right: true).Result, w.MatVec(y), "W @ y");
            AssertSame(ReferenceProducts.Vector(plain, x, right: false).Result, w.VecMat(x), "x @ W");
            var m = Arrays.To2D(y.SelectMany(v => Enumerable.Repeat(v, 5)).ToArray(), Bound, 5);
            AssertSame(ReferenceProducts.Matrix(plain, Arrays.Flat(m), null, 5, right: true).Result, Arrays.Flat(w.MatMat(m)), "W @ M");
        }
    }

    private static T[] Invoke<T>(CompiledProduct<T> handle, T[] x, int resultLength)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var result = new T[resultLength];
        handle.Invoke(x, result);
        return result;
    }

    /// <summary>NaN where the reference is NaN (any payload), otherwise the same bits: infinities, zero signs and subnormals included.</summary>
    internal static void AssertSame<T>(T[] expected, T[] actual, string what)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            bool same = T.IsNaN(expected[i]) ? T.IsNaN(actual[i]) : Bits(expected[i]) == Bits(actual[i]);
            Assert.True(same, $"{what}: element {i} is {Show(actual[i])}, the plain loop gives {Show(expected[i])}");
        }
    }

    private static long Bits<T>(T value)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? BitConverter.SingleToInt32Bits(float.CreateTruncating(value)) : BitConverter.DoubleToInt64Bits(double.CreateTruncating(value));

    private static string Show<T>(T value)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        T.IsZero(value) ? (T.IsNegative(value) ? "-0" : "+0") : T.IsSubnormal(value) ? $"{value} (subnormal)" : value.ToString() ?? string.Empty;

    private static FixedNumConn<T> Create<T>(FixedNumConnKind kind, T[] data, int[] indices, int nConn, (int, int) shape)
        where T : unmanaged, IFloatingPointIeee754<T> => kind == FixedNumConnKind.FixedPost
        ? new FixedPostNumConn<T>(data, indices, nConn, shape)
        : new FixedPreNumConn<T>(data, indices, nConn, shape);

    private static FixedNumConn<T> Chain<T>(FixedNumConn<T> w, SpecialChain chain, Dictionary<SpecialChain, Expression<Func<T, T>>> lambdas)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T two = T.CreateChecked(2);
        return (w, chain) switch
        {
            (_, SpecialChain.None) => w,
            (FixedPostNumConn<T> post, SpecialChain.Times2) => post * two,
            (FixedPreNumConn<T> pre, SpecialChain.Times2) => pre * two,
            (FixedPostNumConn<T> post, SpecialChain.Negate) => -post,
            (FixedPreNumConn<T> pre, SpecialChain.Negate) => -pre,
            (FixedPostNumConn<T> post, SpecialChain.Abs) => post.Abs(),
            (FixedPreNumConn<T> pre, SpecialChain.Abs) => pre.Abs(),
            (FixedPostNumConn<T> post, _) => post.Apply(lambdas[chain]),
            (FixedPreNumConn<T> pre, _) => pre.Apply(lambdas[chain]),
            _ => throw new ArgumentOutOfRangeException(nameof(w)),
        };
    }
}
