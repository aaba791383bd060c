namespace BrainEvent.Tests;

/// <summary>TreeFlatten and TreeUnflatten: children are the runtime inputs, aux the static metadata.</summary>
public class PytreeTests
{
    private static readonly int[,] Indices = { { 0, 2, 2 }, { 1, 0, 3 }, { 3, 3, 1 } };

    [Fact]
    public void Plain_matrix_round_trips()
    {
        var w = new FixedPostNumConn<float>(new float[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }, Indices, (3, 4));
        var (children, aux) = w.TreeFlatten();
        Assert.Equal(2, children.Count);
        Assert.Equal("bN", aux.ValueStructure);
        var back = FixedPostNumConn<float>.TreeUnflatten(aux, children);
        AssertSameMatrix(w, back);
        Assert.Equal(aux, back.TreeFlatten().Aux);
    }

    [Fact]
    public void Homogeneous_matrix_round_trips_with_its_mirror()
    {
        var w = new FixedPreNumConn<double>(0.25, Indices, (4, 3), new ConnOptions(MaintainDualLayout: true));
        var (children, aux) = w.TreeFlatten();
        Assert.True(aux.HasColumnMirror);
        Assert.True(aux.IsHomogeneous);
        Assert.Equal(5, children.Count);
        var back = FixedPreNumConn<double>.TreeUnflatten(aux, children);
        AssertSameMatrix(w, back);
        Assert.Equal(aux, back.TreeFlatten().Aux);
        Assert.Equal(w.Buffers.Keys.Order(), back.Buffers.Keys.Order());
    }

    [Fact]
    public void Lazy_matrix_round_trips_lazily_with_new_leaves()
    {
        var w = new FixedPostNumConn<float>(new float[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }, Indices, (3, 4));
        float gain = 3;
        var lazy = ((w * 2f) + 1f).Apply(x => MathF.Min(x * gain, 20f));
        var (children, aux) = lazy.TreeFlatten();

        // The leaves in order: the values, 2, 1, the captured gain, the literal 20; then the indices.
        Assert.Equal(6, children.Count);
        Assert.Equal(5, aux.ValueLeafCount);
        Assert.Equal(new object[] { 2f, 1f, 3f, 20f }, children.Skip(1).Take(4));
        Assert.True(lazy.Data.Span.SequenceEqual(FixedPostNumConn<float>.TreeUnflatten(aux, children).Data.Span));

        var changed = children.ToArray();
        changed[0] = new float[9];
        changed[3] = 10f;
        var rebuilt = FixedPostNumConn<float>.TreeUnflatten(aux, changed);
        Assert.True(rebuilt.IsLazy);
        Assert.Equal(aux, rebuilt.TreeFlatten().Aux);
        Assert.All(rebuilt.Data.ToArray(), v => Assert.Equal(10f, v)); // min((0 * 2 + 1) * 10, 20)
    }

    [Fact]
    public void Unflatten_rejects_children_that_do_not_fit_the_aux()
    {
        var w = new FixedPostNumConn<float>(new float[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }, Indices, (3, 4));
        var (children, aux) = (w * 2f).TreeFlatten();

        var tooFew = Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.TreeUnflatten(aux, children.Take(2).ToArray()));
        Assert.Equal("children", tooFew.ParamName);
        Assert.Contains("must hold 3 items", tooFew.Message);

        var shortBuffer = Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.TreeUnflatten(aux, [new float[8], 2f, children[2]]));
        Assert.Contains("children[0] must be a ReadOnlyMemory<Single> or Single[] of length 9", shortBuffer.Message);
        Assert.Contains("Single[] of length 8", shortBuffer.Message);

        var wrongScalar = Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.TreeUnflatten(aux, [children[0], 2.0, children[2]]));
        Assert.Contains("children[1] must be a Single", wrongScalar.Message);

        var outOfRange = Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.TreeUnflatten(aux, [children[0], 2f, new int[9] { 0, 0, 0, 0, 0, 0, 0, 0, 4 }]));
        Assert.Contains("[0, 4)", outOfRange.Message);

        var wrongClass = Assert.Throws<ArgumentException>(() => FixedPreNumConn<float>.TreeUnflatten(aux, children));
        Assert.Equal("aux", wrongClass.ParamName);
    }

    [Fact]
    public void Unflatten_checks_mirror_buffers_against_the_indices()
    {
        var w = new FixedPostNumConn<float>(1f, Indices, (3, 4), new ConnOptions(MaintainDualLayout: true));
        var (children, aux) = w.TreeFlatten();
        var perm = ((ReadOnlyMemory<int>)children[4]).ToArray();
        perm[0] = 99;
        var changed = children.ToArray();
        changed[4] = perm;
        var error = Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.TreeUnflatten(aux, changed));
        Assert.Equal("children", error.ParamName);
        Assert.Contains("children[2..4] must be the column mirror of the indices: perm must list", error.Message);
        Assert.Equal("perm", Assert.IsType<ArgumentException>(error.InnerException).ParamName);
    }

    [Fact]
    public void Aux_is_equal_for_equal_structure_and_different_values()
    {
        var a = new FixedPostNumConn<float>(new float[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }, Indices, (3, 4));
        var b = a.WithData(new float[9]);
        Assert.Equal(a.TreeFlatten().Aux, b.TreeFlatten().Aux);
        Assert.Equal(a.TreeFlatten().Aux.GetHashCode(), b.TreeFlatten().Aux.GetHashCode());
        Assert.NotEqual(a.TreeFlatten().Aux, a.WithData(new float[] { 1 }).TreeFlatten().Aux);
        Assert.NotEqual(a.TreeFlatten().Aux, a.Transpose().TreeFlatten().Aux);
        Assert.NotEqual(a.TreeFlatten().Aux, (a * 2f).TreeFlatten().Aux);
    }

    private static void AssertSameMatrix<T>(FixedNumConn<T> expected, FixedNumConn<T> actual)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Shape, actual.Shape);
        Assert.Equal(expected.NConn, actual.NConn);
        Assert.Equal(expected.IsHomogeneous, actual.IsHomogeneous);
        Assert.Equal(expected.IsLazy, actual.IsLazy);
        Assert.Equal(expected.Options, actual.Options);
        Assert.Equal(expected.Data.ToArray(), actual.Data.ToArray());
        Assert.Equal(expected.Indices.ToArray(), actual.Indices.ToArray());
        Assert.Equal(expected.ToDense(), actual.ToDense());
    }
}
