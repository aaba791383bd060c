// A user's own neuron model (AdaptiveLif.cs) in a network of 800 excitatory and 200 inhibitory neurons, each
// projecting to 50 random targets, the excitatory ones with a 1 ms delay. The network runs through the generated
// vectorised kernel on two threads; the same network is then stepped in plain loops calling the model's own scalar
// methods one neuron at a time, with the runtime's semantics (a spike of step t with delay d arrives at step
// t + 1 + d; V held for the 49 steps after a spike at dt 0.1 ms). The model has no per-neuron Exp or Log, so the
// two must agree exactly: the exit code is 1 on any difference, or if the network is silent or saturated.
using BrainEvent;
using BrainEvent.Networks;
using NeuronModelSample;

const int Neurons = 1000, Excitatory = 800, Targets = 50, Steps = 5000;
const double Dt = 0.1, DelayMs = 1.0;
const float ExcitatoryWeight = 0.5f, InhibitoryWeight = -2.5f;

var template = new AdaptiveLif { TauM = 20, TauA = 200, TauSyn = 5, VRest = -65, VTh = -50, VReset = -65, Drive = 16, Jump = 1 };
var random = new Random(7);
var initialV = Enumerable.Range(0, Neurons).Select(_ => -65f + (15f * random.NextSingle())).ToArray();
var fromExcitatory = FixedPostNumConn<float>.Random(Excitatory, Neurons, Targets, ExcitatoryWeight, seed: 1);
var fromInhibitory = FixedPostNumConn<float>.Random(Neurons - Excitatory, Neurons, Targets, InhibitoryWeight, seed: 2);

// The network through the library.
using var net = new Network(new NetworkOptions { Dt = Dt, Threads = 2 });
var all = net.AddPopulation(Neurons, template);
initialV.CopyTo(all.Variable(nameof(AdaptiveLif.V)));
net.Connect(all[..Excitatory], all, fromExcitatory, into: nameof(AdaptiveLif.Ge), delay: DelayMs);
net.Connect(all[Excitatory..], all, fromInhibitory, into: nameof(AdaptiveLif.Gi));
var spikes = net.RecordSpikes(all);
var rateE = net.RecordRate(all[..Excitatory], binMs: Steps * Dt);
var rateI = net.RecordRate(all[Excitatory..], binMs: Steps * Dt);
net.Run(Steps * Dt);
Console.WriteLine($"{Neurons} AdaptiveLif neurons, {Steps * Dt} ms: excitatory {rateE.RatesHz[0]:F2} Hz, inhibitory {rateI.RatesHz[0]:F2} Hz, {spikes.Count} spikes");

// The same network in plain loops.
var neurons = Enumerable.Range(0, Neurons).Select(i => template with { V = initialV[i] }).ToArray();
int delaySteps = (int)Math.Round(DelayMs / Dt), refractorySteps = (int)Math.Round(2.0 / Dt);
var lastSpike = Enumerable.Repeat(int.MinValue / 2, Neurons).ToArray();
var history = new List<List<int>>();
var expected = new List<(int Step, int Neuron)>();
for (int k = 0; k < Steps; k++)
{
    Deliver(k - 1 - delaySteps, 0, Excitatory, fromExcitatory, ExcitatoryWeight, (ref AdaptiveLif n, float w) => n.Ge += w);
    Deliver(k - 1, Excitatory, Neurons - Excitatory, fromInhibitory, InhibitoryWeight, (ref AdaptiveLif n, float w) => n.Gi += w);
    var fired = new List<int>();
    for (int i = 0; i < Neurons; i++)
    {
        ref var neuron = ref neurons[i];
        float held = neuron.V;
        neuron.Update((float)Dt);
        if (k - lastSpike[i] < refractorySteps)
        {
            neuron.V = held;
        }
        else if (neuron.Threshold())
        {
            neuron.Reset();
            lastSpike[i] = k;
            fired.Add(i);
            expected.Add((k, i));
        }
    }

    history.Add(fired);
}

bool same = expected.SequenceEqual(spikes.Steps.Zip(spikes.Neurons, (s, n) => (s, n)));
bool vSame = neurons.Select(n => n.V).SequenceEqual(all.Variable(nameof(AdaptiveLif.V)).ToArray());
bool active = rateE.RatesHz[0] is > 1 and < 100 && rateI.RatesHz[0] is > 1 and < 100;
Console.WriteLine($"plain loops: {expected.Count} spikes; the same spikes: {same}, the same final V: {vSame}");
return same && vSame && active ? 0 : 1;

// Each spike in step `from` of source neuron `row` (neuron offset + row, below offset + count) adds the weight to its targets.
void Deliver(int from, int offset, int count, FixedPostNumConn<float> w, float weight, Arrival add)
{
    if (from < 0)
    {
        return;
    }

    var indices = w.Indices.Span;
    foreach (int neuron in history[from])
    {
        int row = neuron - offset;
        if (row >= 0 && row < count)
        {
            for (int slot = row * w.NConn; slot < (row + 1) * w.NConn; slot++)
            {
                add(ref neurons[indices[slot]], weight);
            }
        }
    }
}

/// <summary>Adds one arriving weight into a neuron.</summary>
internal delegate void Arrival(ref AdaptiveLif neuron, float weight);
