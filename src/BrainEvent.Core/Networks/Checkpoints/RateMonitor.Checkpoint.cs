namespace BrainEvent.Networks;

/// <summary>A rate monitor's part of a checkpoint: its first step (int64, -1 before its first run), the number of bins, the spikes and the rates of each.</summary>
public sealed partial class RateMonitor : ICheckpointed
{
    void ICheckpointed.Save(CheckpointWriter writer, long step)
    {
        writer.Write(_firstStep);
        writer.Write(SpikesPerBin.Length);
        writer.Write<long>(SpikesPerBin);
        writer.Write<double>(RatesHz);
    }

    Action ICheckpointed.Load(CheckpointReader reader, long step)
    {
        long firstStep = reader.ReadInt64();
        if (firstStep < -1 || firstStep > step)
        {
            throw reader.Corrupt($"a rate monitor first recording step {firstStep}, outside [-1, {step}]");
        }

        long recorded = firstStep < 0 ? 0 : step - firstStep;
        long bins = (recorded + _binSteps - 1) / _binSteps;
        int count = reader.ReadCount(bins, "the number of bins");
        if (count != bins)
        {
            throw reader.Corrupt($"{count} bins for {recorded} steps of {_binSteps}-step bins; expected {bins}");
        }

        var spikes = reader.ReadArray<long>(count);
        var rates = reader.ReadArray<double>(count);
        return () => (_firstStep, _stepsRecorded, SpikesPerBin, RatesHz) = (firstStep, recorded, spikes, rates);
    }
}
