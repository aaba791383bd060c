using System.Numerics;

namespace BrainEvent.Networks;

public sealed partial class Network
{
    /// <summary>
    /// Connects as <see cref="Connect{T}(PopulationView, PopulationView, FixedNumConn{T}, string, double)"/>, with
    /// weights that learn by <paramref name="plasticity"/>. The network learns on a copy of the weights (the
    /// matrix is never changed), read with <see cref="PlasticProjection{T}.Weights"/>; the traces start at 0.
    /// The synaptic code of step <c>k</c>'s spikes runs at the start of step <c>k + 1</c>, with its delivery
    /// (see <see cref="PairStdp"/> and the README's "Plasticity in networks" for the exact order).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// As for the overload without plasticity; or the weights are homogeneous (one shared value cannot learn per
    /// synapse), or <paramref name="plasticity"/> has a non-positive time constant, a non-finite amplitude or
    /// unordered bounds.
    /// </exception>
    public PlasticProjection<T> Connect<T>(PopulationView pre, PopulationView post, FixedNumConn<T> weights, string into, PairStdp plasticity, double delay = 0)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(plasticity);
        plasticity.Validate(nameof(plasticity));
        return Connect(pre, post, weights, into, new PairStdpRule<T>(plasticity), delay);
    }

    /// <summary>
    /// Connects as the <see cref="PairStdp"/> overload does, with weights that learn by the rule
    /// <paramref name="plasticity"/>: its traces, and its <c>OnPre</c> and <c>OnPost</c> in place of
    /// PairStdp's clipped additions, in the same order.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// As for the overload without plasticity; or the weights are homogeneous, or the rule's traces have a
    /// non-positive or infinite time constant or a non-finite increment, or the network is distributed over
    /// several ranks (<see cref="NetworkOptions.World"/>), where plasticity is not supported.
    /// </exception>
    public PlasticProjection<T> Connect<T, TRule>(PopulationView pre, PopulationView post, FixedNumConn<T> weights, string into, TRule plasticity, double delay = 0)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TRule : struct, IPlasticityRule<T>
    {
        int stateIndex = CheckConnection(pre, post, weights, into);
        plasticity.Traces.Validate(nameof(plasticity));
        if (Ranks > 1)
        {
            // Every rank refuses alike, before any collective: a plastic projection's weights and post-synaptic
            // column walks are not split by target owner yet.
            throw new ArgumentException(
                $"plasticity is not supported on a network distributed over {Ranks} ranks; connect without it, or run on one rank.",
                nameof(plasticity));
        }

        if (weights.IsHomogeneous)
        {
            throw new ArgumentException(
                $"weights must have one value per synapse to learn; got a homogeneous matrix (one shared value for all {weights.Nse} synapses). " +
                "Build it with per-synapse values, e.g. WithData.",
                nameof(weights));
        }

        int delaySteps = NetworkChecks.WholeSteps(delay, Dt, ushort.MaxValue, nameof(delay));
        var slotOrder = DeliveryLayoutBuilder.SlotOrder(weights);
        var layout = DeliveryLayoutBuilder.Build(weights, null, post.Start, post.Runtime.Blocks, out _);
        StdpProjectionRuntime<T, TRule> runtime;
        try
        {
            runtime = new StdpProjectionRuntime<T, TRule>(pre, post, stateIndex, layout, weights.Nse, delaySteps, Step, plasticity, Dt);
        }
        catch
        {
            layout.Dispose();
            throw;
        }

        var projection = Register(runtime, new Projection(pre, post, into, weights.Nse, delaySteps, delaySteps), delaySteps);
        _recorders.Add(runtime);
        return new PlasticProjection<T>(this, projection, runtime, slotOrder);
    }
}
