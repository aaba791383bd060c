using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace BrainEvent.Networks;

/// <summary>
/// The end-of-step barrier: each thread publishes the number of steps it has finished on a cache line of its
/// own and spins until every other thread's count has caught up. For two threads that is one line moving
/// each way per step, far cheaper than a general barrier, and no kernel wait: after a while spinning it
/// yields the processor (another thread of the run, or of another process, may need it) and keeps checking.
/// A failed run makes every waiting thread return false instead of waiting for a thread that stopped.
/// </summary>
internal sealed class StepBarrier(int threads)
{
    private const int SpinsBeforeYield = 1 << 12;

    private readonly Flag[] _done = new Flag[threads];
    private volatile bool _failed;

    /// <summary>Whether <see cref="Fail"/> was called since the last <see cref="Reset"/>.</summary>
    public bool Failed => _failed;

    /// <summary>
    /// Yields once, before a run: the first yield compiles the method and binds its P/Invoke, which allocates, and a
    /// run must not (its first long spin would otherwise do it inside the step loop).
    /// </summary>
    public static void Prepare() => Yield();

    /// <summary>Starts a run: every count back to 0.</summary>
    public void Reset()
    {
        Array.Clear(_done);
        _failed = false;
    }

    /// <summary>Releases every waiting thread for good (until <see cref="Reset"/>): a thread of the run failed.</summary>
    public void Fail() => _failed = true;

    /// <summary>Publishes that <paramref name="thread"/> has finished <paramref name="steps"/> steps and waits for the others; false if the run failed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ArriveAndWait(int thread, long steps)
    {
        Volatile.Write(ref _done[thread].Steps, steps);
        for (int other = 0; other < _done.Length; other++)
        {
            int spins = 0;
            while (Volatile.Read(ref _done[other].Steps) < steps)
            {
                if (_failed)
                {
                    return false;
                }

                if (++spins < SpinsBeforeYield)
                {
                    Pause();
                }
                else
                {
                    spins = 0;
                    Yield();
                }
            }
        }

        return !_failed;
    }

    /// <summary>Gives the core away after a long spin.</summary>
    // Not inlined: Thread.Yield is a P/Invoke, and inlined it made every call of ArriveAndWait set up a P/Invoke frame
    // (a thread-local lookup, 1-2% of a step at scale 1) whether it yielded or not.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Yield() => Thread.Yield();

    private static void Pause()
    {
        if (X86Base.IsSupported)
        {
            X86Base.Pause();
        }
        else
        {
            Thread.SpinWait(1);
        }
    }

    /// <summary>A step count alone on two cache lines (the adjacent-line prefetcher pairs lines).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct Flag
    {
        [FieldOffset(64)]
        public long Steps;
    }
}
