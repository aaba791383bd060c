using System.Diagnostics;

namespace BrainEvent.Jit;

/// <summary>
/// Compiled kernels by key: thread-safe, bounded with least-recently-used eviction, counted. Each key is
/// compiled once (concurrent callers wait for the same compilation), outside the lock.
/// </summary>
internal sealed class KernelCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<KernelKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private int _capacity = 512;
    private long _compilations;
    private long _hits;
    private long _misses;
    private long _evictions;
    private long _compileTicks;

    public static KernelCache Shared { get; } = new();

    public int Capacity
    {
        get => _capacity;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            lock (_gate)
            {
                _capacity = value;
                EvictOverCapacity();
            }
        }
    }

    public FusedKernel GetOrCompile<TState>(KernelKey key, TState state, Func<KernelKey, TState, FusedKernel> compile)
    {
        Lazy<FusedKernel> kernel;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _hits++;
                _recency.Remove(node);
                _recency.AddFirst(node);
                kernel = node.Value.Kernel;
            }
            else
            {
                _misses++;
                kernel = AddCompilation(key, state, compile);
            }
        }

        return kernel.Value;
    }

    public JitStatistics Statistics()
    {
        lock (_gate)
        {
            return new JitStatistics(_compilations, _hits, _misses, _evictions, TimeSpan.FromTicks(_compileTicks), _entries.Count);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    /// <summary>
    /// A separate method so the closure below is allocated only on a miss: C# allocates a lambda's captured
    /// parameters when the method starts, whichever branch runs.
    /// </summary>
    private Lazy<FusedKernel> AddCompilation<TState>(KernelKey key, TState state, Func<KernelKey, TState, FusedKernel> compile)
    {
        var kernel = new Lazy<FusedKernel>(() => Timed(() => compile(key, state)), LazyThreadSafetyMode.ExecutionAndPublication);
        _entries.Add(key, _recency.AddFirst(new Entry(key, kernel)));
        EvictOverCapacity();
        return kernel;
    }

    private FusedKernel Timed(Func<FusedKernel> compile)
    {
        long start = Stopwatch.GetTimestamp();
        var kernel = compile();
        Interlocked.Add(ref _compileTicks, Stopwatch.GetElapsedTime(start).Ticks);
        Interlocked.Increment(ref _compilations);
        return kernel;
    }

    private void EvictOverCapacity()
    {
        while (_entries.Count > _capacity)
        {
            var oldest = _recency.Last!;
            _recency.RemoveLast();
            _entries.Remove(oldest.Value.Key);
            _evictions++;
        }
    }

    private sealed record Entry(KernelKey Key, Lazy<FusedKernel> Kernel);
}
