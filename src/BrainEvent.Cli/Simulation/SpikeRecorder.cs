namespace BrainEvent.Cli.Simulation;

/// <summary>
/// What the run keeps of its spikes, in buffers sized up front so recording never allocates: the spike
/// count of each population at every step, and for the raster plot the spikes of a sample (the first
/// neurons of each population; the connectivity is random, so any neurons are a fair sample) during the
/// last <see cref="RasterWindowSteps"/> steps. A neuron spikes at most once per refractory period plus
/// one step, which bounds the raster buffer.
/// </summary>
internal sealed class SpikeRecorder
{
    private readonly int[] _rasterStep;
    private readonly int[] _rasterNeuron;

    public SpikeRecorder(int steps, int rasterWindowSteps, int sampleExcitatory, int sampleInhibitory, int refractorySteps)
    {
        ExcitatoryCounts = new int[steps];
        InhibitoryCounts = new int[steps];
        RasterWindowSteps = Math.Min(rasterWindowSteps, steps);
        FirstRasterStep = steps - RasterWindowSteps;
        SampleExcitatory = sampleExcitatory;
        SampleInhibitory = sampleInhibitory;
        long capacity = (long)(sampleExcitatory + sampleInhibitory) * ((RasterWindowSteps / (refractorySteps + 1)) + 1);
        _rasterStep = new int[capacity];
        _rasterNeuron = new int[capacity];
    }

    public int[] ExcitatoryCounts { get; }

    public int[] InhibitoryCounts { get; }

    public int RasterWindowSteps { get; }

    public int FirstRasterStep { get; }

    public int SampleExcitatory { get; }

    public int SampleInhibitory { get; }

    public int RasterCount { get; private set; }

    /// <summary>The raster: step and sample row (excitatory sample first, then inhibitory) of each recorded spike.</summary>
    public (ReadOnlyMemory<int> Steps, ReadOnlyMemory<int> Rows) Raster => (_rasterStep.AsMemory(0, RasterCount), _rasterNeuron.AsMemory(0, RasterCount));

    public void Record(int step, PopulationSpikes spikes)
    {
        ExcitatoryCounts[step] = spikes.Excitatory.CountActive();
        InhibitoryCounts[step] = spikes.Inhibitory.CountActive();
        if (step >= FirstRasterStep)
        {
            RecordSample(step, spikes.Excitatory.Words, SampleExcitatory, rowOffset: 0);
            RecordSample(step, spikes.Inhibitory.Words, SampleInhibitory, rowOffset: SampleExcitatory);
        }
    }

    private void RecordSample(int step, ReadOnlySpan<ulong> words, int sample, int rowOffset)
    {
        for (int word = 0; word * 64 < sample; word++)
        {
            ulong bits = words[word];
            while (bits != 0)
            {
                int neuron = (word * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (neuron < sample)
                {
                    _rasterStep[RasterCount] = step;
                    _rasterNeuron[RasterCount] = rowOffset + neuron;
                    RasterCount++;
                }
            }
        }
    }
}
