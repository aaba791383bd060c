using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.Plasticity;

/// <summary>
/// UpdateOnPre and UpdateOnPost on both classes, float and double, against the slot-by-slot references:
/// the functional forms (bool and BitSpikes, stored and lazy values) must give upstream's values, every slot
/// clipped, and the in-place forms the values with only the updated slots clipped, bit for bit, for no, some
/// and all neurons active and every combination of bounds. The weights lie in [-1, 1), so the bounds
/// [-0.5, 0.75] leave slots outside them, where the two forms differ.
/// </summary>
public class PlasticityReferenceTests
{
    private static readonly (double? Min, double? Max)[] Bounds = [(null, null), (-0.5, null), (null, 0.75), (-0.5, 0.75)];

    public static TheoryData<ConnCase> Cases => new(ConnCase.Standard().Where(c => !c.Homogeneous));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_form_matches_the_reference(ConnCase c)
    {
        Check<float>(c);
        Check<double>(c);

        static void Check<T>(ConnCase c)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var w = c.Build<T>();
            var original = w.Data.ToArray();
            var lazy = w switch
            {
                FixedPostNumConn<T> post => (FixedNumConn<T>)post.Apply(x => x),
                FixedPreNumConn<T> pre => pre.Apply(x => x),
                _ => throw new InvalidOperationException("not a FixedNumConn class"),
            };
            Assert.True(lazy.IsLazy);
            foreach (bool onPre in new[] { true, false })
            {
                var (spikesLength, traceLength) = Learning.Lengths(w, onPre);
                var trace = RandomData.As<T>(RandomData.Vector(traceLength, c.Seed + 3));
                var traceCopy = (T[])trace.Clone();
                foreach (double rate in new[] { 0.0, 0.3, 1.0 })
                {
                    var spikes = RandomData.Spikes(spikesLength, rate, c.Seed + 5);
                    var bits = BitSpikes.FromBools(spikes);
                    foreach (var (min, max) in Bounds)
                    {
                        T? wMin = min is { } lo ? T.CreateChecked(lo) : null;
                        T? wMax = max is { } hi ? T.CreateChecked(hi) : null;
                        string what = $"{c} {typeof(T).Name} {(onPre ? "on pre" : "on post")} rate {rate} bounds [{min}, {max}]";
                        var expected = PlasticityReference.UpstreamUpdate(w, original, spikes, trace, wMin, wMax, onPre);
                        var expectedInPlace = PlasticityReference.Update(w, original, spikes, trace, wMin, wMax, onPre);

                        var learned = Learning.Update(w, spikes, trace, wMin, wMax, onPre);
                        PlasticityReference.Equal<T>(expected, learned.Data.Span, what);
                        PlasticityReference.Equal<T>(expected, Learning.Update(w, bits, trace, wMin, wMax, onPre).Data.Span, $"{what} BitSpikes");
                        PlasticityReference.Equal<T>(expected, Learning.Update(lazy, spikes, trace, wMin, wMax, onPre).Data.Span, $"{what} lazy");
                        Assert.Equal(w.GetType(), learned.GetType());
                        Assert.False(learned.IsLazy);

                        // Duplicates accumulate in ToDense, rounded in T; the reference sums in double.
                        var expectedDouble = expected.Select(double.CreateChecked).ToArray();
                        var dense = DenseReference.Dense(c.Kind, c.NumPre, c.NumPost, c.NConn, expectedDouble, c.IndicesFlat());
                        var scale = DenseReference.Dense(c.Kind, c.NumPre, c.NumPost, c.NConn, expectedDouble.Select(Math.Abs).ToArray(), c.IndicesFlat());
                        Approx.Equal(dense, scale, c.NConn, learned.ToDense(), $"{what} ToDense");

                        var buffer = (T[])original.Clone();
                        Learning.UpdateInPlace(w, buffer, spikes, trace, wMin, wMax, onPre);
                        PlasticityReference.Equal<T>(expectedInPlace, buffer, $"{what} in place");
                        buffer = (T[])original.Clone();
                        Learning.UpdateInPlace(w, buffer, bits, trace, wMin, wMax, onPre);
                        PlasticityReference.Equal<T>(expectedInPlace, buffer, $"{what} in place, BitSpikes");
                    }
                }

                PlasticityReference.Equal<T>(original, w.Data.Span, $"{c} {typeof(T).Name}: the input matrix is unchanged");
                PlasticityReference.Equal<T>(traceCopy, trace, $"{c} {typeof(T).Name}: the trace is unchanged");
            }
        }
    }
}
