// Published with Native AOT (.ci/run runs the native executable): plain products, a lazy chain (interpreted
// here, since no code can be compiled at run time), a generated kernel and a network with a generated neuron
// model, each checked against plain loops. The exit code is 1 on any mismatch.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using AotSample;
using BrainEvent;
using BrainEvent.Networks;

const int N = 2000;
const int NConn = 20;
int failures = 0;

Console.WriteLine($"dynamic code: {RuntimeFeature.IsDynamicCodeSupported}, Vector512: {Vector512.IsHardwareAccelerated}, Vector256: {Vector256.IsHardwareAccelerated}");
var random = new Random(7);
var indices = new int[N, NConn];
var weights = new float[N, NConn];
for (int i = 0; i < N; i++)
{
    for (int k = 0; k < NConn; k++)
    {
        indices[i, k] = random.Next(N);
        weights[i, k] = random.NextSingle() * 0.02f;
    }
}

var w = new FixedPostNumConn<float>(weights, indices, (N, N));
var v = new float[N];
var spikes = new bool[N];
for (int i = 0; i < N; i++)
{
    v[i] = random.NextSingle();
    spikes[i] = random.NextDouble() < 0.1;
}

var y = new float[N];
w.MatVec(v, y);
Check("W @ v", y, Reference(i => v, (x, _, _) => x, gather: true));
w.VecMat(BitSpikes.FromBools(spikes), y);
Check("spikes @ W", y, Reference(i => spikes.Select(s => s ? 1f : 0f).ToArray(), (x, _, _) => x, gather: false));

var synapse = new ClippedSynapse();
synapse.VecMat(w, BitSpikes.FromBools(spikes), y);
Check("generated spikes @ W", y, Reference(i => spikes.Select(s => s ? 1f : 0f).ToArray(), (x, _, _) => MathF.Min(x * 1.5f, 0.02f), gather: false));

float gain = 1.5f;
var chain = w.Apply(x => MathF.Min(x * gain, 0.02f));
chain.MatVec(v, y);
Check("lazy chain W @ v", y, Reference(i => v, (x, _, _) => MathF.Min(x * 1.5f, 0.02f), gather: true));

failures += RunNetwork() ? 0 : 1;
Console.WriteLine(failures == 0 ? "all results match the plain loops" : $"{failures} mismatches");
return failures == 0 ? 0 : 1;

// The product with each stored weight through transform, by plain loops: a gather (W @ x) or a scatter (x @ W).
float[] Reference(Func<int, float[]> operand, Func<float, int, int, float> transform, bool gather)
{
    var x = operand(0);
    var result = new float[N];
    for (int i = 0; i < N; i++)
    {
        for (int k = 0; k < NConn; k++)
        {
            float weight = transform(weights[i, k], i, k);
            if (gather)
            {
                result[i] += weight * x[indices[i, k]];
            }
            else
            {
                result[indices[i, k]] += weight * x[i];
            }
        }
    }

    return result;
}

void Check(string what, float[] actual, float[] expected)
{
    double largest = 0;
    for (int i = 0; i < N; i++)
    {
        largest = Math.Max(largest, Math.Abs(actual[i] - expected[i]) / Math.Max(1e-6, Math.Abs(expected[i])));
    }

    bool ok = largest < 1e-4;
    failures += ok ? 0 : 1;
    Console.WriteLine($"{what,-24} largest relative difference {largest:E2} {(ok ? "ok" : "MISMATCH")}");
}

// A driven LIF population with recurrent input through w for 100 steps, against the same equations by plain
// loops (the generated update has no per-neuron Exp, so it matches the scalar steps bit for bit).
bool RunNetwork()
{
    const int Steps = 100;
    const float Dt = 0.1f;
    var template = new Lif { TauM = 10f, Drive = 1.2f };
    using var net = new Network(new NetworkOptions { Dt = Dt, Seed = 1, Threads = 1 });
    var population = net.AddPopulation(N, template);
    var initial = population.Variable(nameof(Lif.V));
    for (int i = 0; i < N; i++)
    {
        initial[i] = i % 100 / 100f;
    }

    net.Connect(population, population, w, into: nameof(Lif.I));
    var monitor = net.RecordSpikes(population);
    net.Run(durationMs: Steps * Dt, progress: null);

    var voltage = new float[N];
    var input = new float[N];
    var refractory = new int[N];
    var fired = new bool[N];
    var expected = new List<(int Step, int Neuron)>();
    int hold = (int)Math.Round(2.0 / Dt) - 1;
    for (int i = 0; i < N; i++)
    {
        voltage[i] = i % 100 / 100f;
    }

    for (int step = 0; step < Steps; step++)
    {
        for (int i = 0; i < N; i++)
        {
            if (!fired[i])
            {
                continue;
            }

            for (int k = 0; k < NConn; k++)
            {
                input[indices[i, k]] += weights[i, k];
            }
        }

        for (int i = 0; i < N; i++)
        {
            float before = voltage[i];
            voltage[i] += Dt / template.TauM * (template.Drive + input[i] - voltage[i]);
            input[i] *= 0.9f;
            fired[i] = false;
            if (refractory[i] > 0)
            {
                voltage[i] = before;
                refractory[i]--;
            }
            else if (voltage[i] >= 1f)
            {
                voltage[i] = 0f;
                fired[i] = true;
                refractory[i] = hold;
                expected.Add((step, i));
            }
        }
    }

    var recorded = monitor.Steps.Zip(monitor.Neurons, (s, n) => ((int)s, n)).ToList();
    bool same = recorded.SequenceEqual(expected);
    Console.WriteLine($"{"network, 100 steps",-24} {recorded.Count} spikes, {expected.Count} expected {(same ? "ok" : "MISMATCH")}");
    return same;
}
