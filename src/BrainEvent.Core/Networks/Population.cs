namespace BrainEvent.Networks;

/// <summary>
/// A population of <typeparamref name="TModel"/> neurons in a <see cref="Network"/>, from
/// <see cref="Network.AddPopulation{TModel}"/>: its shared parameters and its per-neuron state.
/// </summary>
/// <typeparam name="TModel">The neuron model.</typeparam>
public sealed class Population<TModel> : PopulationView
    where TModel : struct, INeuronModel<TModel>
{
    private readonly PopulationRuntime<TModel> _runtime;

    internal Population(PopulationRuntime<TModel> runtime)
        : base(runtime, 0, runtime.Count)
    {
        _runtime = runtime;
    }

    /// <summary>
    /// The shared (<see cref="SharedAttribute"/>) values of the population, as a model value; setting it
    /// changes them from the next step on (the value's state fields are ignored).
    /// </summary>
    /// <exception cref="InvalidOperationException">Set during a run.</exception>
    public TModel Parameters
    {
        get => _runtime.Shared;
        set
        {
            _runtime.Owner.ThrowIfBusy();
            _runtime.Shared = value;
        }
    }

    /// <summary>
    /// The neurons this rank runs: all of them in one process; on a rank of a network distributed over
    /// <see cref="NetworkOptions.World"/>, its contiguous block (whole 64-neuron words dealt to the ranks in order).
    /// </summary>
    public Range Owned => _runtime.Blocks.OwnFromNeuron..Math.Min(Count, _runtime.Blocks.OwnToNeuron);

    /// <summary>The state field <paramref name="name"/> of a float model: one value per neuron, to read and set between runs.</summary>
    /// <exception cref="ArgumentException">No state field has that name (or it is shared).</exception>
    /// <exception cref="InvalidOperationException">The model's state is double (use <see cref="Variable{T}"/>).</exception>
    public Span<float> Variable(string name)
    {
        if (Model.ElementType != typeof(float))
        {
            throw new InvalidOperationException($"{Model.Name}'s state is {Model.ElementType.Name}, not float: use Variable<{Model.ElementType.Name}>(name).");
        }

        return Variable<float>(name);
    }

    /// <summary>
    /// The state field <paramref name="name"/>: <see cref="PopulationView.Count"/> values, to read and set
    /// between runs. The span is the network's memory: valid until the network is disposed. On a rank of a
    /// distributed network every rank holds all <see cref="PopulationView.Count"/> values but runs only its
    /// <see cref="Owned"/> neurons: set them all, the same on every rank, as one process would, and read only those.
    /// </summary>
    /// <typeparam name="T">The model's element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <exception cref="ArgumentException">No state field has that name (or it is shared), or <typeparamref name="T"/> is not the model's element type.</exception>
    public unsafe Span<T> Variable<T>(string name)
        where T : unmanaged
    {
        _runtime.Owner.ThrowIfDisposed();
        int stateIndex = NetworkChecks.StateField(Model, name, nameof(name));
        if (typeof(T) != Model.ElementType)
        {
            throw new ArgumentException($"T must be {Model.ElementType.Name}, {Model.Name}'s element type; got {typeof(T).Name}.", nameof(T));
        }

        return new Span<T>(_runtime.Field(stateIndex), Count);
    }
}
