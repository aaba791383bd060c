using System.Numerics;
using System.Runtime.CompilerServices;
using BrainEvent.Networks;

namespace BrainEvent.Generated;

public static partial class NeuronKernels
{
    /// <summary>
    /// Steps the words of <paramref name="args"/> one neuron at a time through the model's own methods: a copy of
    /// <paramref name="shared"/> with the neuron's state, <c>Update(dt)</c>, the <c>[UnlessRefractory]</c> fields
    /// kept while refractory, else <c>Threshold()</c> (real neurons only) and <c>Reset()</c> on a spike, the state
    /// written back; then the word of spikes, the countdowns and, when the caller takes one, the list of spikes.
    /// </summary>
    /// <exception cref="ArgumentException">The word range, spike words, countdowns, spike list or count do not fit the state.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdatePerNeuron<TModel, T>(in TModel shared, in NeuronStepArgs args)
        where TModel : struct, INeuronModel<TModel>, IPerNeuronModel<TModel, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Check(args);
        var state = args.State;
        var countdown = args.Refractory;
        var dt = T.CreateTruncating(args.Dt);
        var spiked = new SpikedNeurons(args);
        for (int word = args.FromWord; word < args.ToWord; word++)
        {
            ulong spikes = 0;
            for (int lane = 0; lane < 64; lane++)
            {
                int i = (word * 64) + lane;
                var neuron = shared;
                TModel.ReadState(ref neuron, state, i);
                var before = neuron;
                neuron.Update(dt);
                if (countdown[i] > 0)
                {
                    neuron.KeepUnlessRefractory(before);
                    countdown[i]--;
                }
                else if (i < args.Count && neuron.Threshold())
                {
                    neuron.Reset();
                    spikes |= 1UL << lane;
                }

                TModel.WriteState(neuron, state, i);
            }

            spiked.Add(countdown, word * 64, spikes, args.RefractorySteps);
            args.SpikeWords[word] = spikes;
        }

        spiked.Report(args);
    }
}
