using System.Numerics;

namespace BrainEvent.Networks;

/// <summary>
/// A spiking network: populations of neuron models, projections between them and monitors, stepped by
/// <see cref="Run"/>. Step <c>k</c> advances time from <c>k Dt</c> to <c>(k + 1) Dt</c>: it adds the
/// arrivals due at step <c>k</c> into their target fields (projections in the order they were connected,
/// each in ascending pre-synaptic order; then the per-synapse-delay rings), updates every neuron
/// (populations in the order they were added), then monitors record its end. A spike of step <c>s</c>
/// through a projection with delay <c>d</c> steps arrives at step <c>s + 1 + d</c>.
/// </summary>
/// <remarks>
/// Runs use <see cref="NetworkOptions.Threads"/> threads (the caller and workers started for the run); each
/// owns a block of every population and the results do not depend on their number. State, delivery layouts
/// and rings are unmanaged memory owned by the network: dispose it to free them (spans from
/// <see cref="Population{TModel}.Variable{T}"/> are invalid afterwards). Not thread-safe: build and run it
/// from one thread at a time.
/// <para>With <see cref="NetworkOptions.World"/> of several ranks, every rank builds the same network and runs
/// its own block of each population's neurons, exchanging spikes with the others (see the README's MPI section).</para>
/// </remarks>
public sealed partial class Network : IDisposable
{
    private readonly List<PopulationRuntime> _populations = [];
    private readonly List<ProjectionRuntime> _projections = [];
    private readonly List<Projection> _connected = [];
    private readonly List<DendriticRing> _rings = [];
    private readonly List<IStepRecorder> _recorders = [];
    private readonly StepRunner _runner;
    private RunPlan? _plan;
    private int _busy;
    private bool _faulted;
    private bool _disposed;

    /// <summary>A network with no populations yet.</summary>
    /// <param name="options">Time step, seed and threads; null for the defaults.</param>
    /// <exception cref="ArgumentException">Dt is not positive and finite, or Threads is below 1.</exception>
    public Network(NetworkOptions? options = null)
    {
        options ??= new NetworkOptions();
        if (!(options.Dt > 0) || double.IsInfinity(options.Dt))
        {
            throw new ArgumentException($"options.Dt must be a positive number of ms; got {options.Dt}.", nameof(options));
        }

        if (options.Threads is < 1)
        {
            throw new ArgumentException($"options.Threads must be at least 1 (or null for one per processor); got {options.Threads}.", nameof(options));
        }

        Options = options;
        Threads = options.Threads ?? Environment.ProcessorCount;
        (Ranks, Rank) = options.World is { } world ? (world.Size, world.Rank) : (1, 0);
        _runner = new StepRunner(Threads, Rank * Threads);
    }

    /// <summary>The options the network was built with.</summary>
    public NetworkOptions Options { get; }

    /// <summary>The time step in ms.</summary>
    public double Dt => Options.Dt;

    /// <summary>The number of threads runs use.</summary>
    public int Threads { get; }

    /// <summary>Steps done so far; the next run starts with this step.</summary>
    public long Step { get; private set; }

    /// <summary>The simulated time reached, <c>Step * Dt</c> ms.</summary>
    public double TimeMs => Step * Dt;

    /// <summary>The projections, in the order they were connected (and are delivered in each step).</summary>
    public IReadOnlyList<Projection> Projections => _connected;

    /// <summary>Where the time of the runs so far went.</summary>
    public NetworkTimings Timings { get; private set; }

    /// <summary>What this rank's spike exchanges with the other ranks cost in the runs so far (zero in one process).</summary>
    public ExchangeStats ExchangeStats { get; private set; }

    /// <summary>
    /// Adds <paramref name="count"/> neurons of <typeparamref name="TModel"/>, each starting with
    /// <paramref name="template"/>'s state; the template's shared fields are the population's parameters.
    /// </summary>
    /// <exception cref="ArgumentException">The count is below 1 or too large, or the model's refractory period is negative or too long.</exception>
    public Population<TModel> AddPopulation<TModel>(int count, TModel template)
        where TModel : struct, INeuronModel<TModel>
    {
        ThrowIfBusy();
        var info = TModel.Info;
        if (info.ElementType != typeof(float) && info.ElementType != typeof(double))
        {
            throw new ArgumentException($"{info.Name}'s state must be float or double; its Info says {info.ElementType.Name}.", nameof(TModel));
        }

        long stateBytes = (long)BitSpikes.WordCount(Math.Max(count, 0)) * 64 * info.StateFieldCount * (info.ElementType == typeof(float) ? 4 : 8);
        if (count < 1 || stateBytes > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(count), $"count must be at least 1 and its {info.StateFieldCount} state fields at most {int.MaxValue} bytes; got {count} neurons ({stateBytes} bytes).");
        }

        ushort refractorySteps = RefractorySteps(info);
        var runtime = new PopulationRuntime<TModel>(this, _populations.Count, count, refractorySteps, Threads) { Shared = template };
        var state = runtime.State;
        for (int i = 0; i < state.Stride; i++)
        {
            TModel.WriteState(in template, state, i);
        }

        _populations.Add(runtime);
        _plan = null;
        return new Population<TModel>(runtime);
    }

    /// <summary>
    /// Connects <paramref name="pre"/> to the <paramref name="into"/> field of <paramref name="post"/> through
    /// <paramref name="weights"/> of shape <c>(pre.Count, post.Count)</c>, every synapse delayed by
    /// <paramref name="delay"/> ms: a spike of step <c>s</c> arrives at step <c>s + 1 + delay / Dt</c>. The
    /// weights are read now (a lazy matrix is evaluated once); the matrix's arrays are used in place when its
    /// rows are sorted, else copied in sorted order.
    /// </summary>
    /// <typeparam name="T">The post-synaptic model's element type.</typeparam>
    /// <exception cref="ArgumentException">
    /// A view of another network, weights of the wrong shape or element type, an <paramref name="into"/> that is
    /// not a per-neuron state field, or a delay that is negative, not a whole number of steps or over 65535 steps.
    /// </exception>
    public Projection Connect<T>(PopulationView pre, PopulationView post, FixedNumConn<T> weights, string into, double delay = 0)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int stateIndex = CheckConnection(pre, post, weights, into);
        int delaySteps = NetworkChecks.WholeSteps(delay, Dt, ushort.MaxValue, nameof(delay));
        var layout = Layout(weights, null, post, out _);
        return AddProjection(pre, post, weights, into, stateIndex, layout, delaySteps, ring: null, delaySteps);
    }

    /// <summary>
    /// Connects as <see cref="Connect{T}(PopulationView, PopulationView, FixedNumConn{T}, string, double)"/>
    /// with a delay per synapse: <paramref name="delaySteps"/> holds one delay in steps per stored slot, laid
    /// out like the weights' indices, and a spike of step <c>s</c> reaches slot <c>k</c>'s target at step
    /// <c>s + 1 + delaySteps[k]</c>. The delays are copied.
    /// </summary>
    /// <exception cref="ArgumentException">As for the other overload, or <paramref name="delaySteps"/> does not have one value per stored slot.</exception>
    public Projection Connect<T>(PopulationView pre, PopulationView post, FixedNumConn<T> weights, string into, ReadOnlyMemory<ushort> delaySteps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int stateIndex = CheckConnection(pre, post, weights, into);
        if (delaySteps.Length != weights.Nse)
        {
            throw new ArgumentException(
                $"delaySteps must have one delay per stored slot of weights ({weights.Nse}, laid out like its indices); got {delaySteps.Length}.", nameof(delaySteps));
        }

        var layout = Layout(weights, delaySteps, post, out int maxDelay);
        try
        {
            var ring = RingOf<T>(post.Runtime, stateIndex, maxDelay + 1);
            return AddProjection(pre, post, weights, into, stateIndex, layout, 0, ring, maxDelay);
        }
        catch
        {
            layout.Dispose();
            throw;
        }
    }

    /// <summary>Records every spike of <paramref name="view"/> from the next step on.</summary>
    /// <exception cref="ArgumentException">The view belongs to another network.</exception>
    public SpikeMonitor RecordSpikes(PopulationView view)
    {
        ThrowIfBusy();
        NetworkChecks.OwnView(view, this, nameof(view));
        return AddRecorder(new SpikeMonitor(view, Blocks));
    }

    /// <summary>
    /// Records state field <paramref name="variable"/> of <paramref name="neurons"/> (indices within
    /// <paramref name="view"/>) at the end of every step <c>k</c> with <c>k % every == 0</c>, from the next step on.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The view belongs to another network, the variable is not a per-neuron state field, a neuron is outside
    /// the view, or <paramref name="every"/> is below 1.
    /// </exception>
    public StateMonitor RecordState(PopulationView view, string variable, ReadOnlySpan<int> neurons, int every = 1)
    {
        ThrowIfBusy();
        NetworkChecks.OwnView(view, this, nameof(view));
        int stateIndex = NetworkChecks.StateField(view.Model, variable, nameof(variable));
        foreach (int neuron in neurons)
        {
            if ((uint)neuron >= (uint)view.Count)
            {
                throw new ArgumentException($"neurons must be indices within the view, in [0, {view.Count}); got {neuron}.", nameof(neurons));
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        return AddRecorder(new StateMonitor(view, stateIndex, variable, neurons.ToArray(), every, Dt, Blocks));
    }

    /// <summary>Records the population rate of <paramref name="view"/> in bins of <paramref name="binMs"/> from the next step on.</summary>
    /// <exception cref="ArgumentException">The view belongs to another network or is empty, or the bin is not a positive whole number of steps.</exception>
    public RateMonitor RecordRate(PopulationView view, double binMs)
    {
        ThrowIfBusy();
        NetworkChecks.OwnView(view, this, nameof(view));
        if (view.Count == 0)
        {
            throw new ArgumentException("view must have at least one neuron to have a rate.", nameof(view));
        }

        int binSteps = NetworkChecks.WholeSteps(binMs, Dt, int.MaxValue, nameof(binMs));
        if (binSteps == 0)
        {
            throw new ArgumentException($"binMs must be at least one step ({Dt} ms); got {binMs}.", nameof(binMs));
        }

        return AddRecorder(new RateMonitor(view, binMs, binSteps, Dt, Blocks));
    }

    /// <summary>
    /// Runs <c>round(durationMs / Dt)</c> steps from <see cref="Step"/> (a later run continues where this one
    /// stopped), reporting to <paramref name="progress"/> on the calling thread about a hundred times.
    /// Allocates nothing per step (monitors grow their buffers between runs and, while recording many spikes,
    /// a chunk at a time). If a model's update or the progress callback throws, the run stops, the exception
    /// is rethrown here, and the network is left faulted: its state is that of an unfinished step.
    /// </summary>
    /// <exception cref="ArgumentException">The duration is negative or not finite, or the run would pass step <see cref="int.MaxValue"/>.</exception>
    /// <exception cref="InvalidOperationException">Called during a run, or on a faulted network.</exception>
    public void Run(double durationMs, IProgress<NetworkProgress>? progress = null)
    {
        ThrowIfBusy();
        if (_faulted)
        {
            throw new InvalidOperationException("A step of an earlier run failed, so the state is that of an unfinished step; build a new network.");
        }

        double steps = Math.Round(durationMs / Dt);
        if (!(durationMs >= 0) || double.IsInfinity(durationMs) || Step + steps > int.MaxValue)
        {
            throw new ArgumentException(
                $"durationMs must be a finite, non-negative time that keeps the step count at most {int.MaxValue}; got {durationMs} ms at step {Step}.", nameof(durationMs));
        }

        if (steps == 0)
        {
            return;
        }

        _busy = 1;
        try
        {
            RunSteps((int)steps, progress);
        }
        finally
        {
            _busy = 0;
        }
    }

    /// <summary>Frees the network's memory.</summary>
    /// <exception cref="InvalidOperationException">Called during a run.</exception>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        if (_busy != 0)
        {
            throw new InvalidOperationException("The network cannot be disposed during a run.");
        }

        _disposed = true;
        _projections.ForEach(p => p.Dispose());
        _rings.ForEach(r => r.Dispose());
        _populations.ForEach(p => p.Dispose());
        _runner.Dispose();
    }

    /// <summary>The number of ranks the network is distributed over: 1 in one process.</summary>
    internal int Ranks { get; }

    /// <summary>This process's rank.</summary>
    internal int Rank { get; }

    /// <summary>The thread blocks of every population, over all ranks (<see cref="ThreadBlocks"/>).</summary>
    internal int Blocks => Ranks * Threads;

    /// <summary>
    /// The bytes the last run's threads allocated inside the step loop, progress callbacks included: 0 unless a
    /// callback or a model allocates (monitors size their buffers before the loop).
    /// </summary>
    public long AllocatedInLastRun => _runner.AllocatedBytes;

    /// <summary>Throws if the network was disposed.</summary>
    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Throws if the network was disposed or is running.</summary>
    internal void ThrowIfBusy()
    {
        ThrowIfDisposed();
        if (_busy != 0)
        {
            throw new InvalidOperationException("The network cannot change during a run.");
        }
    }

    private void RunSteps(int steps, IProgress<NetworkProgress>? progress)
    {
        _plan ??= new RunPlan([.. _projections], [.. _rings], [.. _populations], [.. _recorders])
        {
            Exchange = SpikeExchange.For(Options.World, _populations, _connected),
        };
        foreach (var recorder in _plan.Recorders)
        {
            recorder.BeginRun(Step, steps);
        }

        NetworkTimings timings;
        try
        {
            timings = _runner.Run(_plan, Step, steps, Options, progress);
        }
        catch
        {
            _faulted = true;
            throw;
        }
        finally
        {
            foreach (var recorder in _plan.Recorders)
            {
                recorder.EndRun(Step, _runner.StepsDone);
            }

            Step += _runner.StepsDone;
            if (_plan.Exchange is { } exchange)
            {
                var (before, run) = (ExchangeStats, exchange.StatsOfRun);
                ExchangeStats = new ExchangeStats(
                    before.Exchanges + run.Exchanges, before.Seconds + run.Seconds, before.BytesSent + run.BytesSent, before.BytesReceived + run.BytesReceived);
            }
        }

        var total = Timings;
        Timings = new NetworkTimings(
            total.Steps + timings.Steps, total.WallSeconds + timings.WallSeconds, total.DeliverySeconds + timings.DeliverySeconds,
            total.UpdateSeconds + timings.UpdateSeconds, total.WaitSeconds + timings.WaitSeconds);
    }

    private int CheckConnection<T>(PopulationView pre, PopulationView post, FixedNumConn<T> weights, string into)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ThrowIfBusy();
        NetworkChecks.OwnView(pre, this, nameof(pre));
        NetworkChecks.OwnView(post, this, nameof(post));
        ArgumentNullException.ThrowIfNull(weights);
        CheckWeightType<T>(post, nameof(weights));
        if (weights.Shape != (pre.Count, post.Count))
        {
            throw new ArgumentException(
                $"weights must have shape (pre.Count, post.Count) = ({pre.Count}, {post.Count}); got ({weights.NumPre}, {weights.NumPost}).", nameof(weights));
        }

        return NetworkChecks.StateField(post.Model, into, nameof(into));
    }

    /// <summary>Throws unless <typeparamref name="T"/>, the type of argument <paramref name="paramName"/>'s values, is the post-synaptic model's element type.</summary>
    private static void CheckWeightType<T>(PopulationView post, string paramName)
    {
        if (typeof(T) != post.Model.ElementType)
        {
            throw new ArgumentException(
                $"{paramName} must hold {post.Model.ElementType.Name} values, the element type of {post.Model.Name} (the post-synaptic model); got {typeof(T).Name}.",
                paramName);
        }
    }

    private Projection AddProjection<T>(
        PopulationView pre, PopulationView post, FixedNumConn<T> weights, string into, int stateIndex, DeliveryLayout<T> layout, int delaySteps,
        DendriticRing<T>? ring, int maxDelaySteps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var runtime = new ProjectionRuntime<T>(pre, post, stateIndex, layout, delaySteps, ring, Step);
        return Register(runtime, new Projection(pre, post, into, weights.Nse, ring is null ? delaySteps : null, maxDelaySteps), delaySteps);
    }

    /// <summary>Adds a projection's runtime to the step, keeping the pre-synaptic spikes for <paramref name="delaySteps"/> (its one delay, or 0).</summary>
    private Projection Register(ProjectionRuntime runtime, Projection projection, int delaySteps)
    {
        projection.Pre.Runtime.History.EnsureSlots(delaySteps + 2, Step);
        _projections.Add(runtime);
        _connected.Add(projection);
        _plan = null;
        return projection;
    }

    /// <summary>The delivery layout of <paramref name="weights"/> into <paramref name="post"/>: on a rank of a distributed network only the slots whose targets it runs, in one process the whole matrix.</summary>
    private DeliveryLayout<T> Layout<T>(FixedNumConn<T> weights, ReadOnlyMemory<ushort>? delaySteps, PopulationView post, out int maxDelay)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Ranks == 1
            ? DeliveryLayoutBuilder.Build(weights, delaySteps, post.Start, post.Runtime.Blocks, out maxDelay)
            : OwnSlots.Build(weights, delaySteps, post.Start, post.Runtime.Blocks, out maxDelay);

    /// <summary>The delay ring of field <paramref name="stateIndex"/> of <paramref name="population"/>, made at least <paramref name="depth"/> deep.</summary>
    private DendriticRing<T> RingOf<T>(PopulationRuntime population, int stateIndex, int depth)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        foreach (var existing in _rings)
        {
            if (existing is DendriticRing<T> ring && ring.Population == population && ring.StateIndex == stateIndex)
            {
                ring.EnsureDepth(depth, Step);
                return ring;
            }
        }

        var created = new DendriticRing<T>(population, stateIndex, depth);
        _rings.Add(created);
        return created;
    }

    private TMonitor AddRecorder<TMonitor>(TMonitor monitor)
        where TMonitor : IStepRecorder
    {
        _recorders.Add(monitor);
        _plan = null;
        return monitor;
    }

    /// <summary>
    /// The countdown a spike sets: a neuron that spiked in step <c>s</c> is refractory in steps <c>s + 1</c> to
    /// <c>s + round(R / Dt) - 1</c> (Brian2's rule, <c>t - t_spike &lt; R</c> in whole steps).
    /// </summary>
    private ushort RefractorySteps(NeuronModelInfo info)
    {
        double period = info.RefractoryPeriod;
        double steps = Math.Round(period / Dt) - 1;
        if (!(period >= 0) || steps > ushort.MaxValue)
        {
            throw new ArgumentException(
                $"{info.Name}'s RefractoryPeriod must be from 0 to {ushort.MaxValue + 1} steps of {Dt} ms; got {period} ms.", "TModel");
        }

        return (ushort)Math.Max(steps, 0);
    }
}
