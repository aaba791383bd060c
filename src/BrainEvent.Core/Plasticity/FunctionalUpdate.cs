using System.Numerics;
using BrainEvent.Graph;

namespace BrainEvent.Plasticity;

/// <summary>
/// The buffers of a functional update, which clips every slot as upstream does (<c>jnp.clip</c> after the add):
/// untouched slots end as <c>clip(w)</c>, updated ones as <c>clip(w + trace)</c>. <see cref="Result"/> is the new
/// array the update writes; <see cref="Source"/> holds the values it adds to, unclipped.
/// </summary>
/// <remarks>
/// Stored values are clipped while they are copied into <see cref="Result"/>, so the update reads them from the
/// stored array and the whole update is one pass over Nse plus the active slots. A lazy chain is evaluated into
/// <see cref="Result"/> itself, which is then also the source; <see cref="Finish"/> clips it afterwards, a second
/// pass that leaves the updated slots as they are (clipping is idempotent, NaN stays NaN).
/// </remarks>
internal readonly struct FunctionalUpdate<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly WeightBounds<T> _bounds;
    private readonly bool _clipAfter;

    private FunctionalUpdate(ReadOnlyMemory<T> source, T[] result, WeightBounds<T> bounds, bool clipAfter)
    {
        Source = source;
        Result = result;
        _bounds = bounds;
        _clipAfter = clipAfter;
    }

    public ReadOnlyMemory<T> Source { get; }

    public T[] Result { get; }

    /// <summary>The buffers for the per-synapse values of <paramref name="matrix"/> (stored, or a lazy chain evaluated now).</summary>
    public static FunctionalUpdate<T> Start(FixedNumConn<T> matrix, WeightBounds<T> bounds)
    {
        if (matrix.Values is BufferLeaf<T> { Values: var values })
        {
            var result = GC.AllocateUninitializedArray<T>(values.Length);
            ClipCopy.Run(values.Span, result, bounds);
            return new FunctionalUpdate<T>(values, result, bounds, clipAfter: false);
        }

        var own = matrix.EvaluateToArray();
        return new FunctionalUpdate<T>(own, own, bounds, clipAfter: !bounds.IsOpen);
    }

    /// <summary>The learned values, every slot within the bounds (or NaN).</summary>
    public T[] Finish()
    {
        if (_clipAfter)
        {
            ClipCopy.Run<T>(Result, Result, _bounds);
        }

        return Result;
    }
}
