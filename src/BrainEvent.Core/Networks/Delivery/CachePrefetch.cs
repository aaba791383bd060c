using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Networks;

/// <summary>Software prefetch of cache lines (x86; nothing elsewhere).</summary>
internal static unsafe class CachePrefetch
{
    private const int LineBytes = 64;

    /// <summary>Starts loading the line holding <paramref name="address"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Line(void* address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(address);
        }
    }

    /// <summary>Starts loading the lines of elements <c>[from, to)</c> of <paramref name="values"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Range<T>(T* values, nint from, nint to)
        where T : unmanaged
    {
        if (!Sse.IsSupported || from >= to)
        {
            return;
        }

        byte* end = (byte*)(values + to);
        for (byte* line = (byte*)((nuint)(values + from) & ~(nuint)(LineBytes - 1)); line < end; line += LineBytes)
        {
            Sse.Prefetch0(line);
        }
    }
}
