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
    public Range Owned => Math.Min(Count, _runtime.OwnFrom)..(Math.Min(Count, _runtime.OwnFrom) + _runtime.OwnCount);

    /// <summary>The state field <paramref name="name"/> of a float model: one value per <see cref="Owned"/> neuron, to read and set between runs (see <see cref="Variable{T}"/>).</summary>
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
    /// The state field <paramref name="name"/> of the neurons this process holds, <see cref="Owned"/>, to read and
    /// set between runs: element <c>i</c> is neuron <c>Owned.Start + i</c>'s. In one process that is every neuron,
    /// <see cref="PopulationView.Count"/> values from neuron 0; on a rank of a distributed network only its own
    /// block (a rank holds no other neuron's state), so initial values drawn for the whole population in one stream
    /// are drawn for every neuron and kept for the owned ones. The span is the network's memory: valid until the network is disposed.
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

        return new Span<T>(_runtime.Field(stateIndex) + ((long)_runtime.OwnFrom * sizeof(T)), _runtime.OwnCount);
    }

    /// <summary>
    /// Sets state field <paramref name="name"/> of every neuron this process holds to <paramref name="valueOf"/>
    /// of its index in the population. <paramref name="valueOf"/> is called for every neuron, in order from 0, on
    /// every rank, so values drawn from one random stream are those one process sets, whichever rank keeps them.
    /// </summary>
    /// <typeparam name="T">The model's element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <exception cref="ArgumentNullException"><paramref name="valueOf"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Variable{T}"/>.</exception>
    public void SetVariable<T>(string name, Func<int, T> valueOf)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var values = Variable<T>(name);
        int first = Owned.Start.Value;
        for (int neuron = 0; neuron < Count; neuron++)
        {
            T value = valueOf(neuron);
            if ((uint)(neuron - first) < (uint)values.Length)
            {
                values[neuron - first] = value;
            }
        }
    }
}
