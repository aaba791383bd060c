using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// Pins the threads of a run to processors, one each, as OpenMP's <c>OMP_PROC_BIND</c> does (Linux only; a
/// no-op elsewhere). Threads that meet at a spin barrier every few microseconds must run at the same time:
/// left to the scheduler, two of them can share one core while another sits idle or busy with other work,
/// and each step then waits for a time slice (measured: 30x slower on a loaded 2-core machine, the C
/// reference the same).
/// </summary>
internal static unsafe partial class ThreadAffinity
{
    private const int MaskBytes = 128;    // cpu_set_t: 1024 processors

    private static readonly bool Supported = OperatingSystem.IsLinux();

    /// <summary>
    /// The processors the calling thread may run on, in ascending order, or an empty array where affinity
    /// is not supported.
    /// </summary>
    public static int[] AllowedProcessors()
    {
        var mask = stackalloc byte[MaskBytes];
        if (!Supported || GetAffinity(0, MaskBytes, mask) != 0)
        {
            return [];
        }

        var processors = new List<int>();
        for (int cpu = 0; cpu < MaskBytes * 8; cpu++)
        {
            if ((mask[cpu >> 3] & (1 << (cpu & 7))) != 0)
            {
                processors.Add(cpu);
            }
        }

        return [.. processors];
    }

    /// <summary>Pins the calling thread to <paramref name="processor"/>; returns the mask to give back to <see cref="Restore"/>, or null if nothing changed.</summary>
    public static byte[]? Pin(int processor)
    {
        var saved = new byte[MaskBytes];
        fixed (byte* old = saved)
        {
            if (!Supported || GetAffinity(0, MaskBytes, old) != 0)
            {
                return null;
            }

            var mask = stackalloc byte[MaskBytes];
            new Span<byte>(mask, MaskBytes).Clear();
            mask[processor >> 3] = (byte)(1 << (processor & 7));
            return SetAffinity(0, MaskBytes, mask) == 0 ? saved : null;
        }
    }

    /// <summary>Gives the calling thread back the processors <see cref="Pin"/> took away.</summary>
    public static void Restore(byte[]? saved)
    {
        if (saved is null)
        {
            return;
        }

        fixed (byte* mask = saved)
        {
            _ = SetAffinity(0, MaskBytes, mask);
        }
    }

    [LibraryImport("libc", EntryPoint = "sched_getaffinity")]
    private static partial int GetAffinity(int thread, nuint bytes, byte* mask);

    [LibraryImport("libc", EntryPoint = "sched_setaffinity")]
    private static partial int SetAffinity(int thread, nuint bytes, byte* mask);
}
