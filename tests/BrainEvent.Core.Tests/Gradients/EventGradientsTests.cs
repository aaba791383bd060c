using System.Numerics;
using BrainEvent.Tests.Support;
using static BrainEvent.Tests.GradientRules.FiniteDifferences;

namespace BrainEvent.Tests.GradientRules;

/// <summary>
/// The rules of event products (<c>bool</c>, <see cref="BitSpikes"/>, <c>bool[,]</c>) under the
/// straight-through convention: the float rule at the spikes' 0/1 values.
/// </summary>
public class EventGradientsTests
{
    private static readonly double[] Rates = [0.0, 0.3, 1.0];

    public static TheoryData<ConnCase> Cases => GradientCases.Data();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_vjp_is_the_float_rule_at_the_spikes_values(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var (dense, abs) = (c.Dense(), c.AbsDense());
            var w = c.Build<T>();
            foreach (bool right in new[] { true, false })
            {
                foreach (double rate in Rates)
                {
                    var spikes = RandomData.Spikes(right ? c.NumPost : c.NumPre, rate, c.Seed + 31);
                    var values = RandomData.ToDouble(spikes);
                    var ct = RandomData.Vector(right ? c.NumPre : c.NumPost, c.Seed + 32);
                    var tct = RandomData.As<T>(ct);
                    string what = $"{c} {typeof(T).Name} {(right ? "W @ s" : "s @ W")} rate {rate}";

                    var (dWeights, dSpikes) = right ? Gradients.MatVecVjp(w, spikes, tct) : Gradients.VecMatVjp(w, spikes, tct);
                    var (bitWeights, bitSpikes) = right
                        ? Gradients.MatVecVjp(w, BitSpikes.FromBools(spikes), tct)
                        : Gradients.VecMatVjp(w, BitSpikes.FromBools(spikes), tct);
                    var (floatWeights, floatV) = right
                        ? Gradients.MatVecVjp(w, RandomData.As<T>(values), tct)
                        : Gradients.VecMatVjp(w, RandomData.As<T>(values), tct);
                    Assert.Equal(floatWeights, dWeights);
                    Assert.Equal(floatV, dSpikes);
                    Assert.Equal(dWeights, bitWeights);
                    Assert.Equal(dSpikes, bitSpikes);

                    var (g, absG) = right
                        ? (DenseGradients.Outer(ct, values), DenseGradients.Outer(DenseGradients.Abs(ct), values))
                        : (DenseGradients.Outer(values, ct), DenseGradients.Outer(values, DenseGradients.Abs(ct)));
                    var (expected, scale) = DenseGradients.Slots(c, g, absG);
                    Approx.Equal<T>(expected, scale, c.Homogeneous ? c.Nse : 1, dWeights, $"{what} dWeights");
                    var (ds, dsScale) = right
                        ? DenseReference.LeftMatMul(DenseGradients.Row(ct), dense, abs)
                        : DenseReference.MatMul(dense, abs, DenseReference.Column(ct));
                    Approx.Equal<T>(DenseGradients.AsRow(ds), DenseGradients.AsRow(dsScale), c.Nse, dSpikes, $"{what} dSpikes");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_weight_gradients_match_central_differences_through_the_event_product(ConnCase c)
    {
        var w = c.Build<double>();
        var weights = w.Data.ToArray();
        foreach (bool right in new[] { true, false })
        {
            var spikes = RandomData.Spikes(right ? c.NumPost : c.NumPre, 0.4, c.Seed + 33);
            var ct = RandomData.Vector(right ? c.NumPre : c.NumPost, c.Seed + 34);
            double[] Event(double[] values) => right ? GradientCases.WithData(w, values).MatVec(spikes) : GradientCases.WithData(w, values).VecMat(spikes);

            var bits = BitSpikes.FromBools(spikes);
            string what = $"{c} {(right ? "W @ s" : "s @ W")}";
            var numeric = Gradient(weights, p => Dot(ct, Event(p)));
            AssertClose(numeric, right ? Gradients.MatVecVjp(w, spikes, ct).DWeights : Gradients.VecMatVjp(w, spikes, ct).DWeights, $"{what} dWeights");
            AssertClose(numeric, right ? Gradients.MatVecVjp(w, bits, ct).DWeights : Gradients.VecMatVjp(w, bits, ct).DWeights, $"{what} bits dWeights");

            var tW = RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 35);
            var directional = Directional(t => Event(Along(weights, tW, t)));
            AssertClose(directional, right ? Gradients.MatVecJvp(w, spikes, tW, null) : Gradients.VecMatJvp(w, spikes, tW, null), $"{what} JVP");
            AssertClose(directional, right ? Gradients.MatVecJvp(w, bits, tW, null) : Gradients.VecMatJvp(w, bits, tW, null), $"{what} bits JVP");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matrix_weight_gradients_match_central_differences_through_the_event_product(ConnCase c)
    {
        var w = c.Build<double>();
        var weights = w.Data.ToArray();
        foreach (bool right in new[] { true, false })
        {
            var spikes = right ? RandomData.SpikeMatrix(c.NumPost, 3, 0.4, c.Seed + 45) : RandomData.SpikeMatrix(3, c.NumPre, 0.4, c.Seed + 45);
            var ct = right ? RandomData.Matrix(c.NumPre, 3, c.Seed + 46) : RandomData.Matrix(3, c.NumPost, c.Seed + 46);
            double[] Event(double[] values) => Flat(right ? GradientCases.WithData(w, values).MatMat(spikes) : GradientCases.WithData(w, values).LeftMatMat(spikes));
            string what = $"{c} {(right ? "W @ S" : "S @ W")}";

            var dWeights = right ? Gradients.MatMatVjp(w, spikes, ct).DWeights : Gradients.LeftMatMatVjp(w, spikes, ct).DWeights;
            AssertClose(Gradient(weights, p => Dot(Flat(ct), Event(p))), dWeights, $"{what} dWeights");

            var tW = RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 47);
            var jvp = right ? Gradients.MatMatJvp(w, spikes, tW, null) : Gradients.LeftMatMatJvp(w, spikes, tW, null);
            AssertClose(Directional(t => Event(Along(weights, tW, t))), Approx.Flat(jvp), $"{what} JVP");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_jvp_matches_the_dense_formula(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var (dense, abs) = (c.Dense(), c.AbsDense());
            var w = c.Build<T>();
            foreach (bool right in new[] { true, false })
            {
                var spikes = RandomData.Spikes(right ? c.NumPost : c.NumPre, 0.4, c.Seed + 36);
                var values = RandomData.ToDouble(spikes);
                var tW = RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 37);
                var tS = RandomData.Vector(spikes.Length, c.Seed + 38);
                var (weightsPart, weightsScale) = DenseProduct(DenseGradients.Dense(c, tW), DenseGradients.Dense(c, DenseGradients.Abs(tW)), values, right);
                var (spikesPart, spikesScale) = DenseProduct(dense, abs, tS, right);
                var (expected, scale) = (DenseGradients.Add(weightsPart, spikesPart), DenseGradients.Add(weightsScale, spikesScale));
                var (tw, ts) = (RandomData.As<T>(tW), RandomData.As<T>(tS));
                string what = $"{c} {typeof(T).Name} {(right ? "W @ s" : "s @ W")} JVP";

                Approx.Equal<T>(expected, scale, c.Nse + 1, right ? Gradients.MatVecJvp(w, spikes, tw, ts) : Gradients.VecMatJvp(w, spikes, tw, ts), what);
                var bits = BitSpikes.FromBools(spikes);
                Approx.Equal<T>(expected, scale, c.Nse + 1, right ? Gradients.MatVecJvp(w, bits, tw, ts) : Gradients.VecMatJvp(w, bits, tw, ts), $"{what} bits");
                Approx.Equal<T>(spikesPart, spikesScale, c.Nse + 1, right ? Gradients.MatVecJvp(w, bits, null, ts) : Gradients.VecMatJvp(w, bits, null, ts), $"{what} dWeights empty");
                Assert.All(right ? Gradients.MatVecJvp(w, spikes, null, null) : Gradients.VecMatJvp(w, spikes, null, null), x => Assert.Equal(T.Zero, x));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matrix_rules_are_the_float_rules_at_the_spikes_values(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var (dense, abs) = (c.Dense(), c.AbsDense());
            var w = c.Build<T>();
            foreach (bool right in new[] { true, false })
            {
                var spikes = right ? RandomData.SpikeMatrix(c.NumPost, 3, 0.4, c.Seed + 41) : RandomData.SpikeMatrix(3, c.NumPre, 0.4, c.Seed + 41);
                var values = RandomData.ToDouble(spikes);
                var ct = right ? RandomData.Matrix(c.NumPre, 3, c.Seed + 42) : RandomData.Matrix(3, c.NumPost, c.Seed + 42);
                var tct = RandomData.As<T>(ct);
                string what = $"{c} {typeof(T).Name} {(right ? "W @ S" : "S @ W")}";

                var (dWeights, dSpikes) = right ? Gradients.MatMatVjp(w, spikes, tct) : Gradients.LeftMatMatVjp(w, spikes, tct);
                var (floatWeights, floatM) = right
                    ? Gradients.MatMatVjp(w, RandomData.As<T>(values), tct)
                    : Gradients.LeftMatMatVjp(w, RandomData.As<T>(values), tct);
                Assert.Equal(floatWeights, dWeights);
                Assert.Equal(floatM, dSpikes);

                var g = right ? DenseReference.MatMul(ct, DenseReference.Transpose(values)) : DenseReference.MatMul(DenseReference.Transpose(values), ct);
                var absG = right
                    ? DenseReference.MatMul(DenseReference.Abs(ct), DenseReference.Transpose(values))
                    : DenseReference.MatMul(DenseReference.Transpose(values), DenseReference.Abs(ct));
                var (expected, scale) = DenseGradients.Slots(c, g, absG);
                Approx.Equal<T>(expected, scale, (c.Homogeneous ? c.Nse : 1) * 3, dWeights, $"{what} dWeights");

                var tW = RandomData.Vector(GradientCases.WeightCount(w), c.Seed + 43);
                var tS = right ? RandomData.Matrix(c.NumPost, 3, c.Seed + 44) : RandomData.Matrix(3, c.NumPre, c.Seed + 44);
                var (weightsPart, weightsScale) = right
                    ? DenseReference.MatMul(DenseGradients.Dense(c, tW), DenseGradients.Dense(c, DenseGradients.Abs(tW)), values)
                    : DenseReference.LeftMatMul(values, DenseGradients.Dense(c, tW), DenseGradients.Dense(c, DenseGradients.Abs(tW)));
                var (spikesPart, spikesScale) = right ? DenseReference.MatMul(dense, abs, tS) : DenseReference.LeftMatMul(tS, dense, abs);
                var (tw, ts) = (RandomData.As<T>(tW), RandomData.As<T>(tS));
                var jvp = right ? Gradients.MatMatJvp(w, spikes, tw, ts) : Gradients.LeftMatMatJvp(w, spikes, tw, ts);
                Approx.Equal(DenseGradients.Add(weightsPart, spikesPart), DenseGradients.Add(weightsScale, spikesScale), c.Nse + 1, jvp, $"{what} JVP");
                var weightsOnly = right ? Gradients.MatMatJvp(w, spikes, tw, null) : Gradients.LeftMatMatJvp(w, spikes, tw, null);
                Approx.Equal(weightsPart, weightsScale, c.Nse + 1, weightsOnly, $"{what} JVP, dSpikes null");
            }
        }
    }

    [Fact]
    public void Output_overloads_overwrite_their_buffers()
    {
        var c = new ConnCase(FixedNumConnKind.FixedPost, 13, 17, 7, false, true, 77);
        var w = c.Build<float>();
        var spikes = RandomData.Spikes(c.NumPre, 0.5, 1);
        var bits = BitSpikes.FromBools(spikes);
        var ct = RandomData.As<float>(RandomData.Vector(c.NumPost, 2));
        var (dWeights, dSpikes) = Gradients.VecMatVjp(w, spikes, ct);

        var (intoWeights, intoSpikes) = (VectorGradientsTests.Filled(c.Nse), VectorGradientsTests.Filled(c.NumPre));
        Gradients.VecMatVjp(w, spikes, ct, intoWeights, intoSpikes);
        Assert.Equal(dWeights, intoWeights);
        Assert.Equal(dSpikes, intoSpikes);
        (intoWeights, intoSpikes) = (VectorGradientsTests.Filled(c.Nse), VectorGradientsTests.Filled(c.NumPre));
        Gradients.VecMatVjp(w, bits, ct, intoWeights, intoSpikes);
        Assert.Equal(dWeights, intoWeights);
        Assert.Equal(dSpikes, intoSpikes);

        var tW = RandomData.As<float>(RandomData.Vector(c.Nse, 3));
        var tS = RandomData.As<float>(RandomData.Vector(c.NumPre, 4));
        var expected = Gradients.VecMatJvp(w, spikes, tW, tS);
        var result = VectorGradientsTests.Filled(c.NumPost);
        Gradients.VecMatJvp(w, bits, tW, tS, result);
        Assert.Equal(expected, result);
        result = VectorGradientsTests.Filled(c.NumPost);
        Gradients.VecMatJvp(w, spikes, tW, tS, result);
        Assert.Equal(expected, result);

        var matrixSpikes = RandomData.SpikeMatrix(c.NumPost, 2, 0.5, 5);
        var matrixCt = RandomData.As<float>(RandomData.Matrix(c.NumPre, 2, 6));
        var (mWeights, mSpikes) = Gradients.MatMatVjp(w, matrixSpikes, matrixCt);
        var intoMatrix = new float[c.NumPost, 2];
        intoWeights = VectorGradientsTests.Filled(c.Nse);
        Gradients.MatMatVjp(w, matrixSpikes, matrixCt, intoWeights, intoMatrix);
        Assert.Equal(mWeights, intoWeights);
        Assert.Equal(mSpikes, intoMatrix);
    }

    private static (double[,] Product, double[,] Scale) DenseProduct(double[,] dense, double[,] abs, double[] x, bool right) =>
        right ? DenseReference.MatMul(dense, abs, DenseReference.Column(x)) : DenseReference.LeftMatMul(DenseGradients.Row(x), dense, abs);
}
