using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.GradientRules;

/// <summary>
/// The matrices every rule is checked on: both classes, homogeneous and heterogeneous, nConn 0, 1, 7, 8
/// and 9, a single stored row or index, and duplicate-heavy rows.
/// </summary>
public static class GradientCases
{
    public static IEnumerable<ConnCase> All()
    {
        int seed = 5000;
        foreach (var kind in new[] { FixedNumConnKind.FixedPost, FixedNumConnKind.FixedPre })
        {
            foreach (bool homogeneous in new[] { false, true })
            {
                foreach (int nConn in new[] { 1, 7, 8, 9 })
                {
                    yield return new ConnCase(kind, 13, 17, nConn, homogeneous, false, seed++);
                    yield return new ConnCase(kind, 1, 1, nConn, homogeneous, false, seed++);
                    yield return new ConnCase(kind, 1, 23, nConn, homogeneous, false, seed++);
                    yield return new ConnCase(kind, 23, 1, nConn, homogeneous, false, seed++);
                    yield return new ConnCase(kind, 9, 11, nConn, homogeneous, true, seed++);
                }

                yield return new ConnCase(kind, 5, 6, 0, homogeneous, false, seed++);
            }
        }
    }

    public static TheoryData<ConnCase> Data() => new(All());

    /// <summary>The case's matrix with other values (one value makes it homogeneous), through the public API.</summary>
    public static FixedNumConn<T> WithData<T>(FixedNumConn<T> w, T[] data)
        where T : unmanaged, IFloatingPointIeee754<T> => w switch
        {
            FixedPostNumConn<T> post => post.WithData(data),
            FixedPreNumConn<T> pre => pre.WithData(data),
            _ => throw new ArgumentException("unknown matrix class", nameof(w)),
        };

    /// <summary>The number of weights a rule differentiates: one when homogeneous, else one per slot.</summary>
    public static int WeightCount<T>(FixedNumConn<T> w)
        where T : unmanaged, IFloatingPointIeee754<T> => w.IsHomogeneous ? 1 : w.Nse;
}
