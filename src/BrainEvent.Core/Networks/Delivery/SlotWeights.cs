using System.Runtime.CompilerServices;

namespace BrainEvent.Networks;

/// <summary>The weight of each slot of a delivery layout: one value for all, or one per slot.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal interface ISlotWeights<T>
    where T : unmanaged
{
    /// <summary>The weight of slot <paramref name="slot"/>.</summary>
    T At(nint slot);

    /// <summary>Starts loading the weights of slots <c>[from, to)</c> into the cache.</summary>
    void Prefetch(nint from, nint to);
}

/// <summary>One weight for every slot.</summary>
internal readonly struct OneWeight<T>(T weight) : ISlotWeights<T>
    where T : unmanaged
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T At(nint slot) => weight;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(nint from, nint to)
    {
    }
}

/// <summary>A weight per slot, in delivery order.</summary>
internal readonly unsafe struct PerSlotWeights<T>(T* weights) : ISlotWeights<T>
    where T : unmanaged
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T At(nint slot) => weights[slot];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(nint from, nint to) => CachePrefetch.Range(weights, from, to);
}
