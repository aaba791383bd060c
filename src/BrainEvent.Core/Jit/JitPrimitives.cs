using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BrainEvent.Kernels;
using BrainEvent.Kernels.Simd;

namespace BrainEvent.Jit;

/// <summary>
/// Memory access for compiled kernels. Expression trees cannot hold pointers or ref locals, so kernels
/// pass base addresses as <see cref="nint"/> and call these; each is small and aggressively inlined, and
/// the JIT folds it into the compiled loop (a gather here becomes one <c>vgatherdps</c> there).
/// </summary>
internal static unsafe class JitPrimitives
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint ReadPointer(nint table, int index) => ((nint*)table)[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadInt(nint source, int index) => ((int*)source)[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read<T>(nint source, int index)
        where T : unmanaged => ((T*)source)[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<T>(nint destination, int index, T value)
        where T : unmanaged => ((T*)destination)[index] = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddTo<T>(nint destination, int index, T value)
        where T : unmanaged, INumberBase<T> => ((T*)destination)[index] += value;

    public static void Clear<T>(nint destination, int length)
        where T : unmanaged => new Span<T>((T*)destination, length).Clear();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Load<T>(nint source, int index)
        where T : unmanaged => Vector256.Load((T*)source + index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<T>(nint destination, int index, Vector256<T> value)
        where T : unmanaged => value.Store((T*)destination + index);

    /// <summary>The first <paramref name="count"/> lanes from <c>source[index..]</c>, zero elsewhere; nothing further is read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> LoadPartial<T>(nint source, int index, int count)
        where T : unmanaged => Vectors.LoadPartial((T*)source + index, count);

    /// <summary>Stores the first <paramref name="count"/> lanes to <c>destination[index..]</c>; nothing further is written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StorePartial<T>(nint destination, int index, int count, Vector256<T> value)
        where T : unmanaged => Vectors.StorePartial((T*)destination + index, count, value);

    /// <summary>All ones in the first <paramref name="count"/> lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> FirstLanes<T>(int count)
        where T : unmanaged => Vectors.FirstLanes<T>(count);

    /// <summary><c>x[targets[slot + i]]</c> for a full vector of lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Gather<T>(nint x, nint targets, int slot)
        where T : unmanaged => Vectors.Gather((T*)x, (int*)targets + slot);

    /// <summary>The first <paramref name="count"/> lanes of <c>x[targets[slot + i]]</c>, zero elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> GatherPartial<T>(nint x, nint targets, int slot, int count)
        where T : unmanaged => Vectors.GatherPartial((T*)x, (int*)targets + slot, count);

    /// <summary>The lanes' sum in the library's fixed order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum<T>(Vector256<T> value)
        where T : unmanaged => Vectors.Sum(value);

    /// <summary>The library's walk over the active entries of bit-packed spikes.</summary>
    public static ActiveCursor<BitSource> BitCursor(nint words, int length) => new(new BitSource((ulong*)words, BitSpikes.WordCount(length)));

    /// <summary>The library's walk over the active entries of bool spikes (64 compared at once).</summary>
    public static ActiveCursor<BoolSource> BoolCursor(nint bools, int length) => new(new BoolSource((byte*)bools, length));

    /// <summary>Publishes an event scatter's count of added segments for its helper, as the library's event kernel does.</summary>
    public static void Publish(nint added, int done) => SegmentPrefetcher.Publish((int*)added, done);

    /// <summary>Asks for the cache lines of <c>length</c> elements from <c>source[start]</c>, as the library's event kernel does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<TElement>(nint source, int start, int length)
        where TElement : unmanaged => Vectors.Prefetch((TElement*)source + start, length);
}
