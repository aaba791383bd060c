using System.Numerics;
using System.Runtime.Intrinsics;
using BrainEvent.Kernels;

namespace BrainEvent.Plasticity;

/// <summary>
/// Upstream's clip of the whole weight array (<c>jnp.clip</c>), fused with the copy the functional update makes
/// anyway: one pass writes every slot clipped to the bounds, NaN kept, with the same compare-and-select as the
/// updated slots.
/// </summary>
internal static unsafe class ClipCopy
{
    /// <summary>Writes every value of <paramref name="source"/>, clipped, to <paramref name="destination"/> (the same length; they may be the same memory).</summary>
    public static void Run<T>(ReadOnlySpan<T> source, Span<T> destination, WeightBounds<T> bounds)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (bounds.IsOpen)
        {
            source.CopyTo(destination);
            return;
        }

        int n = source.Length;
        fixed (T* from = source)
        fixed (T* to = destination)
        {
            int i = 0;
            if (KernelRules.IsAccelerated)
            {
                int lanes = Vector256<T>.Count;
                var min = Vector256.Create(bounds.Min);
                var max = Vector256.Create(bounds.Max);
                for (; i + lanes <= n; i += lanes)
                {
                    WeightBounds<T>.Clip(Vector256.Load(from + i), min, max).Store(to + i);
                }
            }

            for (; i < n; i++)
            {
                to[i] = bounds.Clip(from[i]);
            }
        }
    }
}
