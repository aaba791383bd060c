using System.Numerics;

namespace BrainEvent.Networks;

/// <summary>
/// A projection whose weights learn, made by
/// <see cref="Network.Connect{T}(PopulationView, PopulationView, FixedNumConn{T}, string, PairStdp, double)"/> or
/// <see cref="Network.Connect{T, TRule}(PopulationView, PopulationView, FixedNumConn{T}, string, TRule, double)"/>:
/// the network's copy of the weights and the traces, readable between runs.
/// </summary>
/// <typeparam name="T">The weights' element type.</typeparam>
public sealed class PlasticProjection<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Network _network;
    private readonly IPlasticState<T> _runtime;
    private readonly int[]? _slotOrder;

    internal PlasticProjection(Network network, Projection projection, IPlasticState<T> runtime, int[]? slotOrder)
    {
        _network = network;
        Projection = projection;
        _runtime = runtime;
        _slotOrder = slotOrder;
    }

    /// <summary>The projection (also in <see cref="Network.Projections"/>).</summary>
    public Projection Projection { get; }

    /// <summary>
    /// The current weights, laid out like the connected matrix's <c>Data</c> (slot <c>k</c> is the synapse of
    /// its <c>Indices[k]</c>), so <c>matrix.WithData(projection.Weights())</c> is the learned matrix. After a
    /// run that ended with step <c>k</c> they hold the updates of the spikes of steps up to <c>k - 1</c>: those
    /// of step <c>k</c>, like their delivery, belong to the next step.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called during a run.</exception>
    /// <exception cref="ObjectDisposedException">The network was disposed.</exception>
    public T[] Weights()
    {
        var result = new T[_runtime.Synapses];
        CopyWeightsTo(result);
        return result;
    }

    /// <summary>Writes <see cref="Weights"/> into <paramref name="destination"/>, allocating nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> does not have one element per synapse.</exception>
    /// <exception cref="InvalidOperationException">Called during a run.</exception>
    /// <exception cref="ObjectDisposedException">The network was disposed.</exception>
    public void CopyWeightsTo(Span<T> destination)
    {
        _network.ThrowIfBusy();
        if (destination.Length != _runtime.Synapses)
        {
            throw new ArgumentException($"destination must have one element per synapse ({_runtime.Synapses}); got {destination.Length}.", nameof(destination));
        }

        var weights = _runtime.Weights;
        if (_slotOrder is null)
        {
            weights.CopyTo(destination);
            return;
        }

        for (int p = 0; p < weights.Length; p++)
        {
            destination[_slotOrder[p]] = weights[p];
        }
    }

    /// <summary>The pre-synaptic traces <c>apre</c> after the last step done, one per neuron of <see cref="Projection.Pre"/>.</summary>
    /// <exception cref="InvalidOperationException">Called during a run.</exception>
    /// <exception cref="ObjectDisposedException">The network was disposed.</exception>
    public T[] PreTraces()
    {
        _network.ThrowIfBusy();
        return _runtime.PreTraces(_network.Step).ToArray();
    }

    /// <summary>
    /// The post-synaptic traces <c>apost</c>, one per neuron of <see cref="Projection.Post"/>, as the last step
    /// left them: up to date with the spikes of the step before it (see <see cref="Weights"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">Called during a run.</exception>
    /// <exception cref="ObjectDisposedException">The network was disposed.</exception>
    public T[] PostTraces()
    {
        _network.ThrowIfBusy();
        return _runtime.PostTraces.ToArray();
    }
}
