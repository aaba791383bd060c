using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Generated;

/// <summary>
/// The vector form of a transform that has only a scalar one (a generated fallback that calls the user's
/// method): the scalar form on each lane, so both forms give the same values.
/// </summary>
/// <remarks>This type serves source-generated code and may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TransformLanes
{
    /// <summary><c>transform.Invoke(w[i])</c> for every lane.</summary>
    /// <param name="transform">The transform; its scalar form is called once per lane.</param>
    /// <param name="w">The stored weights.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Each<T, TTransform>(in TTransform transform, Vector256<T> w)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IWeightTransform<T>
    {
        Unsafe.SkipInit(out Vector256<T> result);
        for (int i = 0; i < Vector256<T>.Count; i++)
        {
            result = result.WithElement(i, transform.Invoke(w.GetElement(i)));
        }

        return result;
    }

    /// <summary><c>transform.Invoke(w[i], g[i])</c> for every lane.</summary>
    /// <param name="transform">The transform; its scalar form is called once per lane.</param>
    /// <param name="w">The stored weights.</param>
    /// <param name="g">The per-synapse operands.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Each<T, TTransform>(in TTransform transform, Vector256<T> w, Vector256<T> g)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TTransform : struct, IPerSynapseTransform<T>
    {
        Unsafe.SkipInit(out Vector256<T> result);
        for (int i = 0; i < Vector256<T>.Count; i++)
        {
            result = result.WithElement(i, transform.Invoke(w.GetElement(i), g.GetElement(i)));
        }

        return result;
    }
}
