using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// Transparent huge pages for large buffers (Linux; a no-op elsewhere). Delivery reads rows of indices and
/// adds into state at random: with 4 KiB pages nearly every access of a large network misses the TLB and
/// walks the page table, with 2 MiB pages the same memory needs 512 times fewer entries. Machines whose
/// transparent huge pages are in <c>madvise</c> mode give them only to memory that asks.
/// </summary>
internal static unsafe partial class HugePages
{
    /// <summary>The size and alignment of one huge page: 2 MiB.</summary>
    public const nuint PageBytes = 2 << 20;

    private const int AdviseHugePage = 14;    // MADV_HUGEPAGE

    private static readonly bool Supported = OperatingSystem.IsLinux();

    /// <summary>Asks for huge pages on <c>[pointer, pointer + bytes)</c>, which must be page-aligned; failure is harmless and ignored.</summary>
    public static void Advise(void* pointer, nuint bytes)
    {
        if (Supported)
        {
            _ = MAdvise(pointer, bytes, AdviseHugePage);
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int MAdvise(void* address, nuint length, int advice);
}
