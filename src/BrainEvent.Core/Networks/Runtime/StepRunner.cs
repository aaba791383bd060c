using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using BrainEvent.Distributed;

namespace BrainEvent.Networks;

/// <summary>
/// Runs steps on <see cref="Threads"/> threads: the caller and workers started for the run. Each thread owns
/// a block of every population (<see cref="ThreadBlocks"/>) and per step delivers into its block, updates
/// its block and records its block, then meets the others at one barrier. A failure on any thread releases
/// the others at the barrier and is rethrown to the caller once every worker has stopped.
/// </summary>
/// <remarks>
/// On a rank of a distributed network thread <c>t</c> runs block <paramref name="firstBlock"/> + <c>t</c>
/// (<see cref="ThreadBlocks"/>), and after the barrier of each step the plan's exchange is due in, thread 0
/// exchanges spikes with the other ranks while the others wait at a second barrier.
/// </remarks>
internal sealed unsafe class StepRunner(int threads, int firstBlock) : IDisposable
{
    private readonly StepBarrier _barrier = new(threads);
    private readonly StepBarrier _exchangeBarrier = new(threads);
    private readonly PhaseTicks[] _ticks = new PhaseTicks[threads];
    private readonly NativeBuffer?[] _scratch = new NativeBuffer?[threads];
    private int _scratchLength;

    // The run in progress.
    private RunPlan? _plan;
    private RunPlan? _prepared;
    private long _firstStep;
    private int _steps;
    private double _dt;
    private bool _flushDenormals;
    private int[] _processors = [];
    private IProgress<NetworkProgress>? _progress;
    private Exception? _failure;
    private int _stepsDone;
    private long _allocated;

    /// <summary>The number of threads.</summary>
    public int Threads => _ticks.Length;

    /// <summary>
    /// Runs <paramref name="steps"/> steps of <paramref name="plan"/> from step <paramref name="firstStep"/> and
    /// returns where the time went; rethrows what a thread threw, once all have stopped (<see cref="StepsDone"/>
    /// then says how far the run got).
    /// </summary>
    public NetworkTimings Run(RunPlan plan, long firstStep, int steps, NetworkOptions options, IProgress<NetworkProgress>? progress)
    {
        EnsureScratch(plan.ScratchLength);
        Prepare(plan, firstStep, options.Dt);
        (_plan, _firstStep, _steps, _dt, _flushDenormals, _progress, _failure, _stepsDone, _allocated) =
            (plan, firstStep, steps, options.Dt, options.FlushDenormals, progress, null, 0, 0);

        _processors = options.PinThreads
            ? PinnedProcessors.For(Threads, options.World?.Size ?? 1, MpiLaunch.LocalRanks, ThreadAffinity.AllowedProcessors())
            : [];

        Array.Clear(_ticks);
        _barrier.Reset();
        _exchangeBarrier.Reset();
        plan.Exchange?.BeginRun(firstStep);
        long start = Stopwatch.GetTimestamp();
        var workers = new Thread[Threads - 1];
        try
        {
            for (int t = 1; t < Threads; t++)
            {
                workers[t - 1] = new Thread(WorkerMain) { IsBackground = true, Name = $"BrainEvent step thread {t}" };
                workers[t - 1].Start(t);
            }
        }
        catch (Exception e)
        {
            Fail(e);
        }

        if (!_barrier.Failed)
        {
            ThreadMain(0);
        }

        foreach (var worker in workers)
        {
            worker?.Join();
        }

        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        _plan = null;
        _progress = null;
        if (_failure is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return Timings(wall);
    }

    /// <summary>
    /// Compiles the step loop and everything it calls, once per plan: a run would otherwise spend its first
    /// step in the JIT (some 15 ms at scale 1, 5% of a 10 s COBA run), which no C program pays in its loop.
    /// </summary>
    private void Prepare(RunPlan plan, long nextStep, double dt)
    {
        if (ReferenceEquals(plan, _prepared))
        {
            return;
        }

        (_plan, _steps, _dt, _progress) = (plan, 0, dt, null);
        int* scratch = _scratch[0] is { } buffer ? (int*)buffer.Pointer : null;
        foreach (var projection in plan.Projections)
        {
            projection.Prepare(scratch);
        }

        foreach (var ring in plan.Rings)
        {
            ring.Prepare();
        }

        foreach (var population in plan.Populations)
        {
            population.Prepare(nextStep, dt);
        }

        // Compiled ahead of time (Native AOT) there is nothing to prepare, and no interface map to ask.
        foreach (var recorder in RuntimeFeature.IsDynamicCodeCompiled ? plan.Recorders : [])
        {
            foreach (var method in recorder.GetType().GetInterfaceMap(typeof(IStepRecorder)).TargetMethods)
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
            }
        }

        Steps(0);                                        // no steps: compiles the loop
        DenormalFlush.Exit(DenormalFlush.Enter());       // loads libm and binds its functions (over 10 ms the first time)
        StepBarrier.Prepare();
        _prepared = plan;
    }

    /// <summary>The number of steps every thread finished in the last run.</summary>
    public int StepsDone => _stepsDone;

    /// <summary>The bytes the threads of the last run allocated inside the step loop (the tests' check that a step allocates nothing).</summary>
    public long AllocatedBytes => Interlocked.Read(ref _allocated);

    public void Dispose()
    {
        foreach (var buffer in _scratch)
        {
            buffer?.Dispose();
        }
    }

    private void WorkerMain(object? thread) => ThreadMain((int)thread!);

    private void ThreadMain(int thread)
    {
        var affinity = _processors.Length > 0 ? ThreadAffinity.Pin(_processors[thread]) : null;
        var floatingPoint = _flushDenormals ? DenormalFlush.Enter() : default;
        try
        {
            Steps(thread);
        }
        catch (Exception e)
        {
            Fail(e);
        }
        finally
        {
            DenormalFlush.Exit(floatingPoint);
            ThreadAffinity.Restore(affinity);
        }
    }

    private void Fail(Exception e)
    {
        Interlocked.CompareExchange(ref _failure, e, null);
        _barrier.Fail();
        _exchangeBarrier.Fail();
    }

    // Optimised from the first step: a run may be over before tiered compilation would have replaced a slow first version.
    // Everything the loop reads is a local: thread 0 writes this object's fields, and a field read on the same cache
    // line would make every other thread miss it once per step.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Steps(int thread)
    {
        var plan = _plan!;
        var projections = plan.Projections;
        var rings = plan.Rings;
        var populations = plan.Populations;
        var recorders = plan.Recorders;
        var exchange = plan.Exchange;
        var barrier = _barrier;
        var exchangeBarrier = _exchangeBarrier;
        int block = firstBlock + thread;
        int exchanges = 0;
        var progress = thread == 0 ? _progress : null;
        long firstStep = _firstStep;
        int steps = _steps;
        double dt = _dt;
        int* scratch = _scratch[thread] is { } buffer ? (int*)buffer.Pointer : null;
        int reportEvery = Math.Max(1, steps / 100);

        // One thread and no exchange: nothing to wait for, so no clock read after the barrier (WaitSeconds is 0).
        bool alone = Threads == 1 && exchange is null;
        bool timeEvery = steps <= TimedSteps.EveryStepUpTo;
        long delivery = 0, update = 0, wait = 0, timed = 0, reporting = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        long loopStart = Stopwatch.GetTimestamp();
        long last = loopStart;      // the clock at the end of the last step if it was read there, else -1
        int done = 0;
        try
        {
            while (done < steps)
            {
                long step = firstStep + done;
                bool timing = timeEvery || TimedSteps.IsTimed(step);
                long begun = !timing ? 0 : last >= 0 ? last : Stopwatch.GetTimestamp();
                foreach (var projection in projections)
                {
                    projection.Deliver(step, block, scratch);
                }

                foreach (var ring in rings)
                {
                    ring.Drain(step, block);
                }

                long delivered = timing ? Stopwatch.GetTimestamp() : 0;
                foreach (var population in populations)
                {
                    population.Step(step, block, dt);
                }

                foreach (var recorder in recorders)
                {
                    recorder.Record(step, block);
                }

                long updated = timing ? Stopwatch.GetTimestamp() : 0;
                bool running = barrier.ArriveAndWait(thread, done + 1);
                if (running && exchange is not null && exchange.IsDue(step, lastOfRun: done + 1 == steps))
                {
                    if (thread == 0)
                    {
                        Exchange(exchange, step);
                    }

                    running = exchangeBarrier.ArriveAndWait(thread, ++exchanges);
                }

                last = -1;
                if (timing)
                {
                    long met = alone ? updated : Stopwatch.GetTimestamp();
                    delivery += delivered - begun;
                    update += updated - delivered;
                    wait += met - updated;
                    timed += met - begun;
                    last = met;
                }

                if (!running)
                {
                    break;
                }

                done++;
                if (progress is not null && (done % reportEvery == 0 || done == steps))
                {
                    // The caller's handler is not part of any phase.
                    long reported = Stopwatch.GetTimestamp();
                    progress.Report(new NetworkProgress(done, steps, step + 1, (step + 1) * dt));
                    last = Stopwatch.GetTimestamp();
                    reporting += last - reported;
                }
            }
        }
        finally
        {
            Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
            _ticks[thread] = PhaseTicks.Scaled(delivery, update, wait, timed, Stopwatch.GetTimestamp() - loopStart - reporting);
            if (thread == 0)
            {
                _stepsDone = done;
            }
        }
    }

    // A failed exchange fails the run like a failed step: every thread is released and the caller gets the exception.
    private void Exchange(SpikeExchange exchange, long step)
    {
        try
        {
            exchange.Exchange(step);
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    private NetworkTimings Timings(double wall)
    {
        double delivery = 0, update = 0, wait = 0;
        foreach (var ticks in _ticks)
        {
            delivery += ticks.Delivery;
            update += ticks.Update;
            wait += ticks.Wait;
        }

        double perThread = 1.0 / (Stopwatch.Frequency * (double)Threads);
        return new NetworkTimings(_stepsDone, wall, delivery * perThread, update * perThread, wait * perThread);
    }

    private void EnsureScratch(int length)
    {
        if (length <= _scratchLength)
        {
            return;
        }

        for (int t = 0; t < Threads; t++)
        {
            _scratch[t]?.Dispose();
            _scratch[t] = NativeBuffer.Allocate<int>(length);
        }

        _scratchLength = length;
    }

    /// <summary>One thread's phase times in stopwatch ticks, on a cache line of its own.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 64)]
    private struct PhaseTicks
    {
        public double Delivery;
        public double Update;
        public double Wait;

        /// <summary>
        /// The phase sums of the timed steps (<see cref="TimedSteps"/>), which took <paramref name="timed"/> ticks,
        /// scaled to the thread's whole loop of <paramref name="loop"/> ticks.
        /// </summary>
        public static PhaseTicks Scaled(long delivery, long update, long wait, long timed, long loop)
        {
            double scale = timed > 0 ? (double)loop / timed : 0;
            return new PhaseTicks { Delivery = delivery * scale, Update = update * scale, Wait = wait * scale };
        }
    }
}
