using BrainEvent.Cli.Simulation;

namespace BrainEvent.Cli.Tests;

/// <summary>The vectorised update against the documented equations computed one neuron at a time in double.</summary>
public class NeuronUpdateTests
{
    [Theory]
    [InlineData("coba")]
    [InlineData("cuba")]
    public void One_step_matches_the_scalar_equations(string modelName)
    {
        var model = NetworkModel.Find(modelName)!;
        var state = new NeuronState(100, model, seed: 3);
        var random = new Random(5);
        int padded = state.Potential.Length;
        for (int i = 0; i < padded; i++)
        {
            state.Potential[i] = -70f + (25f * random.NextSingle());
            state.Excitatory[i] = 2f * random.NextSingle();
            state.Inhibitory[i] = (model.ConductanceBased ? 1f : -3f) * random.NextSingle();
            state.ExcitatoryInput[i] = random.Next(3) == 0 ? model.ExcitatoryWeight : 0f;
            state.InhibitoryInput[i] = random.Next(3) == 0 ? model.InhibitoryWeight : 0f;
            state.Refractory[i] = random.Next(4) == 0 ? random.Next(1, 50) : 0;
        }

        var before = (V: (float[])state.Potential.Clone(), Ge: (float[])state.Excitatory.Clone(), Gi: (float[])state.Inhibitory.Clone(), Held: (float[])state.Refractory.Clone());
        NeuronUpdate.Run(model, state, new UpdateConstants(model, 0.1f), 0, state.Words);

        double dt = 0.1;
        int spikes = 0;
        for (int i = 0; i < padded; i++)
        {
            double ge = before.Ge[i] + state.ExcitatoryInput[i];
            double gi = before.Gi[i] + state.InhibitoryInput[i];
            double v = before.V[i];
            bool held = before.Held[i] > 0;
            if (!held)
            {
                double vInf, tau;
                if (model.ConductanceBased)
                {
                    double total = 1 + ge + gi;
                    vInf = (model.RestingPotential + model.InputCurrent + (ge * model.ExcitatoryReversal) + (gi * model.InhibitoryReversal)) / total;
                    tau = model.MembraneTau / total;
                }
                else
                {
                    vInf = model.RestingPotential + model.InputCurrent + ge + gi;
                    tau = model.MembraneTau;
                }

                v = vInf + ((v - vInf) * Math.Exp(-dt / tau));
            }

            bool spike = !held && v >= model.Threshold;
            bool fired = (state.Fired[i / 64] & (1UL << (i % 64))) != 0;
            Assert.True(spike == fired, $"neuron {i}: expected spike {spike}, V = {v}");
            spikes += spike ? 1 : 0;
            Assert.Equal(spike ? model.ResetPotential : v, state.Potential[i], 1e-4);
            Assert.Equal(spike ? 50 : Math.Max(before.Held[i] - 1, 0), state.Refractory[i]);
            Assert.Equal(ge * Math.Exp(-dt / model.ExcitatoryTau), state.Excitatory[i], 1e-5);
            Assert.Equal(gi * Math.Exp(-dt / model.InhibitoryTau), state.Inhibitory[i], 1e-5);
        }

        Assert.InRange(spikes, 1, padded - 1);
    }

    [Fact]
    public void Tiny_synaptic_variables_are_flushed_to_zero()
    {
        var state = new NeuronState(64, NetworkModel.Coba, seed: 1);
        state.Excitatory[0] = 1e-31f;
        state.Excitatory[1] = -1e-31f;
        state.Inhibitory[2] = 1e-29f;
        state.Inhibitory[3] = 1e-40f;
        NeuronUpdate.FlushTiny(state);
        Assert.Equal(new[] { 0f, 0f }, state.Excitatory[..2]);
        Assert.Equal(new[] { 1e-29f, 0f }, state.Inhibitory[2..4]);
    }

    [Fact]
    public void The_vector_exponential_is_within_a_few_ulp_of_Math_Exp()
    {
        var x = new float[4096];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = -87f + (87.5f * i / x.Length);
        }

        var result = new float[x.Length];
        for (int i = 0; i < x.Length; i += Lanes256.Count)
        {
            LaneMath.Exp(Lanes256.Load(ref x[0], (nuint)i)).Store(ref result[0], (nuint)i);
        }

        for (int i = 0; i < x.Length; i++)
        {
            double exact = Math.Exp(x[i]);
            Assert.True(Math.Abs(result[i] - exact) <= 3e-7 * exact, $"exp({x[i]}) = {result[i]}, expected {exact}");
        }
    }

    [Theory]
    [InlineData(128, 32)]
    [InlineData(100, 27)]
    [InlineData(70, 200)]
    public void Spike_words_split_into_the_populations(int excitatory, int inhibitory)
    {
        var random = new Random(excitatory);
        int neurons = excitatory + inhibitory;
        var fired = new ulong[BitSpikes.WordCount(neurons)];
        var reference = new bool[neurons];
        for (int i = 0; i < neurons; i++)
        {
            reference[i] = random.Next(3) == 0;
            fired[i / 64] |= reference[i] ? 1UL << (i % 64) : 0;
        }

        var spikes = new PopulationSpikes(excitatory, inhibitory);
        spikes.Split(fired);
        var e = new bool[excitatory];
        var inh = new bool[inhibitory];
        spikes.Excitatory.CopyTo(e);
        spikes.Inhibitory.CopyTo(inh);
        Assert.Equal(reference[..excitatory], e);
        Assert.Equal(reference[excitatory..], inh);
    }
}
