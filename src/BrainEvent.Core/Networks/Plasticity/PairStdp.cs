namespace BrainEvent.Networks;

/// <summary>
/// Pair-based STDP with exponential traces (Song, Miller and Abbott 2000; Brian2's standard STDP example),
/// for <c>Network.Connect(..., plasticity: new PairStdp { ... })</c>. Each pre-synaptic neuron has a trace
/// <c>apre</c> and each post-synaptic neuron a trace <c>apost</c>, both decaying with their time constant.
/// A pre-synaptic spike's arrival delivers <c>w</c>, then <c>apre += APlus; w = clip(w + apost, WMin, WMax)</c>;
/// a post-synaptic spike does <c>apost += AMinus; w = clip(w + apre, WMin, WMax)</c>. The defaults are the
/// example's: equal time constants of 20 ms, <c>AMinus = -1.05 APlus</c>, weights in [0, 1].
/// </summary>
public sealed record PairStdp
{
    /// <summary>The time constant of the pre-synaptic trace in ms (positive).</summary>
    public double TauPre { get; init; } = 20;

    /// <summary>The time constant of the post-synaptic trace in ms (positive).</summary>
    public double TauPost { get; init; } = 20;

    /// <summary>What a pre-synaptic spike adds to its trace: the potentiation of a post spike that follows it closely.</summary>
    public float APlus { get; init; } = 0.01f;

    /// <summary>What a post-synaptic spike adds to its trace: the change (negative: depression) of a pre spike that follows it closely.</summary>
    public float AMinus { get; init; } = -0.0105f;

    /// <summary>The lowest weight; <see cref="float.NegativeInfinity"/> for none.</summary>
    public float WMin { get; init; }

    /// <summary>The highest weight; <see cref="float.PositiveInfinity"/> for none.</summary>
    public float WMax { get; init; } = 1;

    /// <summary>The traces' time constants and increments.</summary>
    internal PlasticityTraces Traces => new(TauPre, TauPost, APlus, AMinus);

    /// <summary>Throws unless the time constants are positive and finite, the amplitudes finite and the bounds ordered numbers.</summary>
    internal void Validate(string paramName)
    {
        Traces.Validate(paramName);
        if (float.IsNaN(WMin) || float.IsNaN(WMax) || WMin > WMax)
        {
            throw new ArgumentException(FormattableString.Invariant($"{paramName}.WMin and WMax must be numbers with WMin <= WMax; got {WMin} and {WMax}."), paramName);
        }
    }
}
