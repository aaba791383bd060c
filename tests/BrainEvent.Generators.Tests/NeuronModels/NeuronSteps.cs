using System.Numerics;
using BrainEvent.Generated;
using BrainEvent.Networks;

namespace BrainEvent.Generators.Tests.NeuronModels;

/// <summary>
/// One step of a population three ways: the generated kernel at a given width, the generated <c>Update</c> (the
/// width the machine picks, or the per-neuron fallback), and the reference, which calls the user's methods one
/// neuron at a time and moves state with reflection (none of the generated code).
/// </summary>
public static class NeuronSteps
{
    public static void Lanes<TModel, T, TLanes>(object shared, NeuronBuffers buffers)
        where TModel : struct, ILaneNeuronModel<TModel, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TLanes : struct, ILanes<TLanes, T> =>
        TModel.UpdateLanes<TLanes>((TModel)shared, buffers.Args());

    public static void Update<TModel>(object shared, NeuronBuffers buffers)
        where TModel : struct, INeuronModel<TModel> =>
        TModel.Update((TModel)shared, buffers.Args());

    public static void UpdateWords<TModel>(object shared, NeuronBuffers buffers, int fromWord, int toWord)
        where TModel : struct, INeuronModel<TModel> =>
        TModel.Update((TModel)shared, buffers.Args(fromWord, toWord));

    public static void UpdateWithSpikeRoom<TModel>(object shared, NeuronBuffers buffers, int spikeRoom)
        where TModel : struct, INeuronModel<TModel> =>
        TModel.Update((TModel)shared, buffers.Args(0, buffers.Stride / 64, spikeRoom));

    /// <summary>Writes <paramref name="neuron"/>'s state into neuron <paramref name="index"/> with the generated <c>WriteState</c>, and reads it back into a default model.</summary>
    public static object StateRoundTrip<TModel>(object neuron, NeuronBuffers buffers, int index)
        where TModel : struct, INeuronModel<TModel>
    {
        var args = buffers.Args();
        TModel.WriteState((TModel)neuron, args.State, index);
        var copy = default(TModel);
        TModel.ReadState(ref copy, args.State, index);
        return copy;
    }

    /// <summary>
    /// The step as the contract describes it: refractory when the countdown is above 0; <c>Update</c>; while
    /// refractory the <c>[UnlessRefractory]</c> fields keep their value; otherwise a real neuron whose
    /// <c>Threshold()</c> holds spikes and runs <c>Reset()</c>; the countdown restarts on a spike or counts down.
    /// </summary>
    /// <returns>For each real neuron that could spike, its margin to the threshold decision after <c>Update</c>.</returns>
    public static Dictionary<int, double> Reference<TModel, T>(object shared, ModelReflection model, NeuronBuffers buffers)
        where TModel : struct, IReferenceNeuron<T>
        where T : IFloatingPointIeee754<T>
    {
        var margins = new Dictionary<int, double>();
        var dt = T.CreateTruncating(buffers.Dt);
        var fields = model.StateFields;
        for (int i = 0; i < buffers.Stride; i++)
        {
            var before = Enumerable.Range(0, fields.Count).Select(k => buffers.Get(k, i)).ToArray();
            object box = (TModel)shared;
            for (int k = 0; k < fields.Count; k++)
            {
                fields[k].SetValue(box, T.CreateTruncating(before[k]));
            }

            var neuron = (TModel)box;
            neuron.Update(dt);
            bool refractory = buffers.Countdown[i] > 0;
            bool spiked = false;
            if (!refractory && i < buffers.Count)
            {
                margins[i] = neuron.Margin();
                spiked = neuron.Threshold();
                if (spiked)
                {
                    neuron.Reset();
                }
            }

            box = neuron;
            for (int k = 0; k < fields.Count; k++)
            {
                bool kept = refractory && model.UnlessRefractory[k];
                buffers.Set(k, i, kept ? before[k] : double.CreateTruncating((T)fields[k].GetValue(box)!));
            }

            buffers.Countdown[i] = spiked ? buffers.RefractorySteps : (ushort)Math.Max(buffers.Countdown[i] - 1, 0);
            ulong bit = 1UL << (i % 64);
            buffers.Spikes[i / 64] = spiked ? buffers.Spikes[i / 64] | bit : buffers.Spikes[i / 64] & ~bit;
        }

        return margins;
    }
}
