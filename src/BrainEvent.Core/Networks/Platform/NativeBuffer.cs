using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// Unmanaged memory owned by a <see cref="Network"/>, 64-byte aligned (a cache line, so word-aligned
/// thread blocks never share one). Blocks of <see cref="HugePages.PageBytes"/> or more are aligned to and
/// rounded up to whole 2 MiB pages and advised onto transparent huge pages, which keeps the random accesses
/// of delivery within the TLB. A <see cref="SafeHandle"/>, so memory of a network that was never disposed is
/// still freed.
/// </summary>
internal sealed unsafe class NativeBuffer : SafeHandle
{
    private const nuint CacheLine = 64;

    private NativeBuffer(void* pointer)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle((IntPtr)pointer);
    }

    /// <summary>The first byte.</summary>
    public byte* Pointer => (byte*)handle;

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary><paramref name="count"/> zeroed elements of <typeparamref name="T"/>; on huge pages when large.</summary>
    public static NativeBuffer Allocate<T>(long count)
        where T : unmanaged
    {
        nuint bytes = ByteCount<T>(count);
        bool huge = bytes >= HugePages.PageBytes;
        nuint alignment = huge ? HugePages.PageBytes : CacheLine;
        nuint size = RoundUp(bytes, alignment);
        void* pointer = NativeMemory.AlignedAlloc(size, alignment);
        if (huge)
        {
            HugePages.Advise(pointer, size);
        }

        NativeMemory.Clear(pointer, size);
        return new NativeBuffer(pointer);
    }

    /// <summary>
    /// <paramref name="count"/> elements of <typeparamref name="T"/> with undefined contents, on ordinary pages
    /// and never written here: a large block then comes untouched from the kernel and costs physical memory
    /// only where it is written, which suits buffers of which a run uses the start of each slice (spike lists
    /// sized for every neuron spiking in every step).
    /// </summary>
    public static NativeBuffer AllocateUninitialized<T>(long count)
        where T : unmanaged
    {
        nuint size = RoundUp(ByteCount<T>(count), CacheLine);
        return new NativeBuffer(NativeMemory.AlignedAlloc(size, CacheLine));
    }

    private static nuint ByteCount<T>(long count)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return checked((nuint)count * (nuint)sizeof(T));
    }

    private static nuint RoundUp(nuint bytes, nuint alignment) => Math.Max(alignment, (bytes + alignment - 1) / alignment * alignment);

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        NativeMemory.AlignedFree((void*)handle);
        return true;
    }
}
