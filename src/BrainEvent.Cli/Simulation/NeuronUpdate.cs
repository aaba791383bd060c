using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace BrainEvent.Cli.Simulation;

/// <summary>
/// One step of every neuron, a vector of lanes at a time (16 with AVX-512, else 8), one 64-neuron spike
/// word per pass. For each neuron:
/// <list type="number">
/// <item>the arrivals of the previous step's spikes join the synaptic variables (<c>g += input</c>);</item>
/// <item>outside the refractory period V advances exactly over dt with g held (<see cref="IMembrane"/>);
/// inside it V stays at reset and the count of held steps goes down;</item>
/// <item>V at or above threshold is a spike: V goes to reset and the neuron is held for the refractory steps;</item>
/// <item>g decays exactly, <c>g *= exp(-dt / tau)</c>.</item>
/// </list>
/// A neuron without input would see g decay into subnormal floats, on which every operation is many times
/// slower; <see cref="FlushTiny"/>, run every <see cref="FlushInterval"/> steps, sets values below 1e-30 to 0
/// long before they get there (even at the faster decay, exp(-0.1 / 5) per step, 1e-30 takes about 900 steps
/// to become subnormal).
/// </summary>
internal static class NeuronUpdate
{
    public const int FlushInterval = 256;

    private const float Tiny = 1e-30f;

    /// <summary>Updates the neurons of words <c>[firstWord, endWord)</c> with <paramref name="model"/>'s membrane equation.</summary>
    public static void Run(NetworkModel model, NeuronState state, in UpdateConstants c, int firstWord, int endWord)
    {
        bool wide = Vector512.IsHardwareAccelerated;
        switch (model.ConductanceBased, wide)
        {
            case (true, true):
                Run<ConductanceMembrane, Lanes512>(state, c, firstWord, endWord);
                break;
            case (true, false):
                Run<ConductanceMembrane, Lanes256>(state, c, firstWord, endWord);
                break;
            case (false, true):
                Run<CurrentMembrane, Lanes512>(state, c, firstWord, endWord);
                break;
            default:
                Run<CurrentMembrane, Lanes256>(state, c, firstWord, endWord);
                break;
        }
    }

    // Optimised from the first call: a tier-0 version of this loop would run thousands of slow steps first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run<TMembrane, TLanes>(NeuronState state, in UpdateConstants constants, int firstWord, int endWord)
        where TMembrane : struct, IMembrane
        where TLanes : struct, IFloatLanes<TLanes>
    {
        var c = new LaneConstants<TLanes>(constants);
        var zero = TLanes.Create(0f);
        var one = TLanes.Create(1f);
        ref float v = ref MemoryMarshal.GetArrayDataReference(state.Potential);
        ref float ge = ref MemoryMarshal.GetArrayDataReference(state.Excitatory);
        ref float gi = ref MemoryMarshal.GetArrayDataReference(state.Inhibitory);
        ref float held = ref MemoryMarshal.GetArrayDataReference(state.Refractory);
        ref float inE = ref MemoryMarshal.GetArrayDataReference(state.ExcitatoryInput);
        ref float inI = ref MemoryMarshal.GetArrayDataReference(state.InhibitoryInput);
        var fired = state.Fired;

        for (int word = firstWord; word < endWord; word++)
        {
            ulong bits = 0;
            for (int lane = 0; lane < 64; lane += TLanes.Count)
            {
                nuint i = (nuint)((word * 64) + lane);
                var gE = TLanes.Load(ref ge, i) + TLanes.Load(ref inE, i);
                var gI = TLanes.Load(ref gi, i) + TLanes.Load(ref inI, i);
                var potential = TLanes.Load(ref v, i);
                var steps = TLanes.Load(ref held, i);

                var refractory = TLanes.GreaterThan(steps, zero);
                var advanced = TLanes.Select(refractory, potential, TMembrane.Advance(potential, gE, gI, c));
                var spike = TLanes.AndNot(TLanes.GreaterThanOrEqual(advanced, c.Threshold), refractory);
                TLanes.Select(spike, c.Reset, advanced).Store(ref v, i);
                TLanes.Select(spike, c.RefractorySteps, TLanes.Max(steps - one, zero)).Store(ref held, i);

                (gE * c.ExcitatoryDecay).Store(ref ge, i);
                (gI * c.InhibitoryDecay).Store(ref gi, i);
                bits |= spike.MaskBits() << lane;
            }

            fired[word] = bits;
        }
    }

    /// <summary>Sets the synaptic variables of magnitude below 1e-30 to 0.</summary>
    public static void FlushTiny(NeuronState state)
    {
        FlushTiny(state.Excitatory);
        FlushTiny(state.Inhibitory);
    }

    private static void FlushTiny(Span<float> values)
    {
        foreach (ref float g in values)
        {
            g = MathF.Abs(g) < Tiny ? 0f : g;
        }
    }
}
