namespace BrainEvent.Cli.Simulation;

/// <summary>
/// Runs <c>body(chunk)</c> for chunks <c>0 .. chunkCount - 1</c> on the calling thread and dedicated helper
/// threads, which claim chunks from one shared counter. The caller never waits for a helper to start: if
/// the helpers are slow to wake (or the other cores are busy) it simply runs more chunks itself, and it
/// waits only for chunks already claimed. Unlike <see cref="Parallel.For(int, int, Action{int})"/> it
/// allocates nothing per call, so the simulation step loop stays allocation-free.
/// </summary>
/// <remarks>
/// A helper that wakes late may claim chunks of the next call; that is safe because a call publishes its
/// chunks only once its inputs are ready, and returns only when every claimed chunk is done.
/// </remarks>
internal sealed class ChunkRunner : IDisposable
{
    private readonly Action<int> _body;
    private readonly int _chunkCount;
    private readonly Thread[] _helpers;
    private readonly SemaphoreSlim _wake = new(0);
    private int _nextChunk;
    private int _pendingChunks;
    private volatile bool _stopping;

    public ChunkRunner(int helpers, int chunkCount, Action<int> body)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(helpers, 1);
        _body = body;
        _chunkCount = chunkCount;
        _nextChunk = chunkCount;
        _helpers = new Thread[helpers];
        for (int i = 0; i < helpers; i++)
        {
            _helpers[i] = new Thread(Serve) { IsBackground = true, Name = $"brainevent neuron update {i + 1}" };
            _helpers[i].Start();
        }
    }

    /// <summary>Runs every chunk and returns when all are done.</summary>
    public void Run()
    {
        Volatile.Write(ref _pendingChunks, _chunkCount);
        Interlocked.Exchange(ref _nextChunk, 0);
        _wake.Release(_helpers.Length);
        RunChunks();
        var spin = default(SpinWait);
        while (Volatile.Read(ref _pendingChunks) > 0)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _wake.Release(_helpers.Length);
        foreach (var helper in _helpers)
        {
            helper.Join();
        }

        _wake.Dispose();
    }

    private void Serve()
    {
        while (true)
        {
            _wake.Wait();
            if (_stopping)
            {
                return;
            }

            RunChunks();
        }
    }

    private void RunChunks()
    {
        int chunk;
        while ((chunk = Interlocked.Increment(ref _nextChunk) - 1) < _chunkCount)
        {
            _body(chunk);
            Interlocked.Decrement(ref _pendingChunks);
        }
    }
}
