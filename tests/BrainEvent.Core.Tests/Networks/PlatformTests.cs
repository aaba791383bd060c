using System.Runtime.InteropServices;
using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks;

/// <summary>The processor settings a run changes on its threads, and gives back.</summary>
public sealed class PlatformTests
{
    private static readonly bool LinuxX64 = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    [Fact]
    public void Flushing_denormals_turns_subnormal_results_into_zero_only_while_on()
    {
        float flushed = Decay(flush: true);
        float kept = Decay(flush: false);
        Assert.True(float.IsSubnormal(kept), $"{kept}");
        Assert.Equal(LinuxX64 ? 0f : kept, flushed);
        Assert.True(float.IsSubnormal(Tiny * Factor), "the calling thread's mode is restored after the run");
    }

    [Fact]
    public void A_run_gives_the_calling_thread_its_processors_back()
    {
        var before = ThreadAffinity.AllowedProcessors();
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = Math.Max(1, before.Length) });
        net.AddPopulation(100, new Models.Pacer());
        net.Run(1);
        Assert.Equal(before, ThreadAffinity.AllowedProcessors());
    }

    [Theory]
    [InlineData(0x200000L, 0x200000L, 0x200000L, 0x200000L)]      // one whole page, aligned
    [InlineData(0x200040L, 0x200000L, 0x200000L, 0L)]             // one page's worth, starting past a boundary
    [InlineData(0x1FF000L, 0x401000L, 0x401000L, 0x400000L)]      // two whole pages between the ends
    [InlineData(0x123456L, 0x100000L, 0x100000L, 0L)]             // less than a page
    [InlineData(0x3FFFFFL, 0xA00001L, 0xA00001L, 0xA00000L)]      // five whole pages, one byte each side
    [InlineData(0x200000L, 0x300000L, 0x400000L, 0x300000L)]      // the array's rest fills the last page: all of it moves
    [InlineData(0x200000L, 0x300000L, 0x3FFFFFL, 0x200000L)]      // the rest falls one byte short of the last page
    [InlineData(0x200000L, 0x300000L, 0x100000L, 0x200000L)]      // a reach short of the memory counts as the memory
    public unsafe void Only_whole_2_MiB_pages_the_memory_reaches_count_as_movable(long address, long bytes, long reach, long expected) =>
        Assert.Equal((nuint)expected, HugePages.BytesInWholePages((void*)address, (nuint)bytes, (nuint)reach));

    [Theory]
    [InlineData(1023, false)]                 // under 4 KiB: a plain array
    [InlineData(1024, false)]                 // 4 KiB: a cache line
    [InlineData(100_000, false)]
    [InlineData(524_288, true)]               // 2 MiB: a huge page
    [InlineData(3_200_000, true)]
    public unsafe void Builders_arrays_start_on_a_line_or_a_huge_page(int length, bool onHugePage)
    {
        var memory = AlignedArrays.Allocate<int>(length);
        Assert.Equal(length, memory.Length);
        Assert.True(MemoryMarshal.TryGetArray<int>(memory, out var segment));
        using var pin = memory.Pin();
        nuint address = (nuint)pin.Pointer;
        if (length * sizeof(int) < AlignedArrays.SmallestAligned)
        {
            Assert.Equal(0, segment.Offset);
            return;
        }

        Assert.Equal(0u, address % (onHugePage ? (uint)HugePages.PageBytes : 64u));
        nuint bytes = (nuint)length * sizeof(int);
        nuint rest = (nuint)(segment.Array!.Length - segment.Offset) * sizeof(int);
        nuint wholePages = (bytes + HugePages.PageBytes - 1) / HugePages.PageBytes * HugePages.PageBytes;
        Assert.True(!onHugePage || rest >= wholePages, $"the array's rest ({rest} bytes) fills the last huge page ({wholePages} bytes)");
    }

    [Fact]
    public unsafe void Random_matrices_keep_their_indices_and_weights_on_cache_lines()
    {
        var homogeneous = FixedPostNumConn<float>.Random(1000, 1000, 80, 0.5f, seed: 3);
        var drawn = FixedPreNumConn<double>.Random(1000, 700, 9, WeightInit.Uniform(0, 1), seed: 3);
        foreach (var address in new[] { AddressOf(homogeneous.Indices), AddressOf(drawn.Indices), AddressOf(drawn.Data) })
        {
            Assert.Equal(0u, address % 64);
        }
    }

    private static unsafe nuint AddressOf<T>(ReadOnlyMemory<T> memory)
        where T : unmanaged
    {
        using var pin = memory.Pin();
        return (nuint)pin.Pointer;
    }

    private static float Tiny { get; set; } = 1e-36f;

    private static float Factor { get; set; } = 1e-4f;

    private static float Decay(bool flush)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 2, FlushDenormals = flush });
        var pop = net.AddPopulation(100, new Decaying { X = Tiny });
        net.Run(0.1);
        return pop.Variable("X")[99];
    }

    /// <summary>Multiplies its value by 1e-4 once: from 1e-36 that is subnormal.</summary>
    private struct Decaying : INeuronModel<Decaying>
    {
        public float X;

        public static NeuronModelInfo Info { get; } = Models.ModelInfo.Of(nameof(Decaying), 0, [nameof(X)], []);

        public static void WriteState(in Decaying neuron, NeuronState state, int index) => state.Field<float>(0)[index] = neuron.X;

        public static void ReadState(ref Decaying neuron, NeuronState state, int index) => neuron.X = state.Field<float>(0)[index];

        public static void Update(in Decaying shared, in NeuronStepArgs args)
        {
            var x = args.State.Field<float>(0);
            for (int i = args.FromWord * 64; i < args.ToWord * 64; i++)
            {
                x[i] *= Factor;
            }

            args.SpikeWords[args.FromWord..args.ToWord].Clear();
        }
    }
}
