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
    private const int AdviseCollapse = 25;    // MADV_COLLAPSE (Linux 6.1): make huge pages now, of pages already in use

    private static readonly bool Supported = OperatingSystem.IsLinux();

    /// <summary>Asks for huge pages on <c>[pointer, pointer + bytes)</c>, which must be page-aligned; failure is harmless and ignored.</summary>
    public static void Advise(void* pointer, nuint bytes)
    {
        if (Supported)
        {
            _ = MAdvise(pointer, bytes, AdviseHugePage);
        }
    }

    /// <summary>
    /// Moves the whole 2 MiB pages inside <c>[pointer, pointer + bytes)</c>, memory already written (a pinned
    /// managed array), onto huge pages now; failure (older kernels, no free huge pages) is harmless and ignored.
    /// </summary>
    public static void AdviseInPlace(void* pointer, nuint bytes)
    {
        var (start, length) = WholePages(pointer, bytes);
        if (Supported && length > 0)
        {
            _ = MAdvise((void*)start, length, AdviseHugePage);
            _ = MAdvise((void*)start, length, AdviseCollapse);
        }
    }

    /// <summary>
    /// How many bytes of <c>[pointer, pointer + bytes)</c> lie in the whole 2 MiB pages of <c>[pointer, pointer +
    /// reach)</c>, the part <see cref="AdviseInPlace"/> can move when the memory it may advise reaches that far.
    /// </summary>
    public static nuint BytesInWholePages(void* pointer, nuint bytes, nuint reach)
    {
        var (start, length) = WholePages(pointer, Math.Max(bytes, reach));
        nuint end = Math.Min(start + length, (nuint)pointer + bytes);
        return end > start ? end - start : 0;
    }

    private static (nuint Start, nuint Length) WholePages(void* pointer, nuint bytes)
    {
        nuint start = ((nuint)pointer + PageBytes - 1) & ~(PageBytes - 1);
        nuint end = ((nuint)pointer + bytes) & ~(PageBytes - 1);
        return (start, end > start ? end - start : 0);
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int MAdvise(void* address, nuint length, int advice);
}
