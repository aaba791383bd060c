using System.Numerics;
using BrainEvent.Tests.Reference;
using CsCheck;

namespace BrainEvent.Tests.Kernels;

/// <summary>
/// Random matrices through every vector product, against the plain reference loops. Sizes reach past one
/// chunk of work, indices repeat, rows may hold NaN and infinity, and each product runs with 1, 2 and 8
/// threads, which must agree bit for bit.
/// </summary>
[Collection(ThreadSettingsCollection.Name)]
public class KernelPropertyTests
{
    private static readonly Gen<Problem> Problems =
        from kind in Gen.Enum<FixedNumConnKind>()
        from rows in Gen.OneOf(Gen.Int[1, 40], Gen.Int[500, 2500])
        from bound in Gen.OneOf(Gen.Int[1, 40], Gen.Int[500, 3000])
        from nConn in Gen.Int[0, 10].Select(i => new[] { 1, 2, 7, 8, 9, 15, 16, 17, 33, 64, 100 }[i])
        from homogeneous in Gen.Bool
        from specials in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        from rate in Gen.Int[0, 3].Select(i => new[] { 0.0, 0.01, 0.3, 1.0 }[i])
        from seed in Gen.Int
        select new Problem(kind, rows, bound, nConn, homogeneous, specials, rate, seed);

    [Fact]
    public void Float_products_match_the_reference_at_every_thread_count() =>
        Problems.Sample(p => Check<float>(p), iter: 60, threads: 1);

    [Fact]
    public void Double_products_match_the_reference_at_every_thread_count() =>
        Problems.Sample(p => Check<double>(p), iter: 60, threads: 1);

    private static void Check<T>(Problem p)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = p.Build<T>();
        foreach (bool right in new[] { true, false })
        {
            int inLength = right ? w.NumPost : w.NumPre;
            var x = p.Vector<T>(inLength, right ? 1 : 2);
            var spikes = p.Spikes(inLength, right ? 3 : 4);
            string side = right ? "W @ x" : "x @ W";

            var (dense, denseScale) = ReferenceProducts.Vector(w, x, right);
            var fast = AtEveryThreadCount(w, (m, y) => Product(m, x, y, right), right);
            ReferenceProducts.AssertClose<T>(dense, denseScale, w.Nse, fast, $"{p} {side}");

            var (events, eventScale) = ReferenceProducts.Event(w, spikes, right);
            var fromBools = AtEveryThreadCount(w, (m, y) => Product(m, spikes, y, right), right);
            var bits = BitSpikes.FromBools(spikes);
            var fromBits = AtEveryThreadCount(w, (m, y) => Product(m, bits, y, right), right);
            ReferenceProducts.AssertClose<T>(events, eventScale, w.Nse, fromBools, $"{p} {side} (bool spikes)");
            Assert.Equal(fromBools, fromBits);
        }
    }

    /// <summary>Runs a product with 1, 2 and 8 threads; all three must be bitwise equal.</summary>
    private static T[] AtEveryThreadCount<T>(FixedNumConn<T> w, Action<FixedNumConn<T>, T[]> product, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[]? first = null;
        foreach (int threads in new[] { 1, 2, 8 })
        {
            var y = new T[right ? w.NumPre : w.NumPost];
            y.AsSpan().Fill(T.CreateChecked(12345)); // the product must overwrite, not accumulate
            using (ThreadSettingsCollection.Use(threads))
            {
                product(w, y);
            }

            if (first is null)
            {
                first = y;
            }
            else
            {
                Assert.True(first.AsSpan().SequenceEqual(y), $"{threads} threads differ from 1 thread");
            }
        }

        return first!;
    }

    private static void Product<T>(FixedNumConn<T> w, T[] x, T[] y, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (right)
        {
            w.MatVec(x, y);
        }
        else
        {
            w.VecMat(x, y);
        }
    }

    private static void Product<T>(FixedNumConn<T> w, bool[] spikes, T[] y, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (right)
        {
            w.MatVec(spikes, y);
        }
        else
        {
            w.VecMat(spikes, y);
        }
    }

    private static void Product<T>(FixedNumConn<T> w, BitSpikes spikes, T[] y, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (right)
        {
            w.MatVec(spikes, y);
        }
        else
        {
            w.VecMat(spikes, y);
        }
    }
}
