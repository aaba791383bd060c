using BrainEvent.Models;
using BrainEvent.Networks;

namespace BrainEvent.Tests.Models;

/// <summary>
/// The models of <c>BrainEvent.Models</c>, generated from their scalar C#, against their equations run in plain
/// loops (<see cref="ScalarReference"/>): 130 neurons (two words, the second mostly padding) from spread-out
/// initial states, 400 steps of 0.1 ms, every state field after every step and every spike. Where the update has
/// no per-neuron exp (Izhikevich, CUBA, whose exp is of shared values and computed once) the results are bitwise
/// the same; COBA and AdEx call exp per neuron, whose vector polynomial is within 2 ulp of <c>MathF.Exp</c>,
/// so their spikes agree exactly and their states to a relative 1e-5 for COBA (a contracting update) and 1e-4 for
/// AdEx (its exponential upswing amplifies the ulps: 1e-5 is exceeded 10 steps in).
/// </summary>
public sealed class ShippedModelTests
{
    private const int Neurons = 130;
    private const int Steps = 400;
    private const float Dt = 0.1f;

    [Fact]
    public void CobaLif_follows_its_equations_with_five_ms_refractoriness()
    {
        var p = CobaLif.Benchmark;
        var reference = new ScalarReference(
            (x, dt) =>
            {
                float total = 1 + x[1] + x[2];
                float vInf = MathF.FusedMultiplyAdd(x[2], p.EI, MathF.FusedMultiplyAdd(x[1], p.EE, p.VRest + p.I)) / total;
                x[0] = MathF.FusedMultiplyAdd(x[0] - vInf, MathF.Exp(total * (-dt / p.TauM)), vInf);
                x[1] *= MathF.Exp(-dt / p.TauE);
                x[2] *= MathF.Exp(-dt / p.TauI);
            },
            x => x[0] >= p.VTh,
            x => x[0] = p.VReset);
        float[][] initial = [Spread(-60, -50), Spread(0, 0.5f), Spread(0, 3)];
        var (spikes, states) = Check(p, reference, initial, refractorySteps: 50, heldFields: [0], relative: 1e-5f);
        Assert.Contains(spikes, s => s.Neuron == 0);
        AssertHeldAfterSpikes(spikes, states, field: 0, value: p.VReset, heldSteps: 49);
    }

    [Fact]
    public void CubaLif_follows_its_equations_bitwise_with_five_ms_refractoriness()
    {
        var p = CubaLif.Benchmark;
        var reference = new ScalarReference(
            (x, dt) =>
            {
                float vInf = p.VRest + p.I + x[1] + x[2];
                x[0] = MathF.FusedMultiplyAdd(x[0] - vInf, MathF.Exp(-dt / p.TauM), vInf);
                x[1] *= MathF.Exp(-dt / p.TauE);
                x[2] *= MathF.Exp(-dt / p.TauI);
            },
            x => x[0] >= p.VTh,
            x => x[0] = p.VReset);
        float[][] initial = [Spread(-60, -50), Spread(0, 4), Spread(-9, 0)];
        var (spikes, states) = Check(p, reference, initial, refractorySteps: 50, heldFields: [0], relative: 0);
        AssertHeldAfterSpikes(spikes, states, field: 0, value: p.VReset, heldSteps: 49);
    }

    [Fact]
    public void Izhikevich_follows_its_equations_bitwise()
    {
        var p = Izhikevich.RegularSpiking with { I = 10 };
        var reference = new ScalarReference(
            (x, dt) =>
            {
                float dv = (0.04f * x[0] * x[0]) + (5 * x[0]) + 140 - x[1] + p.I;
                float du = p.A * ((p.B * x[0]) - x[1]);
                x[0] = MathF.Min(x[0] + (dt * dv), p.VPeak);
                x[1] += dt * du;
            },
            x => x[0] >= p.VPeak,
            x =>
            {
                x[0] = p.C;
                x[1] += p.D;
            });
        float[][] initial = [Spread(-70, 0), Spread(-16, -10)];
        var (spikes, _) = Check(p, reference, initial, refractorySteps: 0, heldFields: [], relative: 0);
        Assert.True(spikes.Count > Neurons, $"{spikes.Count} spikes");
    }

    [Fact]
    public void AdEx_follows_its_equations()
    {
        var p = AdEx.BretteGerstner with { I = 1000 };
        var reference = new ScalarReference(
            (x, dt) =>
            {
                float dv = ((-p.GL * (x[0] - p.EL)) + (p.GL * p.DeltaT * MathF.Exp((x[0] - p.VT) / p.DeltaT)) - x[1] + p.I) / p.C;
                float dw = ((p.A * (x[0] - p.EL)) - x[1]) / p.TauW;
                x[0] = MathF.Min(x[0] + (dt * dv), p.VPeak);
                x[1] += dt * dw;
            },
            x => x[0] >= p.VPeak,
            x =>
            {
                x[0] = p.VReset;
                x[1] += p.B;
            });
        float[][] initial = [Spread(-72, -45), Spread(0, 200)];
        var (spikes, _) = Check(p, reference, initial, refractorySteps: 0, heldFields: [], relative: 1e-4f);
        Assert.True(spikes.Count > Neurons, $"{spikes.Count} spikes");
    }

    /// <summary>
    /// Runs the generated model and the reference from <paramref name="initial"/> and compares every spike and
    /// every field after every step (absolute difference within <paramref name="relative"/> of the value's size
    /// plus one; 0 is bitwise).
    /// </summary>
    private static (List<(int Step, int Neuron)> Spikes, float[,,] States) Check<TModel>(
        TModel template, ScalarReference reference, float[][] initial, int refractorySteps, int[] heldFields, float relative)
        where TModel : struct, INeuronModel<TModel>
    {
        var fields = TModel.Info.Fields.Where(f => f.StateIndex >= 0).OrderBy(f => f.StateIndex).Select(f => f.Name).ToArray();
        Assert.Equal(initial.Length, fields.Length);
        Assert.Equal(refractorySteps, (int)Math.Round(TModel.Info.RefractoryPeriod / Dt));
        Assert.Equal(heldFields, TModel.Info.Fields.Where(f => f.UnlessRefractory).Select(f => f.StateIndex));

        using var net = new Network(new NetworkOptions { Dt = Dt, Threads = 2 });
        var population = net.AddPopulation(Neurons, template);
        for (int f = 0; f < fields.Length; f++)
        {
            initial[f].CopyTo(population.Variable(fields[f]));
        }

        var monitors = fields.Select(name => net.RecordState(population, name, Enumerable.Range(0, Neurons).ToArray())).ToArray();
        var spikes = net.RecordSpikes(population);
        net.Run(Steps * Dt);

        var expected = reference.Run(initial, Steps, Dt, refractorySteps, heldFields);
        Assert.Equal(expected.Spikes, spikes.Steps.Zip(spikes.Neurons, (s, n) => (s, n)));
        for (int k = 0; k < Steps; k++)
        {
            for (int f = 0; f < fields.Length; f++)
            {
                for (int n = 0; n < Neurons; n++)
                {
                    float want = expected.States[k, f, n], got = monitors[f].Values[k, n];
                    Assert.True(
                        relative == 0 ? BitConverter.SingleToInt32Bits(want) == BitConverter.SingleToInt32Bits(got) : MathF.Abs(want - got) <= relative * (1 + MathF.Abs(want)),
                        $"step {k}, {fields[f]} of neuron {n}: {got} instead of {want}");
                }
            }
        }

        return expected;
    }

    /// <summary>Checks that the reference itself holds <paramref name="field"/> at reset through each refractory period.</summary>
    private static void AssertHeldAfterSpikes(List<(int Step, int Neuron)> spikes, float[,,] states, int field, float value, int heldSteps)
    {
        Assert.NotEmpty(spikes);
        foreach (var (step, neuron) in spikes.Where(s => s.Step + heldSteps + 1 < Steps))
        {
            for (int k = step; k <= step + heldSteps; k++)
            {
                Assert.Equal(value, states[k, field, neuron]);
            }

            Assert.NotEqual(value, states[step + heldSteps + 1, field, neuron]);
        }
    }

    /// <summary><see cref="Neurons"/> values evenly from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static float[] Spread(float from, float to) =>
        [.. Enumerable.Range(0, Neurons).Select(i => from + ((to - from) * i / (Neurons - 1)))];
}
