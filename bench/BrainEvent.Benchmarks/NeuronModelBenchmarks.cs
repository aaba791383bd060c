using BenchmarkDotNet.Attributes;
using BrainEvent.Generated;
using BrainEvent.Networks;

namespace BrainEvent.Benchmarks;

/// <summary>
/// One update of 400,000 COBA LIF neurons (single thread): the <c>Update</c> the source generator wrote for
/// <see cref="BenchCobaLif"/> against the same model written by hand against the library
/// (<see cref="HandWrittenCoba"/>, the loop of the CLI's <c>NeuronUpdate</c>), once with the CLI's folded
/// arithmetic and once with the model's own, which the generated kernel must keep to match the scalar
/// methods (one more division and no fused multiply-adds). The conductances' time
/// constants are 1e30 ms, so their decay factor is exactly 1 and the state stays in a steady regime of
/// spikes and refractory periods over the benchmark's thousands of calls, instead of decaying into
/// subnormal floats (many times slower in both kernels); every operation still runs.
/// </summary>
public class NeuronModelBenchmarks
{
    private const int Neurons = 400_000;

    private readonly BenchCobaLif _shared = new()
    {
        VRest = -60,
        VTh = -50,
        VReset = -60,
        TauM = 20,
        TauE = 1e30f,
        TauI = 1e30f,
        EE = 0,
        EI = -80,
        I = 20,
    };

    private byte[] _state = null!;
    private ushort[] _countdown = null!;
    private ulong[] _spikes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _state = new byte[3 * Neurons * sizeof(float)];
        _countdown = new ushort[Neurons];
        _spikes = new ulong[Neurons / 64];
        var state = new NeuronState(_state, Neurons, sizeof(float));
        for (int i = 0; i < Neurons; i++)
        {
            state.Field<float>(0)[i] = -60 + (10 * random.NextSingle());
            state.Field<float>(1)[i] = 0.05f * random.NextSingle();
            state.Field<float>(2)[i] = 0.3f * random.NextSingle();
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written, as the CLI computes it")]
    public void HandWritten() => HandWrittenCoba.Update<FoldedMembrane>(_shared, Args());

    [Benchmark(Description = "hand-written, the model's own arithmetic")]
    public void HandWrittenAsWritten() => HandWrittenCoba.Update<AsWrittenMembrane>(_shared, Args());

    [Benchmark(Description = "generated Update")]
    public void Generated() => BenchCobaLif.Update(_shared, Args());

    private NeuronStepArgs Args() =>
        new(new NeuronState(_state, Neurons, sizeof(float)), _countdown, RefractorySteps: 49, _spikes, 0, Neurons / 64, Neurons, Dt: 0.1);
}

/// <summary>The COBA benchmark's neuron, as a user writes it (issue 11's example).</summary>
[NeuronModel(RefractoryPeriod = 5.0)]
public partial struct BenchCobaLif
{
    /// <summary>Membrane potential, mV.</summary>
    [UnlessRefractory]
    public float V;

    /// <summary>Excitatory and inhibitory conductances, relative to the leak.</summary>
    public float Ge, Gi;

    /// <summary>Parameters: potentials in mV, time constants in ms, the input current as a potential.</summary>
    [Shared]
    public float VRest, VTh, VReset, TauM, TauE, TauI, EE, EI, I;

    /// <summary>The exact step of the membrane equation with the conductances held over dt, then their decay.</summary>
    public void Update(float dt)
    {
        float vInf = (VRest + I + (Ge * EE) + (Gi * EI)) / (1 + Ge + Gi);
        V = vInf + ((V - vInf) * MathF.Exp(-dt * (1 + Ge + Gi) / TauM));
        Ge *= MathF.Exp(-dt / TauE);
        Gi *= MathF.Exp(-dt / TauI);
    }

    /// <summary>A spike at or above threshold.</summary>
    public readonly bool Threshold() => V >= VTh;

    /// <summary>Back to the reset potential.</summary>
    public void Reset() => V = VReset;
}

/// <summary>
/// <see cref="BenchCobaLif"/>'s update written by hand on <see cref="Lanes512{T}"/>, the way the CLI's
/// <c>NeuronUpdate</c> does it: 16 neurons a vector, one spike word per 4 vectors, the per-call constants
/// broadcast once, and the membrane step of <typeparamref name="TMembrane"/>.
/// </summary>
public static class HandWrittenCoba
{
    // Optimised from the first call, as the CLI's loop and the library's RunLanes are.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Update<TMembrane>(in BenchCobaLif p, in NeuronStepArgs args)
        where TMembrane : struct, IHandMembrane
    {
        float dt = (float)args.Dt;
        var c = new MembraneConstants(p, dt);
        var decayE = Lanes512<float>.Create(MathF.Exp(-dt / p.TauE));
        var decayI = Lanes512<float>.Create(MathF.Exp(-dt / p.TauI));
        var threshold = Lanes512<float>.Create(p.VTh);
        var reset = Lanes512<float>.Create(p.VReset);
        var v = args.State.Field<float>(0);
        var ge = args.State.Field<float>(1);
        var gi = args.State.Field<float>(2);
        var countdown = args.Refractory;
        for (int word = args.FromWord; word < args.ToWord; word++)
        {
            int first = word * 64;
            ulong real = first + 64 <= args.Count ? ulong.MaxValue : (1UL << Math.Max(args.Count - first, 0)) - 1;
            ulong spikes = 0;
            for (int lane = 0; lane < 64; lane += 16)
            {
                int i = first + lane;
                var potential = Lanes512<float>.Load(v, i);
                var gE = Lanes512<float>.Load(ge, i);
                var gI = Lanes512<float>.Load(gi, i);
                var refractory = Lanes512<float>.CountDown(countdown, i);
                var advanced = Lanes512<float>.Select(refractory, potential, TMembrane.Advance(potential, gE, gI, c));
                var canSpike = Lanes512<float>.AndNot(Lanes512<float>.FromBits(real >> lane), refractory);
                var spike = Lanes512<float>.And(Lanes512<float>.GreaterThanOrEqual(advanced, threshold), canSpike);
                Lanes512<float>.Store(Lanes512<float>.Select(spike, reset, advanced), v, i);
                Lanes512<float>.Store(gE * decayE, ge, i);
                Lanes512<float>.Store(gI * decayI, gi, i);
                spikes |= Lanes512<float>.MaskBits(spike) << lane;
            }

            for (ulong spiked = spikes; spiked != 0; spiked &= spiked - 1)
            {
                countdown[first + System.Numerics.BitOperations.TrailingZeroCount(spiked)] = args.RefractorySteps;
            }

            args.SpikeWords[word] = spikes;
        }
    }
}

/// <summary>The per-call values of the membrane step, broadcast.</summary>
public readonly struct MembraneConstants(in BenchCobaLif p, float dt)
{
    public readonly Lanes512<float> One = Lanes512<float>.Create(1f);
    public readonly Lanes512<float> RestPlusInput = Lanes512<float>.Create(p.VRest + p.I);
    public readonly Lanes512<float> EE = Lanes512<float>.Create(p.EE);
    public readonly Lanes512<float> EI = Lanes512<float>.Create(p.EI);
    public readonly Lanes512<float> NegDt = Lanes512<float>.Create(-dt);
    public readonly Lanes512<float> TauM = Lanes512<float>.Create(p.TauM);
    public readonly Lanes512<float> NegDtOverTauM = Lanes512<float>.Create(-dt / p.TauM);
}

/// <summary>One step of V with the conductances held: <c>V_inf + (V - V_inf) exp(-dt (1 + g_e + g_i) / tau_m)</c>.</summary>
public interface IHandMembrane
{
    static abstract Lanes512<float> Advance(Lanes512<float> v, Lanes512<float> ge, Lanes512<float> gi, in MembraneConstants c);
}

/// <summary>As the CLI computes it: <c>-dt / tau_m</c> folded into one constant, fused multiply-adds, one division per neuron.</summary>
public readonly struct FoldedMembrane : IHandMembrane
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Lanes512<float> Advance(Lanes512<float> v, Lanes512<float> ge, Lanes512<float> gi, in MembraneConstants c)
    {
        var total = c.One + ge + gi;
        var vInf = Lanes512<float>.FusedMultiplyAdd(gi, c.EI, Lanes512<float>.FusedMultiplyAdd(ge, c.EE, c.RestPlusInput)) / total;
        return Lanes512<float>.FusedMultiplyAdd(v - vInf, Lanes512<float>.Exp(total * c.NegDtOverTauM), vInf);
    }
}

/// <summary>The model's own arithmetic, operation for operation (what the generated kernel must compute): two divisions, no fused operations.</summary>
public readonly struct AsWrittenMembrane : IHandMembrane
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Lanes512<float> Advance(Lanes512<float> v, Lanes512<float> ge, Lanes512<float> gi, in MembraneConstants c)
    {
        var total = c.One + ge + gi;
        var vInf = (c.RestPlusInput + (ge * c.EE) + (gi * c.EI)) / total;
        return vInf + ((v - vInf) * Lanes512<float>.Exp(c.NegDt * total / c.TauM));
    }
}
