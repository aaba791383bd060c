namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// A matrix of 100,000 x 100,000 = 10^10 dense cells (past 2^31) with 10 connections a row: building it and
/// its products cost O(Nse), not O(cells), and agree with plain loops over the slots. It counts the process's
/// allocations, so it runs alone (a suite run once counted 369 MB that tests running beside it allocated).
/// </summary>
[Collection(BrainEvent.Tests.Networks.AllocationCollection.Name)]
public class LargeShapeProductTests
{
    private const int N = 100_000;
    private const int NConn = 10;

    [Fact]
    public void Products_of_a_matrix_past_2_to_the_31_dense_cells_match_plain_loops()
    {
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var w = FixedPostNumConn<float>.Random(N, N, NConn, WeightInit.Uniform(-1, 1), seed: 15);
        Assert.True((long)w.NumPre * w.NumPost > 1L << 31);
        var data = w.Data.ToArray();
        var indices = w.Indices.ToArray();
        var random = new Random(15);
        var v = Enumerable.Range(0, N).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var spikes = BitSpikes.FromBools(Enumerable.Range(0, N).Select(_ => random.NextDouble() < 0.05).ToArray());

        // W @ v and v @ W: the kernels sum in their own order, so within the float rounding bound of each sum.
        var (rowSums, rowScale) = (new double[N], new double[N]);
        var (columnSums, columnScale) = (new double[N], new double[N]);
        for (int slot = 0; slot < indices.Length; slot++)
        {
            int row = slot / NConn, column = indices[slot];
            rowSums[row] += (double)data[slot] * v[column];
            rowScale[row] += Math.Abs((double)data[slot] * v[column]);
            columnSums[column] += (double)data[slot] * v[row];
            columnScale[column] += Math.Abs((double)data[slot] * v[row]);
        }

        AssertWithin(rowSums, rowScale, w.MatVec(v), "W @ v");
        AssertWithin(columnSums, columnScale, w.VecMat(v), "v @ W");

        // s @ W adds active rows in ascending order, and W @ s reads each row's active columns in ascending
        // order, which is slot order (Random sorts rows): both are the plain float loops exactly.
        var scattered = new float[N];
        var gathered = new float[N];
        for (int slot = 0; slot < indices.Length; slot++)
        {
            int row = slot / NConn, column = indices[slot];
            if (spikes[row])
            {
                scattered[column] += data[slot];
            }

            if (spikes[column])
            {
                gathered[row] += data[slot];
            }
        }

        Assert.Equal(scattered, w.VecMat(spikes));
        Assert.Equal(gathered, w.MatVec(spikes));

        // O(Nse) memory, not O(cells): the dense matrix would take 40 GB; the matrix, its mirror, the test's
        // copies and references and the results take a few tens of MB.
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(allocated < 200L << 20, $"allocated {allocated} bytes");
    }

    private static void AssertWithin(double[] expected, double[] scale, float[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < actual.Length; i++)
        {
            double bound = (NConn + 2) * 6e-8 * scale[i];
            Assert.True(Math.Abs(actual[i] - expected[i]) <= bound, $"{what}[{i}] is {actual[i]}, expected {expected[i]} within {bound}");
        }
    }
}
