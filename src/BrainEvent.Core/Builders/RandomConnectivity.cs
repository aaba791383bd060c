using System.Numerics;
using BrainEvent.Graph;
using BrainEvent.Networks;

namespace BrainEvent.Builders;

/// <summary>
/// The random connectivity behind <c>FixedPostNumConn.Random</c> and <c>FixedPreNumConn.Random</c>. Each
/// stored row draws its indices (then its weights) from its own stream,
/// <see cref="Xoshiro256StarStar.ForStream"/><c>(seed, row)</c>, so the matrix depends only on the
/// arguments: not on the thread count or the order in which rows are built. Rows are built in parallel,
/// in blocks of <see cref="RowsPerBlock"/>.
/// </summary>
/// <remarks>
/// A self-connection is an entry <c>W[i, i]</c> (pre-synaptic id equals post-synaptic id). Without them,
/// stored row <c>r</c> draws from the <c>bound - 1</c> candidates other than <c>r</c> when <c>r &lt; bound</c>
/// (the index bound: NumPost for FixedPost, NumPre for FixedPre); rows at or past the bound of a
/// non-square matrix have no diagonal entry and draw from all <c>bound</c> candidates. Drawing among the
/// other candidates (draw <c>c</c> in <c>[0, bound - 1)</c>, use <c>c + 1</c> when <c>c &gt;= r</c>) gives
/// exactly the distribution of resampling until the diagonal is missed, with no retries.
/// </remarks>
internal static class RandomConnectivity
{
    public const int RowsPerBlock = 512;

    /// <summary>A matrix with one homogeneous weight.</summary>
    public static ConnParts<T> Homogeneous<T>(
        FixedNumConnKind kind, int numPre, int numPost, int nConn, T weight, ulong seed,
        bool allowSelfConnections, bool withReplacement, ConnOptions? options, int? maxDegreeOfParallelism = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var spec = Validate<T>(kind, numPre, numPost, nConn, allowSelfConnections, withReplacement, options);
        var indices = Draw<T>(spec, seed, weights: Memory<T>.Empty, init: null, maxDegreeOfParallelism);
        var parts = ConnInput.FromFlat<T>(kind, new[] { weight }, indices, nConn, (numPre, numPost), options);

        // The flat form reads one value for one slot as that slot's own; this builder's weight is homogeneous whatever the size.
        return parts with { Values = new BufferLeaf<T>(new[] { weight }, broadcast: true) };
    }

    /// <summary>A matrix whose weights <paramref name="weight"/> draws connection by connection.</summary>
    public static ConnParts<T> Initialised<T>(
        FixedNumConnKind kind, int numPre, int numPost, int nConn, WeightInit weight, ulong seed,
        bool allowSelfConnections, bool withReplacement, ConnOptions? options, int? maxDegreeOfParallelism = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(weight);
        weight.RequireDrawableIn<T>(nameof(weight));
        var spec = Validate<T>(kind, numPre, numPost, nConn, allowSelfConnections, withReplacement, options);
        var weights = AlignedArrays.Allocate<T>((long)spec.Rows * nConn);
        var indices = Draw(spec, seed, weights, weight, maxDegreeOfParallelism);
        return ConnInput.FromFlat<T>(kind, weights, indices, nConn, (numPre, numPost), options);
    }

    /// <summary>
    /// The rows of the FixedPost matrix <c>FixedPostNumConn.Random</c> builds with these arguments, drawn one at a
    /// time on request (the same indices, from the same per-row streams), for a caller that keeps only part of
    /// each row and never needs the whole matrix. The arguments are checked as <c>Random</c> checks them.
    /// </summary>
    public static RandomRows FixedPostRows<T>(int numPre, int numPost, int nConn, ulong seed, bool allowSelfConnections, bool withReplacement)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        new(Validate<T>(FixedNumConnKind.FixedPost, numPre, numPost, nConn, allowSelfConnections, withReplacement, options: null), seed);

    /// <summary>Every argument check that needs no drawing, so bad arguments are refused before any row is built.</summary>
    private static RowSpec Validate<T>(
        FixedNumConnKind kind, int numPre, int numPost, int nConn, bool allowSelfConnections, bool withReplacement, ConnOptions? options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ElementType<T>.Require();
        ConnOptions.Validate(options, nameof(options));
        RequirePositive(numPre, nameof(numPre), "the number of pre-synaptic neurons");
        RequirePositive(numPost, nameof(numPost), "the number of post-synaptic neurons");
        ConnValidation.RequireNConn(nConn, nameof(nConn));
        var shape = (numPre, numPost);
        int rows = ConnInput.StorageRows(kind, shape);
        int bound = ConnInput.IndexBound(kind, shape);
        ConnValidation.SlotCount(rows, nConn, nameof(nConn));

        // Row 0 always has a diagonal entry, so it has the fewest candidates.
        int fewest = allowSelfConnections ? bound : bound - 1;
        string boundName = kind == FixedNumConnKind.FixedPost ? "numPost" : "numPre";
        string without = allowSelfConnections ? string.Empty : " less the diagonal, as allowSelfConnections is false";
        if (nConn > 0 && fewest == 0)
        {
            throw new ArgumentException(
                $"nConn = {nConn} connections cannot be drawn: a row has {fewest} candidates ({boundName} = {bound}{without}).",
                nameof(nConn));
        }

        if (!withReplacement && nConn > fewest)
        {
            throw new ArgumentException(
                $"nConn = {nConn} exceeds the {fewest} distinct candidates of a row ({boundName} = {bound}{without}); " +
                "without replacement a row cannot repeat an index. Lower nConn or pass withReplacement: true.",
                nameof(nConn));
        }

        return new RowSpec(rows, bound, nConn, allowSelfConnections, withReplacement);
    }

    private static Memory<int> Draw<T>(RowSpec spec, ulong seed, Memory<T> weights, WeightInit? init, int? maxDegreeOfParallelism)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Empty rows draw nothing from their streams, and up to int.MaxValue of them would still cost seconds to visit.
        if (spec.NConn == 0)
        {
            return Memory<int>.Empty;
        }

        // Every slot is written below, as the uninitialised arrays require.
        var indices = AlignedArrays.Allocate<int>((long)spec.Rows * spec.NConn);
        int blocks = (int)(((long)spec.Rows + RowsPerBlock - 1) / RowsPerBlock);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? BrainEventSettings.MaxDegreeOfParallelism,
        };
        Parallel.For(
            0,
            blocks,
            parallel,
            static () => new RowSampler(),
            (block, _, sampler) =>
            {
                int end = (int)Math.Min((long)(block + 1) * RowsPerBlock, spec.Rows);
                for (int row = block * RowsPerBlock; row < end; row++)
                {
                    var random = Xoshiro256StarStar.ForStream(seed, (ulong)row);
                    var slots = indices.Span.Slice(row * spec.NConn, spec.NConn);
                    DrawRow(spec, row, slots, sampler, ref random);
                    init?.Fill(weights.Span.Slice(row * spec.NConn, spec.NConn), ref random);
                }

                return sampler;
            },
            static _ => { });
        return indices;
    }

    private static void DrawRow(RowSpec spec, int row, Span<int> slots, RowSampler sampler, ref Xoshiro256StarStar random)
    {
        bool skipsDiagonal = !spec.AllowSelfConnections && row < spec.Bound;
        sampler.Sample(slots, skipsDiagonal ? spec.Bound - 1 : spec.Bound, spec.WithReplacement, ref random);
        if (skipsDiagonal)
        {
            // Candidate c stands for index c + 1 from the diagonal on: monotone, so the row stays sorted.
            for (int k = 0; k < slots.Length; k++)
            {
                slots[k] += slots[k] >= row ? 1 : 0;
            }
        }
    }

    private static void RequirePositive(int value, string paramName, string what)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be positive ({what}).");
        }
    }

    /// <summary>Draws rows of one random matrix, one at a time, on one thread.</summary>
    internal sealed class RandomRows
    {
        private readonly RowSpec _spec;
        private readonly ulong _seed;
        private readonly RowSampler _sampler = new();

        internal RandomRows(RowSpec spec, ulong seed) => (_spec, _seed) = (spec, seed);

        /// <summary>The number of rows.</summary>
        public int Rows => _spec.Rows;

        /// <summary>The slots of each row.</summary>
        public int NConn => _spec.NConn;

        /// <summary>Writes row <paramref name="row"/>'s <see cref="NConn"/> indices to <paramref name="slots"/>.</summary>
        public void Draw(int row, Span<int> slots)
        {
            var random = Xoshiro256StarStar.ForStream(_seed, (ulong)row);
            DrawRow(_spec, row, slots, _sampler, ref random);
        }
    }

    internal readonly record struct RowSpec(int Rows, int Bound, int NConn, bool AllowSelfConnections, bool WithReplacement);
}
