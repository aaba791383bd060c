namespace BrainEvent.Networks;

/// <summary>
/// One thread's (step, neuron) records of a run, in chunks: a chunk is added only when the last one fills,
/// and chunks stay for the next run, so a run records without allocating once the buffers have grown to its
/// spike count.
/// </summary>
internal sealed class SpikeRecords
{
    private const int ChunkRecords = 8192;

    private readonly List<int[]> _chunks = [];
    private int _chunk;
    private int _used;

    /// <summary>The number of records.</summary>
    public long Count => ((long)_chunk * ChunkRecords) + _used;

    /// <summary>Forgets the records and makes sure the first chunk exists (before a run, so that a run's first record does not allocate).</summary>
    public void Clear()
    {
        if (_chunks.Count == 0)
        {
            _chunks.Add(new int[2 * ChunkRecords]);
        }

        _chunk = 0;
        _used = 0;
    }

    /// <summary>Appends a record.</summary>
    public void Add(int step, int neuron)
    {
        if (_used == ChunkRecords)
        {
            _chunk++;
            _used = 0;
            if (_chunk == _chunks.Count)
            {
                _chunks.Add(new int[2 * ChunkRecords]);
            }
        }

        var chunk = _chunks[_chunk];
        chunk[2 * _used] = step;
        chunk[(2 * _used) + 1] = neuron;
        _used++;
    }

    /// <summary>Record <paramref name="index"/>.</summary>
    public (int Step, int Neuron) this[long index]
    {
        get
        {
            var chunk = _chunks[(int)(index / ChunkRecords)];
            int at = (int)(index % ChunkRecords);
            return (chunk[2 * at], chunk[(2 * at) + 1]);
        }
    }
}
