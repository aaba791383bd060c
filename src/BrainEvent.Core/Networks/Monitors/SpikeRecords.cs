using System.Runtime.InteropServices;

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
    private Position _at;

    /// <summary>The number of records.</summary>
    public long Count => ((long)_at.Chunk * ChunkRecords) + _at.Used;

    /// <summary>Forgets the records and makes sure the first chunk exists (before a run, so that a run's first record does not allocate).</summary>
    public void Clear()
    {
        if (_chunks.Count == 0)
        {
            _chunks.Add(new int[2 * ChunkRecords]);
        }

        _at.Chunk = 0;
        _at.Used = 0;
    }

    /// <summary>Appends a record.</summary>
    public void Add(int step, int neuron)
    {
        if (_at.Used == ChunkRecords)
        {
            _at.Chunk++;
            _at.Used = 0;
            if (_at.Chunk == _chunks.Count)
            {
                _chunks.Add(new int[2 * ChunkRecords]);
            }
        }

        var chunk = _chunks[_at.Chunk];
        chunk[2 * _at.Used] = step;
        chunk[(2 * _at.Used) + 1] = neuron;
        _at.Used++;
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

    /// <summary>
    /// Where the next record goes, 128 bytes (two cache lines) from anything else: the threads' records are
    /// objects allocated one after another, and each thread moves its position in most steps; sharing a line, the
    /// two positions would move it between the cores every step.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 264)]
    private struct Position
    {
        [FieldOffset(128)]
        public int Chunk;

        [FieldOffset(132)]
        public int Used;
    }
}
