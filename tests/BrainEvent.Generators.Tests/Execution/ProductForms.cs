using System.Numerics;

namespace BrainEvent.Generators.Tests.Execution;

/// <summary>
/// One product form: how the reference computes it (the library's plain product on the materialised matrix) and
/// how a fused implementation does. Results are flattened to compare them alike.
/// </summary>
public sealed record ProductForm<T>(
    string Name,
    Func<FixedNumConn<T>, Problem<T>, T[]> Reference,
    Func<IFusedProducts<T>, Problem<T>, T[]> Fused)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public override string ToString() => Name;
}

/// <summary>Every product form a generated class offers.</summary>
public static class ProductForms<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static IReadOnlyList<ProductForm<T>> All { get; } =
    [
        new("MatVec(values)", (t, p) => t.MatVec(p.Post), (f, p) => Vector(p.W.NumPre, y => f.MatVec(p.W, Gs(f, p), p.Post, y))),
        new("VecMat(values)", (t, p) => t.VecMat(p.Pre), (f, p) => Vector(p.W.NumPost, y => f.VecMat(p.W, Gs(f, p), p.Pre, y))),
        new("MatVec(bool)", (t, p) => t.MatVec(p.PostSpikes), (f, p) => Vector(p.W.NumPre, y => f.MatVec(p.W, Gs(f, p), p.PostSpikes, y))),
        new("VecMat(bool)", (t, p) => t.VecMat(p.PreSpikes), (f, p) => Vector(p.W.NumPost, y => f.VecMat(p.W, Gs(f, p), p.PreSpikes, y))),
        new("MatVec(BitSpikes)", (t, p) => t.MatVec(p.PostBits), (f, p) => Vector(p.W.NumPre, y => f.MatVec(p.W, Gs(f, p), p.PostBits, y))),
        new("VecMat(BitSpikes)", (t, p) => t.VecMat(p.PreBits), (f, p) => Vector(p.W.NumPost, y => f.VecMat(p.W, Gs(f, p), p.PreBits, y))),
        new("MatMat(values)", (t, p) => Flat(t.MatMat(p.RightMatrix)), (f, p) => Matrix(p.W.NumPre, p.RightMatrix.GetLength(1), y => f.MatMat(p.W, Gs(f, p), p.RightMatrix, y))),
        new("LeftMatMat(values)", (t, p) => Flat(t.LeftMatMat(p.LeftMatrix)), (f, p) => Matrix(p.LeftMatrix.GetLength(0), p.W.NumPost, y => f.LeftMatMat(p.W, Gs(f, p), p.LeftMatrix, y))),
        new("MatMat(bool)", (t, p) => Flat(t.MatMat(p.RightSpikes)), (f, p) => Matrix(p.W.NumPre, p.RightSpikes.GetLength(1), y => f.MatMat(p.W, Gs(f, p), p.RightSpikes, y))),
        new("LeftMatMat(bool)", (t, p) => Flat(t.LeftMatMat(p.LeftSpikes)), (f, p) => Matrix(p.LeftSpikes.GetLength(0), p.W.NumPost, y => f.LeftMatMat(p.W, Gs(f, p), p.LeftSpikes, y))),
    ];

    /// <summary>
    /// The matrix the reference multiplies: the model's own method applied to every stored value (and its
    /// <c>g</c>) in plain C#, stored as plain values, so the reference is the library's plain kernels and
    /// involves neither generated nor runtime-compiled code.
    /// </summary>
    public static FixedNumConn<T> Materialised(Problem<T> problem, IKernelModel<T> model)
    {
        var w = problem.W;
        var data = w.Data.Span;
        var values = new T[w.IsHomogeneous && !model.HasPerSynapse ? 1 : w.Nse];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = model.Transform(data[data.Length == 1 ? 0 : i], model.HasPerSynapse ? problem.G[i] : T.Zero);
        }

        return w switch
        {
            FixedPostNumConn<T> post => post.WithData(values),
            FixedPreNumConn<T> pre => pre.WithData(values),
            _ => throw new ArgumentException("Unknown matrix class.", nameof(problem)),
        };
    }

    /// <summary>The same transform as a lazy Apply/Apply2 chain, which the library's runtime compiler fuses into its products.</summary>
    public static FixedNumConn<T> Lazy(FixedNumConn<T> w, ReadOnlySpan<T> g, IKernelModel<T> model)
    {
        T zero = T.Zero;
        return w switch
        {
            FixedPostNumConn<T> post when model.HasPerSynapse => post.Apply2(post.WithData(g.ToArray()), (a, b) => model.Transform(a, b)),
            FixedPostNumConn<T> post => post.Apply(a => model.Transform(a, zero)),
            FixedPreNumConn<T> pre when model.HasPerSynapse => pre.Apply2(pre.WithData(g.ToArray()), (a, b) => model.Transform(a, b)),
            FixedPreNumConn<T> pre => pre.Apply(a => model.Transform(a, zero)),
            _ => throw new ArgumentException("Unknown matrix class.", nameof(w)),
        };
    }

    /// <summary>The per-synapse operand when the implementation's model takes one, else empty.</summary>
    private static ReadOnlySpan<T> Gs(IFusedProducts<T> fused, Problem<T> problem) =>
        fused.HasPerSynapse ? problem.G : default;

    private delegate void SpanProduct(Span<T> result);

    private static T[] Vector(int length, SpanProduct product)
    {
        var result = new T[length];
        result.AsSpan().Fill(T.CreateTruncating(12345));
        product(result);
        return result;
    }

    private static T[] Matrix(int rows, int cols, Action<T[,]> product)
    {
        var result = new T[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                result[i, j] = T.CreateTruncating(12345);
            }
        }

        product(result);
        return Flat(result);
    }

    private static T[] Flat(T[,] m) => m.Cast<T>().ToArray();
}
