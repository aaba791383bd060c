using BrainEvent.Builders;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.Builders;

public class RandomConnectivityTests
{
    /// <summary>
    /// Rows from an independent Python implementation of the documented algorithm (row stream
    /// (seed, row), Floyd's algorithm when candidates exceed 4 nConn, else partial Fisher-Yates, the
    /// diagonal skipped by shifting, sorted): the same seed must give these on every machine.
    /// </summary>
    [Fact]
    public void Rows_match_the_reference_implementation()
    {
        var floyd = FixedPostNumConn<float>.Random(1000, 1000, 5, 1f, seed: 42, allowSelfConnections: false);
        Assert.Equal(new[] { 84, 378, 679, 923, 991 }, Row(floyd, 0));
        Assert.Equal(new[] { 363, 498, 705, 919, 989 }, Row(floyd, 1));
        Assert.Equal(new[] { 246, 455, 759, 843, 920 }, Row(floyd, 2));

        var fisherYates = FixedPreNumConn<double>.Random(10, 4, 8, 1.0, seed: 7);
        Assert.Equal(new[] { 0, 1, 3, 4, 6, 7, 8, 9 }, Row(fisherYates, 0));
        Assert.Equal(new[] { 0, 1, 2, 4, 6, 7, 8, 9 }, Row(fisherYates, 1));

        var replacement = FixedPostNumConn<float>.Random(3, 6, 5, 1f, seed: 9, allowSelfConnections: false, withReplacement: true);
        Assert.Equal(new[] { 1, 1, 2, 4, 5 }, Row(replacement, 0));
        Assert.Equal(new[] { 0, 0, 2, 3, 4 }, Row(replacement, 1));
    }

    [Fact]
    public void Uniform_weights_follow_the_row_indices_in_the_same_stream()
    {
        var w = FixedPostNumConn<double>.Random(2, 100, 3, WeightInit.Uniform(-1, 3), seed: 5);
        Assert.Equal(new[] { 30, 79, 83 }, Row(w, 1));
        Assert.Equal(new[] { 1.134030135971054, -0.0804960869785285, 1.7888096042973043 }, w.Data.Span.Slice(3, 3).ToArray());
    }

    [Theory]
    [InlineData(FixedNumConnKind.FixedPost, 300, 200, 7, true, false)]
    [InlineData(FixedNumConnKind.FixedPost, 300, 200, 7, false, false)]
    [InlineData(FixedNumConnKind.FixedPre, 200, 300, 150, false, false)]
    [InlineData(FixedNumConnKind.FixedPost, 300, 300, 299, false, false)]
    [InlineData(FixedNumConnKind.FixedPre, 40, 70, 90, true, true)]
    [InlineData(FixedNumConnKind.FixedPost, 80, 5, 3, false, false)]
    public void Every_row_has_nConn_sorted_indices_in_range(
        FixedNumConnKind kind, int numPre, int numPost, int nConn, bool allowSelf, bool withReplacement)
    {
        var w = Build(kind, numPre, numPost, nConn, seed: 3, allowSelf, withReplacement);
        int rows = kind == FixedNumConnKind.FixedPost ? numPre : numPost;
        int bound = kind == FixedNumConnKind.FixedPost ? numPost : numPre;
        Assert.Equal(nConn, w.NConn);
        Assert.Equal(rows, w.StorageRows);
        Assert.Equal((numPre, numPost), w.Shape);
        for (int r = 0; r < rows; r++)
        {
            var row = Row(w, r);
            Assert.Equal(nConn, row.Length);
            Assert.All(row, j => Assert.InRange(j, 0, bound - 1));
            for (int k = 1; k < row.Length; k++)
            {
                Assert.True(withReplacement ? row[k - 1] <= row[k] : row[k - 1] < row[k], $"row {r} is not sorted{(withReplacement ? string.Empty : " or repeats an index")}: {string.Join(", ", row)}");
            }

            if (!allowSelf)
            {
                Assert.DoesNotContain(r, row);
            }
        }
    }

    [Fact]
    public void Taking_every_candidate_gives_every_candidate()
    {
        var w = FixedPostNumConn<float>.Random(6, 6, 5, 1f, seed: 11, allowSelfConnections: false);
        for (int r = 0; r < 6; r++)
        {
            Assert.Equal(Enumerable.Range(0, 6).Where(j => j != r), Row(w, r));
        }
    }

    [Fact]
    public void Rows_past_the_diagonal_of_a_non_square_matrix_draw_from_every_index()
    {
        // 4 post-synaptic neurons: pre-synaptic rows 0-3 have a diagonal entry and 3 candidates, rows 4-199 none and 4.
        var w = FixedPostNumConn<float>.Random(200, 4, 3, 1f, seed: 1, allowSelfConnections: false);
        for (int r = 0; r < 4; r++)
        {
            Assert.Equal(Enumerable.Range(0, 4).Where(j => j != r), Row(w, r));
        }

        var subsets = Enumerable.Range(4, 196).Select(r => string.Join(",", Row(w, r))).ToHashSet();
        Assert.Equal(new[] { "0,1,2", "0,1,3", "0,2,3", "1,2,3" }, subsets.Order());
    }

    [Fact]
    public void Same_seed_gives_the_same_matrix_for_every_thread_count()
    {
        // 2000 rows: four blocks of RowsPerBlock, so threads really share the work.
        Assert.True(2000 > 3 * RandomConnectivity.RowsPerBlock);
        var reference = RandomConnectivity.Initialised<float>(
            FixedNumConnKind.FixedPost, 2000, 3000, 40, WeightInit.Normal(0, 1), 99, false, false, null, maxDegreeOfParallelism: 1);
        foreach (int threads in new[] { 2, 3, 8 })
        {
            var parts = RandomConnectivity.Initialised<float>(
                FixedNumConnKind.FixedPost, 2000, 3000, 40, WeightInit.Normal(0, 1), 99, false, false, null, maxDegreeOfParallelism: threads);
            Assert.True(reference.Structure.Indices.Span.SequenceEqual(parts.Structure.Indices.Span), $"indices differ with {threads} threads");
            Assert.True(Values(reference).SequenceEqual(Values(parts)), $"weights differ with {threads} threads");
        }

        var viaPublicApi = FixedPostNumConn<float>.Random(2000, 3000, 40, WeightInit.Normal(0, 1), 99, allowSelfConnections: false);
        Assert.True(reference.Structure.Indices.Span.SequenceEqual(viaPublicApi.Indices.Span));
    }

    [Fact]
    public void Different_seeds_give_different_matrices()
    {
        var a = FixedPreNumConn<float>.Random(500, 400, 20, 1f, seed: 1);
        var b = FixedPreNumConn<float>.Random(500, 400, 20, 1f, seed: 2);
        int same = 0;
        for (int i = 0; i < a.Nse; i++)
        {
            same += a.Indices.Span[i] == b.Indices.Span[i] ? 1 : 0;
        }

        // Sorted rows of 20 from 500 agree at a position now and then by chance, far from always.
        Assert.True(same < a.Nse / 4, $"{same} of {a.Nse} slots agree");
    }

    [Fact]
    public void The_weight_does_not_change_the_structure()
    {
        var homogeneous = FixedPostNumConn<double>.Random(300, 200, 10, 0.5, seed: 4);
        var drawn = FixedPostNumConn<double>.Random(300, 200, 10, WeightInit.Normal(1, 2), seed: 4);
        Assert.True(homogeneous.IsHomogeneous);
        Assert.False(drawn.IsHomogeneous);
        Assert.Equal(0.5, Assert.Single(homogeneous.Data.ToArray()));
        Assert.True(homogeneous.Indices.Span.SequenceEqual(drawn.Indices.Span));
    }

    [Fact]
    public void Zero_connections_give_an_empty_matrix()
    {
        var w = FixedPreNumConn<float>.Random(3, 4, 0, WeightInit.Constant(1), seed: 0);
        Assert.Equal(0, w.Nse);
        Assert.Equal(new float[3, 4], w.ToDense());
    }

    public static TheoryData<FixedNumConnKind, string> EmptyCases => new()
    {
        { FixedNumConnKind.FixedPost, "homogeneous" },
        { FixedNumConnKind.FixedPost, "normal" },
        { FixedNumConnKind.FixedPre, "uniform" },
        { FixedNumConnKind.FixedPre, "constant" },
    };

    /// <summary>
    /// int.MaxValue stored rows of nothing: the builder must not visit them (it used to, for seconds to minutes,
    /// in a Parallel.For over its blocks of rows) nor allocate anything per row. That loop's workers ran on pool
    /// threads and allocated next to nothing, so no allocation count showed it: the loop's start does. The
    /// result is the matrix the flat constructor builds from no indices.
    /// </summary>
    [Theory]
    [MemberData(nameof(EmptyCases))]
    public void Zero_connections_on_the_largest_dimension_build_nothing_per_row(FixedNumConnKind kind, string weight)
    {
        const int Rows = int.MaxValue;
        var shape = kind == FixedNumConnKind.FixedPost ? (Rows, 4) : (4, Rows);
        var init = weight switch
        {
            "normal" => WeightInit.Normal(0, 1),
            "uniform" => WeightInit.Uniform(-1, 1),
            "constant" => WeightInit.Constant(2),
            _ => null,
        };

        using var loops = new ParallelLoopListener();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        FixedNumConn<float> w = (kind, init) switch
        {
            (FixedNumConnKind.FixedPost, null) => FixedPostNumConn<float>.Random(shape.Item1, shape.Item2, 0, 0.5f, seed: 1),
            (FixedNumConnKind.FixedPost, _) => FixedPostNumConn<float>.Random(shape.Item1, shape.Item2, 0, init, seed: 1, allowSelfConnections: false),
            (_, null) => FixedPreNumConn<float>.Random(shape.Item1, shape.Item2, 0, 0.5f, seed: 1),
            _ => FixedPreNumConn<float>.Random(shape.Item1, shape.Item2, 0, init, seed: 1, allowSelfConnections: false),
        };
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long blocks = ((long)Rows + RandomConnectivity.RowsPerBlock - 1) / RandomConnectivity.RowsPerBlock;
        Assert.DoesNotContain((0L, blocks), loops.Loops);

        float[] data = init is null ? [0.5f] : [];
        FixedNumConn<float> flat = kind == FixedNumConnKind.FixedPost
            ? new FixedPostNumConn<float>(data, Array.Empty<int>(), 0, shape)
            : new FixedPreNumConn<float>(data, Array.Empty<int>(), 0, shape);
        Assert.Equal(flat.Shape, w.Shape);
        Assert.Equal(Rows, w.StorageRows);
        Assert.Equal(0, w.NConn);
        Assert.Equal(0, w.Nse);
        Assert.Equal(flat.IsHomogeneous, w.IsHomogeneous);
        Assert.Equal(flat.Data.ToArray(), w.Data.ToArray());
        Assert.Empty(w.Indices.ToArray());
        Assert.True(allocated < 1 << 20, $"building allocated {allocated} bytes");
    }

    /// <summary>
    /// The control for the test above: rows that draw are built in a Parallel.For over the blocks, and the
    /// listener sees it begin. Without this, a runtime that stopped reporting loops would make that test pass
    /// whatever the builder does.
    /// </summary>
    [Fact]
    public void The_listener_sees_the_loop_over_the_blocks_of_rows_that_draw()
    {
        using var loops = new ParallelLoopListener();
        FixedPostNumConn<float>.Random(3 * RandomConnectivity.RowsPerBlock, 10, 1, 0.5f, seed: 1);
        Assert.Contains((0L, 3L), loops.Loops);
    }

    [Fact]
    public void More_connections_than_candidates_is_an_error_naming_both_numbers()
    {
        var error = Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.Random(10, 4, 5, 1f, seed: 1));
        Assert.Equal("nConn", error.ParamName);
        Assert.Contains("nConn = 5 exceeds the 4 distinct candidates of a row (numPost = 4)", error.Message);

        var noSelf = Assert.Throws<ArgumentException>(() => FixedPreNumConn<float>.Random(4, 10, 4, 1f, seed: 1, allowSelfConnections: false));
        Assert.Contains("nConn = 4 exceeds the 3 distinct candidates of a row (numPre = 4 less the diagonal", noSelf.Message);

        var nothing = Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.Random(3, 1, 1, 1f, seed: 1, allowSelfConnections: false, withReplacement: true));
        Assert.Contains("a row has 0 candidates", nothing.Message);

        // With replacement, any number of draws from the candidates is fine.
        Assert.Equal(5, FixedPostNumConn<float>.Random(10, 4, 5, 1f, seed: 1, withReplacement: true).NConn);
    }

    [Fact]
    public void Bad_sizes_name_the_argument()
    {
        Assert.Equal("numPre", Assert.Throws<ArgumentOutOfRangeException>(() => FixedPostNumConn<float>.Random(0, 4, 1, 1f, 1)).ParamName);
        Assert.Equal("numPost", Assert.Throws<ArgumentOutOfRangeException>(() => FixedPreNumConn<float>.Random(4, -1, 1, 1f, 1)).ParamName);
        Assert.Equal("nConn", Assert.Throws<ArgumentOutOfRangeException>(() => FixedPostNumConn<float>.Random(4, 4, -1, 1f, 1)).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentNullException>(() => FixedPostNumConn<float>.Random(4, 4, 1, (WeightInit)null!, 1)).ParamName);
        var tooBig = Assert.Throws<ArgumentException>(() => FixedPostNumConn<float>.Random(100_000, 100_000, 30_000, 1f, 1));
        Assert.Equal("nConn", tooBig.ParamName);
        Assert.Contains("exceeds the largest array", tooBig.Message);
    }

    private static FixedNumConn<float> Build(FixedNumConnKind kind, int numPre, int numPost, int nConn, ulong seed, bool allowSelf, bool withReplacement) =>
        kind == FixedNumConnKind.FixedPost
            ? FixedPostNumConn<float>.Random(numPre, numPost, nConn, 1f, seed, allowSelf, withReplacement)
            : FixedPreNumConn<float>.Random(numPre, numPost, nConn, 1f, seed, allowSelf, withReplacement);

    private static int[] Row<T>(FixedNumConn<T> w, int row)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> =>
        w.Indices.Span.Slice(row * w.NConn, w.NConn).ToArray();

    private static float[] Values(ConnParts<float> parts) =>
        BrainEvent.Graph.GraphInterpreter<float>.Evaluate(parts.Values, parts.Structure.Nse).ToArray();
}
