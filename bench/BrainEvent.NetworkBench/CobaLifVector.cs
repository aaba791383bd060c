using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BrainEvent.Networks;

namespace BrainEvent.NetworkBench;

/// <summary>
/// The COBA leaky integrate-and-fire neuron of <c>brainevent simulate</c>, written by hand against the network
/// API with <see cref="Vector512{T}"/> (16 neurons at a time; correct, if slow, without AVX-512): the baseline a
/// generated model is compared with. Conductances are relative to the leak; with them held over a step the
/// membrane equation is linear and advanced exactly,
/// <c>V_inf = (VRest + I + Ge EE + Gi EI) / (1 + Ge + Gi)</c>, <c>V = V_inf + (V - V_inf) exp(-dt (1 + Ge + Gi) / TauM)</c>,
/// then <c>Ge *= exp(-dt / TauE)</c> and <c>Gi *= exp(-dt / TauI)</c>; the arithmetic (fused multiply-adds,
/// constants rounded to float, Cephes' exp polynomial) is the CLI's. Refractory 5 ms; V is held while refractory.
/// It lists its spikes itself when the network offers a list, as the generated kernels do.
/// </summary>
public struct CobaLifVector : INeuronModel<CobaLifVector>
{
    /// <summary>Membrane potential, mV.</summary>
    public float V;

    /// <summary>Excitatory conductance, relative to the leak.</summary>
    public float Ge;

    /// <summary>Inhibitory conductance, relative to the leak.</summary>
    public float Gi;

    /// <summary>Shared: resting potential, threshold, reset, mV.</summary>
    public float VRest, VTh, VReset;

    /// <summary>Shared: membrane and synaptic time constants, ms.</summary>
    public float TauM, TauE, TauI;

    /// <summary>Shared: reversal potentials, mV, and the constant input (mV, relative to the leak).</summary>
    public float EE, EI, I;

    private static readonly NeuronModelInfo ModelInfo = new(
        nameof(CobaLifVector),
        typeof(float),
        RefractoryPeriod: 5.0,
        [
            new NeuronField(nameof(V), 0, UnlessRefractory: true),
            new NeuronField(nameof(Ge), 1, UnlessRefractory: false),
            new NeuronField(nameof(Gi), 2, UnlessRefractory: false),
            .. new[] { nameof(VRest), nameof(VTh), nameof(VReset), nameof(TauM), nameof(TauE), nameof(TauI), nameof(EE), nameof(EI), nameof(I) }
                .Select(name => new NeuronField(name, -1, UnlessRefractory: false)),
        ]);

    /// <summary>The benchmark's parameters (Vogels and Abbott 2005 as in brainevent's COBA example), V at rest.</summary>
    public static CobaLifVector Benchmark => new()
    {
        V = -60,
        VRest = -60,
        VTh = -50,
        VReset = -60,
        TauM = 20,
        TauE = 5,
        TauI = 10,
        EE = 0,
        EI = -80,
        I = 20,
    };

    /// <inheritdoc />
    public static NeuronModelInfo Info => ModelInfo;

    /// <inheritdoc />
    public static void WriteState(in CobaLifVector neuron, NeuronState state, int index)
    {
        state.Field<float>(0)[index] = neuron.V;
        state.Field<float>(1)[index] = neuron.Ge;
        state.Field<float>(2)[index] = neuron.Gi;
    }

    /// <inheritdoc />
    public static void ReadState(ref CobaLifVector neuron, NeuronState state, int index)
    {
        neuron.V = state.Field<float>(0)[index];
        neuron.Ge = state.Field<float>(1)[index];
        neuron.Gi = state.Field<float>(2)[index];
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Update(in CobaLifVector shared, in NeuronStepArgs args)
    {
        // Every call first (the spans, the scalar exps): vector constants made before a call are spilled around it.
        var state = args.State;
        ref float v = ref MemoryMarshal.GetReference(state.Field<float>(0));
        ref float ge = ref MemoryMarshal.GetReference(state.Field<float>(1));
        ref float gi = ref MemoryMarshal.GetReference(state.Field<float>(2));
        ref ushort held = ref MemoryMarshal.GetReference(args.Refractory);
        var words = args.SpikeWords;
        float dt = (float)args.Dt;
        float decayEPerStep = MathF.Exp(-dt / shared.TauE);
        float decayIPerStep = MathF.Exp(-dt / shared.TauI);

        var restPlusInput = Vector512.Create(shared.VRest + shared.I);
        var ee = Vector512.Create(shared.EE);
        var ei = Vector512.Create(shared.EI);
        var negDtOverTauM = Vector512.Create(-dt / shared.TauM);
        var decayE = Vector512.Create(decayEPerStep);
        var decayI = Vector512.Create(decayIPerStep);
        var threshold = Vector512.Create(shared.VTh);
        var reset = Vector512.Create(shared.VReset);
        var refractorySteps = Vector256.Create(args.RefractorySteps);
        var one = Vector512.Create(1f);
        int count = args.Count;
        bool lists = args.CanListSpikes;
        var ids = args.SpikeIds;
        int listed = 0;

        // Each word's spikes are listed one word late, after the next word's vectors, as the library's kernels take
        // them: the branches on a word's bits then test work long finished, and a mispredicted one throws away only
        // what was fetched after it, not the next word's vectors in flight.
        ulong pending = 0;
        int pendingWord = 0;
        for (int word = args.FromWord; word < args.ToWord; word++)
        {
            ulong bits = 0;
            for (int offset = 0; offset < 64; offset += Vector512<float>.Count)
            {
                int first = (word * 64) + offset;
                nuint i = (nuint)first;
                var gE = Vector512.LoadUnsafe(ref ge, i);
                var gI = Vector512.LoadUnsafe(ref gi, i);
                var potential = Vector512.LoadUnsafe(ref v, i);
                var countdown = Vector256.LoadUnsafe(ref held, i);
                var down = Vector256.SubtractSaturate(countdown, Vector256<ushort>.One);

                var total = one + gE + gI;
                var vInf = Vector512.FusedMultiplyAdd(gI, ei, Vector512.FusedMultiplyAdd(gE, ee, restPlusInput)) / total;
                var advanced = Vector512.FusedMultiplyAdd(potential - vInf, Exp(total * negDtOverTauM), vInf);

                // A count above 0 went down by exactly 1: down - countdown is all ones in the refractory lanes.
                var refractory = Widen((down - countdown).AsInt16());
                var spike = Vector512.AndNot(Vector512.GreaterThanOrEqual(advanced, threshold).AsUInt32(), refractory);
                if (first + Vector512<float>.Count > count)
                {
                    spike &= Vector512.LessThan(Vector512<int>.Indices + Vector512.Create(first), Vector512.Create(count)).AsUInt32();
                }

                var kept = Vector512.ConditionalSelect(refractory.AsSingle(), potential, advanced);
                Vector512.ConditionalSelect(spike.AsSingle(), reset, kept).StoreUnsafe(ref v, i);
                Vector256.ConditionalSelect(Narrow(spike), refractorySteps, down).StoreUnsafe(ref held, i);
                (gE * decayE).StoreUnsafe(ref ge, i);
                (gI * decayI).StoreUnsafe(ref gi, i);
                bits |= spike.ExtractMostSignificantBits() << offset;
            }

            words[word] = bits;
            listed = List(ids, listed, lists, args.FirstSpikeId + (pendingWord * 64), pending);
            (pending, pendingWord) = (bits, word);
        }

        listed = List(ids, listed, lists, args.FirstSpikeId + (pendingWord * 64), pending);
        if (lists)
        {
            args.SetSpikeCount(listed);
        }
    }

    /// <summary>Appends the ids of the set bits of <paramref name="bits"/> (from <paramref name="firstId"/>) to <paramref name="ids"/>, if <paramref name="lists"/>; returns the new count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int List(Span<int> ids, int listed, bool lists, int firstId, ulong bits)
    {
        for (; lists && bits != 0; bits &= bits - 1)
        {
            ids[listed++] = firstId + BitOperations.TrailingZeroCount(bits);
        }

        return listed;
    }

    /// <summary>16 lanes' all-ones or zero from 16 to 32 bits: one <c>vpmovsxwd</c> with AVX-512.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<uint> Widen(Vector256<short> masks)
    {
        if (Avx512F.IsSupported)
        {
            return Avx512F.ConvertToVector512Int32(masks).AsUInt32();
        }

        var (low, high) = Vector256.Widen(masks);
        return Vector512.Create(low, high).AsUInt32();
    }

    /// <summary>16 lanes' all-ones or zero from 32 to 16 bits: one <c>vpmovdw</c> with AVX-512.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Narrow(Vector512<uint> masks) =>
        Avx512F.IsSupported ? Avx512F.ConvertToVector256UInt16(masks) : Vector256.Narrow(masks.GetLower(), masks.GetUpper());

    /// <summary>
    /// e^x for x in [-87, 88] (clamped outside), within about 2 ulp: with n = round(x / ln 2) and r = x - n ln 2,
    /// e^x = 2^n e^r, e^r = 1 + r (1 + r p(r)) with Cephes' expf polynomial p, summed as the library's
    /// <c>LaneMath.ExpSingle</c> sums it, so that both models give the same spikes. Inlined, so the update loop keeps
    /// everything in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Exp(Vector512<float> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-87f)), Vector512.Create(88f));
        var n = Vector512.Round(x * Vector512.Create(1.44269504088896341f));
        var r = Vector512.FusedMultiplyAdd(n, Vector512.Create(-0.693359375f), x);
        r = Vector512.FusedMultiplyAdd(n, Vector512.Create(2.12194440e-4f), r);
        var p = Vector512.Create(1.9875691500e-4f);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.3981999507e-3f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(8.3334519073e-3f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(4.1665795894e-2f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.6666665459e-1f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(5.0000001201e-1f));
        var one = Vector512.Create(1f);
        var er = Vector512.FusedMultiplyAdd(Vector512.FusedMultiplyAdd(p, r, one), r, one);

        // 2^n: vscalefps with AVX-512; else built in the exponent bits (n is whole and within [-126, 127]).
        return Avx512F.IsSupported ? Avx512F.Scale(er, n) : er * ((Vector512.ConvertToInt32Native(n) + Vector512.Create(127)) << 23).AsSingle();
    }
}
