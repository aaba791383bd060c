extern alias Before;

using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using BrainEvent;
using Old = Before::BrainEvent;

// dotnet BeforeAfter.dll N nConn rounds [product]: the same random FixedPostNumConn<float> built by both
// versions (same seed, same builder), each product called alternately before/after, medians of the rounds.
int n = int.Parse(args[0], CultureInfo.InvariantCulture);
int nConn = int.Parse(args[1], CultureInfo.InvariantCulture);
int rounds = int.Parse(args[2], CultureInfo.InvariantCulture);
string only = args.Length > 3 ? args[3] : string.Empty;
const int Batch = 128;
int batchN = Math.Min(n, 100_000);

var after = FixedPostNumConn<float>.Random(n, n, nConn, WeightInit.Uniform(0, 1), seed: 42);
var before = Old.FixedPostNumConn<float>.Random(n, n, nConn, Old.WeightInit.Uniform(0, 1), seed: 42);
var afterBatch = n == batchN ? after : FixedPostNumConn<float>.Random(batchN, batchN, nConn, WeightInit.Uniform(0, 1), seed: 42);
var beforeBatch = n == batchN ? before : Old.FixedPostNumConn<float>.Random(batchN, batchN, nConn, Old.WeightInit.Uniform(0, 1), seed: 42);
var random = new Random(1);
float[] v = [.. Enumerable.Range(0, n).Select(_ => (float)random.NextDouble())];
bool[] spikes = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.01)];
var afterBits = BitSpikes.FromBools(spikes);
var beforeBits = Old.BitSpikes.FromBools(spikes);
var m = new float[batchN, Batch];
var left = new float[Batch, batchN];
for (int i = 0; i < batchN; i++)
{
    for (int b = 0; b < Batch; b++)
    {
        left[b, i] = m[i, b] = (float)random.NextDouble();
    }
}

var (y0, y1) = (new float[n], new float[n]);
var (r0, r1) = (new float[batchN, Batch], new float[batchN, Batch]);
var (l0, l1) = (new float[Batch, batchN], new float[Batch, batchN]);
(string Name, Action Before, Action After, Func<bool> Equal)[] products =
[
    ("W @ v (gather)", () => before.MatVec(v, y0), () => after.MatVec(v, y1), () => y0.AsSpan().SequenceEqual(y1)),
    ("v @ W (mirror gather)", () => before.VecMat(v, y0), () => after.VecMat(v, y1), () => y0.AsSpan().SequenceEqual(y1)),
    ("spikes @ W (bool)", () => before.VecMat(spikes, y0), () => after.VecMat(spikes, y1), () => y0.AsSpan().SequenceEqual(y1)),
    ("spikes @ W (BitSpikes)", () => before.VecMat(beforeBits, y0), () => after.VecMat(afterBits, y1), () => y0.AsSpan().SequenceEqual(y1)),
    ("W @ spikes (mirror)", () => before.MatVec(beforeBits, y0), () => after.MatVec(afterBits, y1), () => y0.AsSpan().SequenceEqual(y1)),
    ("W @ M, batch 128", () => beforeBatch.MatMat(m, r0), () => afterBatch.MatMat(m, r1), () => Same(r0, r1)),
    ("M @ W, batch 128", () => beforeBatch.LeftMatMat(left, l0), () => afterBatch.LeftMatMat(left, l1), () => Same(l0, l1)),
];

foreach (var product in products.Where(p => p.Name.Contains(only, StringComparison.Ordinal)))
{
    product.Before();
    product.After();
    var (times0, times1) = (new double[rounds], new double[rounds]);
    for (int i = 0; i < rounds; i++)
    {
        times0[i] = Time(product.Before);
        times1[i] = Time(product.After);
    }

    double median0 = Median(times0), median1 = Median(times1);
    Console.WriteLine(FormattableString.Invariant(
        $"| {n} x {nConn} | {product.Name} | {median0:F3} ms | {median1:F3} ms | {median1 / median0:F2} | {(product.Equal() ? "yes" : "NO")} |"));
}

static double Time(Action action)
{
    long start = Stopwatch.GetTimestamp();
    action();
    return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}

static double Median(double[] times)
{
    Array.Sort(times);
    return times[times.Length / 2];
}

static bool Same(float[,] a, float[,] b) =>
    MemoryMarshal.CreateSpan(ref a[0, 0], a.Length).SequenceEqual(MemoryMarshal.CreateSpan(ref b[0, 0], b.Length));
