using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks.Plasticity;

/// <summary>
/// A recurrent network of <see cref="Leaky"/> neurons with one static and one STDP projection, re-simulated
/// with plain arrays and loops from the documented rule (Brian2's synaptic code for the spikes of step
/// <c>b</c>, run before the update of step <c>b + 1</c>): post traces decay; each pre spike of step
/// <c>b - d</c> in ascending pre order adds its synapses' weights into G, then <c>w = clip(w + apost)</c>;
/// each post neuron spiking in step <c>b</c> gets <c>apost += AMinus</c> and its synapses
/// <c>w = clip(w + apre)</c>, with <c>apre = apre * decay + APlus</c> for each pre spike of step <c>b - d</c>.
/// </summary>
internal sealed class StdpReference
{
    public const int Neurons = 150;
    public const float Dt = 0.1f;
    private const int RefractorySteps = 2;             // round(0.3 / 0.1) - 1

    public static readonly Leaky Template = new() { Tau = 2, Drive = 1.3f };

    public static readonly PairStdp Rule = new() { TauPre = 2, TauPost = 3, APlus = 0.02f, AMinus = -0.025f, WMin = 0, WMax = 0.3f };

    /// <summary>A network whose plastic projection learns by <see cref="Rule"/>, or by <paramref name="softBound"/>'s rule when given.</summary>
    public StdpReference(FixedNumConn<float> plastic, int preStart, int postStart, int delaySteps, SoftBoundStdp? softBound = null)
    {
        Plastic = plastic;
        (PreStart, PostStart, DelaySteps, SoftBound) = (preStart, postStart, delaySteps, softBound);
    }

    public SoftBoundStdp? SoftBound { get; }

    public float[] InitialV { get; } = RandomFloats(Neurons, seed: 1);

    /// <summary>Static inhibition from neurons 100.. onto all, delay 1 step.</summary>
    public FixedPostNumConn<float> Inhibitory { get; } = FixedPostNumConn<float>.Random(50, Neurons, 10, WeightInit.Normal(-0.05, 0.02), seed: 3);

    public FixedNumConn<float> Plastic { get; }

    public int PreStart { get; }

    public int PostStart { get; }

    public int DelaySteps { get; }

    /// <summary>Builds the network: the static projection first, then the plastic one.</summary>
    public PlasticProjection<float> Build(Network net)
    {
        var pop = net.AddPopulation(Neurons, Template);
        InitialV.CopyTo(pop.Variable("V"));
        net.Connect(pop[100..], pop, Inhibitory, into: "G", delay: Dt);
        var pre = pop[PreStart..(PreStart + Plastic.NumPre)];
        var post = pop[PostStart..(PostStart + Plastic.NumPost)];
        return SoftBound is { } rule
            ? net.Connect(pre, post, Plastic, into: "G", plasticity: rule, delay: DelaySteps * Dt)
            : net.Connect(pre, post, Plastic, into: "G", plasticity: Rule, delay: DelaySteps * Dt);
    }

    /// <summary>Spikes, V, weights (stored order) and traces after <paramref name="steps"/> steps.</summary>
    public Outcome Simulate(int steps)
    {
        var v = (float[])InitialV.Clone();
        var g = new float[Neurons];
        var refractory = new int[Neurons];
        var spikedIn = new List<int>[steps];
        var spikes = new List<(int Step, int Neuron)>();
        var (pre, post) = Slots(Plastic);
        var w = Plastic.Data.ToArray();
        var apre = new float[Plastic.NumPre];
        var apost = new float[Plastic.NumPost];
        var traces = SoftBound?.Traces ?? new PlasticityTraces(Rule.TauPre, Rule.TauPost, Rule.APlus, Rule.AMinus);
        float preDecay = (float)Math.Exp(-Dt / traces.TauPre);
        float postDecay = (float)Math.Exp(-Dt / traces.TauPost);
        Func<float, float, float> onPre = SoftBound is { } soft ? (w, apost) => w + (apost * w) : (w, apost) => Clip(w + apost);
        Func<float, float, float> onPost = SoftBound is { } bound ? (w, apre) => w + (apre * (bound.WMax - w)) : (w, apre) => Clip(w + apre);
        var (inhibitoryPre, inhibitoryPost) = Slots(Inhibitory);
        for (int k = 0; k < steps; k++)
        {
            if (k >= 2)
            {
                AddArrivals(spikedIn[k - 2], 100, inhibitoryPre, inhibitoryPost, Inhibitory.Data.ToArray(), g);
            }

            int b = k - 1;
            if (b >= 0)
            {
                for (int j = 0; j < apost.Length; j++)
                {
                    apost[j] *= postDecay;
                }

                if (b - DelaySteps >= 0)
                {
                    foreach (int i in Arriving(spikedIn[b - DelaySteps], PreStart, Plastic.NumPre))
                    {
                        for (int slot = 0; slot < w.Length; slot++)
                        {
                            if (pre[slot] == i)
                            {
                                g[PostStart + post[slot]] += w[slot];
                                w[slot] = onPre(w[slot], apost[post[slot]]);
                            }
                        }
                    }
                }

                foreach (int j in Arriving(spikedIn[b], PostStart, Plastic.NumPost))
                {
                    apost[j] += (float)traces.AMinus;
                    for (int slot = 0; slot < w.Length; slot++)
                    {
                        if (post[slot] == j)
                        {
                            w[slot] = onPost(w[slot], apre[pre[slot]]);
                        }
                    }
                }
            }

            spikedIn[k] = [];
            for (int i = 0; i < Neurons; i++)
            {
                bool held = refractory[i] > 0;
                var (nextV, nextG) = Leaky.Step(v[i], g[i], Dt, Template.Tau, Template.Drive);
                g[i] = nextG;
                v[i] = held ? v[i] : nextV;
                bool spike = !held && v[i] >= 1;
                v[i] = spike ? 0 : v[i];
                refractory[i] = spike ? RefractorySteps : Math.Max(refractory[i] - 1, 0);
                if (spike)
                {
                    spikes.Add((k, i));
                    spikedIn[k].Add(i);
                }
            }

            // The pre traces of slot k: decayed, plus the spikes arriving in it.
            for (int i = 0; i < apre.Length; i++)
            {
                apre[i] *= preDecay;
            }

            if (k - DelaySteps >= 0)
            {
                foreach (int i in Arriving(spikedIn[k - DelaySteps], PreStart, Plastic.NumPre))
                {
                    apre[i] += (float)traces.APlus;
                }
            }
        }

        return new Outcome(spikes, v, w, apre, apost);
    }

    private static float Clip(float w) => w < Rule.WMin ? Rule.WMin : w > Rule.WMax ? Rule.WMax : w;

    /// <summary>The neurons of <paramref name="spiked"/> (ascending) within a view, relative to it.</summary>
    private static IEnumerable<int> Arriving(List<int> spiked, int start, int count) => spiked.Where(n => n >= start && n < start + count).Select(n => n - start);

    private static void AddArrivals(List<int> spiked, int preStart, int[] pre, int[] post, float[] w, float[] g)
    {
        foreach (int i in spiked.Where(n => n >= preStart).Select(n => n - preStart))
        {
            for (int slot = 0; slot < w.Length; slot++)
            {
                if (pre[slot] == i)
                {
                    g[post[slot]] += w.Length == 1 ? w[0] : w[slot];
                }
            }
        }
    }

    /// <summary>Each stored slot's pre and post neuron (within the views).</summary>
    private static (int[] Pre, int[] Post) Slots(FixedNumConn<float> w)
    {
        var indices = w.Indices.Span;
        var pre = new int[w.Nse];
        var post = new int[w.Nse];
        for (int slot = 0; slot < w.Nse; slot++)
        {
            int row = slot / w.NConn;
            (pre[slot], post[slot]) = w.Kind == FixedNumConnKind.FixedPost ? (row, indices[slot]) : (indices[slot], row);
        }

        return (pre, post);
    }

    private static float[] RandomFloats(int count, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (float)random.NextDouble())];
    }

    public sealed record Outcome(List<(int Step, int Neuron)> Spikes, float[] V, float[] Weights, float[] PreTraces, float[] PostTraces);
}
