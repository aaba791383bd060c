using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks.Models;

/// <summary>A neuron model's scalar methods, as a user writes them (<c>Update</c>, <c>Threshold</c>, <c>Reset</c>).</summary>
internal interface IScalarNeuron<TSelf>
    where TSelf : struct, IScalarNeuron<TSelf>, INeuronModel<TSelf>
{
    void Update(float dt);

    bool Threshold();

    void Reset();
}

/// <summary>
/// <see cref="INeuronModel{TSelf}.Update"/> as its contract states it, one neuron at a time through the model's
/// scalar methods and <c>ReadState</c>/<c>WriteState</c>: how the tests' hand-written models implement it,
/// independent of any vector code. Float models only.
/// </summary>
internal static class ScalarUpdate
{
    public static void Run<TModel>(in TModel shared, in NeuronStepArgs args)
        where TModel : struct, IScalarNeuron<TModel>, INeuronModel<TModel>
    {
        var held = TModel.Info.Fields.Where(f => f.UnlessRefractory).Select(f => f.StateIndex).ToArray();
        var kept = new float[held.Length];
        var state = args.State;
        for (int word = args.FromWord; word < args.ToWord; word++)
        {
            ulong bits = 0;
            for (int bit = 0; bit < 64; bit++)
            {
                int i = (word * 64) + bit;
                var neuron = shared;
                TModel.ReadState(ref neuron, state, i);
                bool refractory = args.Refractory[i] > 0;
                for (int f = 0; f < held.Length; f++)
                {
                    kept[f] = state.Field<float>(held[f])[i];
                }

                neuron.Update((float)args.Dt);
                bool spike = !refractory && i < args.Count && neuron.Threshold();
                if (spike)
                {
                    neuron.Reset();
                }

                TModel.WriteState(in neuron, state, i);
                if (refractory)
                {
                    for (int f = 0; f < held.Length; f++)
                    {
                        state.Field<float>(held[f])[i] = kept[f];
                    }
                }

                args.Refractory[i] = spike ? args.RefractorySteps : (ushort)Math.Max(args.Refractory[i] - 1, 0);
                bits |= spike ? 1UL << bit : 0;
            }

            args.SpikeWords[word] = bits;
        }
    }
}

/// <summary>Builds a model's <see cref="NeuronModelInfo"/>: state fields first (in order), then shared ones.</summary>
internal static class ModelInfo
{
    public static NeuronModelInfo Of(string name, double refractoryPeriod, string[] state, string[] shared, params string[] unlessRefractory) =>
        new(
            name,
            typeof(float),
            refractoryPeriod,
            [
                .. state.Select((field, i) => new NeuronField(field, i, unlessRefractory.Contains(field))),
                .. shared.Select(field => new NeuronField(field, -1, UnlessRefractory: false)),
            ]);
}
