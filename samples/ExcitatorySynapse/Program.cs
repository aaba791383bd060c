// A recurrent network of leaky integrate-and-fire neurons whose synaptic input each step is the generated
// event product spikes @ W, with the synapse model's weight transform fused in. Every step is checked
// against the library's own product on the transformed matrix; the exit code is 1 on any mismatch.
using BrainEvent;
using ExcitatorySynapseSample;

const int Neurons = 4000;
const int Targets = 80;
const int Steps = 200;
const float Leak = 0.9f;
const float Threshold = 1f;

var random = new Random(42);
var indices = new int[Neurons, Targets];
var weights = new float[Neurons, Targets];
for (int i = 0; i < Neurons; i++)
{
    for (int k = 0; k < Targets; k++)
    {
        indices[i, k] = random.Next(Neurons);
        weights[i, k] = random.NextSingle() * 0.01f;
    }
}

var w = new FixedPostNumConn<float>(weights, indices, (Neurons, Neurons));
var synapse = new ExcitatorySynapse { Gain = 1.5f };
var reference = w.Apply(x => MathF.Min(x * synapse.Gain, 1f));

var potential = new float[Neurons];
var spikes = new BitSpikes(Neurons);
var input = new float[Neurons];
var expected = new float[Neurons];
int totalSpikes = 0;
double largestDifference = 0;
for (int step = 0; step < Steps; step++)
{
    synapse.VecMat(w, spikes, input);
    reference.VecMat(spikes, expected);
    largestDifference = Math.Max(largestDifference, LargestRelativeDifference(input, expected));

    spikes.ClearAll();
    for (int i = 0; i < Neurons; i++)
    {
        float drive = random.NextSingle() * 0.2f;
        potential[i] = (Leak * potential[i]) + input[i] + drive;
        if (potential[i] >= Threshold)
        {
            spikes.Set(i);
            potential[i] = 0f;
        }
    }

    totalSpikes += spikes.CountActive();
    if (step % 50 == 0)
    {
        Console.WriteLine($"step {step,3}: {spikes.CountActive(),4} neurons spiked");
    }
}

// The dense product too: W @ v with the transform fused.
var v = Enumerable.Range(0, Neurons).Select(_ => random.NextSingle()).ToArray();
var dense = new float[Neurons];
synapse.MatVec(w, v, dense);
largestDifference = Math.Max(largestDifference, LargestRelativeDifference(dense, reference.MatVec(v)));

Console.WriteLine($"{Steps} steps, {totalSpikes} spikes, mean rate {(double)totalSpikes / Steps / Neurons:P1} per step");
Console.WriteLine($"largest relative difference from the library's product: {largestDifference:E2}");
bool matches = largestDifference <= 1e-5;
Console.WriteLine(matches ? "generated kernels match the library" : "MISMATCH: generated kernels differ from the library");
return matches ? 0 : 1;

static double LargestRelativeDifference(float[] actual, float[] expected)
{
    double scale = Math.Max(1e-30, expected.Max(Math.Abs));
    double largest = 0;
    for (int i = 0; i < actual.Length; i++)
    {
        largest = Math.Max(largest, Math.Abs(actual[i] - expected[i]) / (Math.Abs(expected[i]) + scale));
    }

    return largest;
}
