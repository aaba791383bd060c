using System.Numerics;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// NaN, infinities, signed zeros and subnormals through the gradient rules (<see cref="Gradients"/>): the VJP and
/// JVP of <c>W @ x</c> and <c>x @ W</c> for vectors, the VJP of <c>W @ s</c> for bool spikes (as their 0/1
/// values), and the VJPs of <c>W @ M</c> and <c>M @ W</c>; both classes, both element types, homogeneous or
/// per-slot. The numbers are <see cref="SpecialValueCase"/>'s (every product and sum exact in any order, and no
/// product of two subnormals), so each result must be the plain slot loop's bit for bit, NaN where it is NaN.
/// </summary>
/// <remarks>
/// The reference sums every output from +0 over its terms, the weight gradient of a slot over the batch too (a
/// zero gradient is +0 even when its one term is -0), and a homogeneous weight's gradient over all slots.
/// </remarks>
public class SpecialValueGradientTests
{
    [Fact]
    public void Float() => SeededCases.Run(SpecialValueCase.Gen, 200, 1553, Check<float>);

    [Fact]
    public void Double() => SeededCases.Run(SpecialValueCase.Gen, 200, 1554, Check<double>);

    private static void Check<T>(SpecialValueCase c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(c.Seed);
        int nse = c.Rows * c.NConn;
        var indices = Enumerable.Range(0, nse).Select(_ => random.Next(c.Bound)).ToArray();
        var stored = Weights<T>(random, c, weight: true);
        var w = c.Kind == FixedNumConnKind.FixedPost
            ? (FixedNumConn<T>)new FixedPostNumConn<T>(stored, indices, c.NConn, c.Shape)
            : new FixedPreNumConn<T>(stored, indices, c.NConn, c.Shape);
        var (numPre, numPost) = c.Shape;
        var pre = new int[nse];
        var post = new int[nse];
        for (int s = 0; s < nse; s++)
        {
            (pre[s], post[s]) = c.Kind == FixedNumConnKind.FixedPost ? (s / c.NConn, indices[s]) : (indices[s], s / c.NConn);
        }

        T Weight(int s) => stored[c.Homogeneous ? 0 : s];

        // Operands take the case's operand numbers, cotangents the other role's, so no product is of two subnormals.
        T[] Operand(int n) => Enumerable.Range(0, n).Select(_ => SpecialValueCase.Draw<T>(random, c.Numbers, weight: false)).ToArray();
        T[] Cotangent(int n) => Enumerable.Range(0, n).Select(_ => SpecialValueCase.Draw<T>(random, c.Numbers, weight: c.Numbers == NumberSet.SubnormalOperands)).ToArray();

        // Weight gradient of slot s: the sum over the batch of preSide[pre(s), b] * postSide[post(s), b].
        T[] WeightGradient(Func<int, int, T> preSide, Func<int, int, T> postSide, int batch)
        {
            var slots = Enumerable.Range(0, nse).Select(s =>
            {
                T sum = T.Zero;
                for (int b = 0; b < batch; b++)
                {
                    sum += preSide(pre[s], b) * postSide(post[s], b);
                }

                return sum;
            }).ToArray();
            return c.Homogeneous ? [slots.Aggregate(T.Zero, (a, g) => a + g)] : slots;
        }

        // Sum into out[at(s), b] of weight(s) * other(from(s), b), from +0.
        T[] Scatter(int length, int batch, int[] at, int[] from, Func<int, T> weight, Func<int, int, T> other)
        {
            var result = new T[length * batch];
            for (int s = 0; s < nse; s++)
            {
                for (int b = 0; b < batch; b++)
                {
                    result[(at[s] * batch) + b] += weight(s) * other(from[s], b);
                }
            }

            return result;
        }

        foreach (bool right in new[] { true, false })
        {
            string side = right ? "W @ x" : "x @ W";
            var (nIn, nOut) = right ? (numPost, numPre) : (numPre, numPost);
            var (inSlot, outSlot) = right ? (post, pre) : (pre, post);
            var x = Operand(nIn);
            var ct = Cotangent(nOut);
            var (dWeights, dX) = right ? Gradients.MatVecVjp(w, x, ct) : Gradients.VecMatVjp(w, x, ct);
            var expectedDW = right ? WeightGradient((i, _) => ct[i], (j, _) => x[j], 1) : WeightGradient((i, _) => x[i], (j, _) => ct[j], 1);
            SpecialValueTests.AssertSame(expectedDW, dWeights, $"VJP of {side}, weights");
            SpecialValueTests.AssertSame(Scatter(nIn, 1, inSlot, outSlot, Weight, (i, _) => ct[i]), dX, $"VJP of {side}, operand");

            var spikes = Enumerable.Range(0, nIn).Select(_ => random.Next(2) == 0).ToArray();
            var ones = spikes.Select(s => s ? T.One : T.Zero).ToArray();
            var (dWeightsOfSpikes, dSpikes) = right ? Gradients.MatVecVjp(w, spikes, ct) : Gradients.VecMatVjp(w, spikes, ct);
            var expectedSpikeDW = right ? WeightGradient((i, _) => ct[i], (j, _) => ones[j], 1) : WeightGradient((i, _) => ones[i], (j, _) => ct[j], 1);
            SpecialValueTests.AssertSame(expectedSpikeDW, dWeightsOfSpikes, $"VJP of {side} for bool spikes, weights");
            SpecialValueTests.AssertSame(Scatter(nIn, 1, inSlot, outSlot, Weight, (i, _) => ct[i]), dSpikes, $"VJP of {side} for bool spikes, spikes");

            var tangentW = Weights<T>(random, c, weight: true);
            var tangentX = Operand(nIn);
            var jvp = right ? Gradients.MatVecJvp(w, x, tangentW, tangentX) : Gradients.VecMatJvp(w, x, tangentW, tangentX);
            var expectedJvp = new T[nOut];
            for (int s = 0; s < nse; s++)
            {
                expectedJvp[outSlot[s]] += (tangentW[c.Homogeneous ? 0 : s] * x[inSlot[s]]) + (Weight(s) * tangentX[inSlot[s]]);
            }

            SpecialValueTests.AssertSame(expectedJvp, jvp, $"JVP of {side}");

            int batch = Math.Min(c.Batch, 17);
            var m = Operand(nIn * batch);
            var mct = Cotangent(nOut * batch);
            if (right)
            {
                var (dwm, dm) = Gradients.MatMatVjp(w, Arrays.To2D(m, nIn, batch), Arrays.To2D(mct, nOut, batch));
                SpecialValueTests.AssertSame(WeightGradient((i, b) => mct[(i * batch) + b], (j, b) => m[(j * batch) + b], batch), dwm, "VJP of W @ M, weights");
                SpecialValueTests.AssertSame(Scatter(nIn, batch, inSlot, outSlot, Weight, (i, b) => mct[(i * batch) + b]), Arrays.Flat(dm), "VJP of W @ M, operand");
            }
            else
            {
                // M is [batch, NumPre] and the cotangent [batch, NumPost]; the scatter works on their transposes.
                var (dwm, dm) = Gradients.LeftMatMatVjp(w, Arrays.To2D(m, batch, nIn), Arrays.To2D(mct, batch, nOut));
                SpecialValueTests.AssertSame(WeightGradient((i, b) => m[(b * nIn) + i], (j, b) => mct[(b * nOut) + j], batch), dwm, "VJP of M @ W, weights");
                var transposed = Scatter(nIn, batch, inSlot, outSlot, Weight, (j, b) => mct[(b * nOut) + j]);
                var expected = Enumerable.Range(0, batch * nIn).Select(k => transposed[((k % nIn) * batch) + (k / nIn)]).ToArray();
                SpecialValueTests.AssertSame(expected, Arrays.Flat(dm), "VJP of M @ W, operand");
            }
        }
    }

    private static T[] Weights<T>(Random random, SpecialValueCase c, bool weight)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Enumerable.Range(0, c.Homogeneous ? 1 : c.Rows * c.NConn).Select(_ => SpecialValueCase.Draw<T>(random, c.Numbers, weight)).ToArray();
}
