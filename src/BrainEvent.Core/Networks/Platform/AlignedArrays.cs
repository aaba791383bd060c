using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// Managed arrays for a matrix's large arrays, laid out as delivery reads them best: the slice handed out
/// starts on a cache line, and one of 2 MiB or more starts on a huge page and is advised onto huge pages
/// before it is written. A managed array otherwise starts wherever in a line the heap puts it (24 bytes in, in
/// the runs measured), so that each row of 80 indices spans six lines instead of five (delivery at scale 100
/// took 1.05x to 1.07x as long in three measurements); only the whole 2 MiB pages inside it can move onto huge
/// pages afterwards, which left a 10 MB array at scale 10 to be copied; and moving them later copies every
/// page once more.
/// </summary>
internal static unsafe class AlignedArrays
{
    private const nuint CacheLine = 64;

    /// <summary>Arrays smaller than this stay plain arrays: not worth a pinned allocation.</summary>
    public const int SmallestAligned = 4096;

    /// <summary>
    /// <paramref name="length"/> elements of a pinned array with undefined contents, so the caller must write
    /// every one; a plain array when smaller than <see cref="SmallestAligned"/> bytes, when the element's size
    /// does not divide a cache line or when the padding would not fit in an array.
    /// </summary>
    public static Memory<T> Allocate<T>(long length)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        nuint size = (nuint)sizeof(T);
        nuint bytes = (nuint)length * size;
        bool huge = bytes >= HugePages.PageBytes;
        nuint alignment = huge ? HugePages.PageBytes : CacheLine;

        // Room to move the start up to the next boundary, and on huge pages to fill the last page too.
        nuint padding = huge ? (2 * alignment) - size : alignment - size;
        if (bytes < SmallestAligned || CacheLine % size != 0 || (nuint)length + (padding / size) > (nuint)Array.MaxLength)
        {
            return new T[length];
        }

        var array = GC.AllocateUninitializedArray<T>((int)((nuint)length + (padding / size)), pinned: true);
        nuint address = (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        nuint start = (address + alignment - 1) & ~(alignment - 1);
        if (huge)
        {
            HugePages.Advise((void*)start, (bytes + alignment - 1) & ~(alignment - 1));
        }

        return new Memory<T>(array, (int)((start - address) / size), (int)length);
    }
}
