// Trains a recurrent spiking network by backpropagation through time with a surrogate gradient: the
// synaptic steps are the library's event products, and their gradients come from BrainEvent.Gradients.
// Prints the loss falling; the exit code is 1 unless it ends below half the loss of an output stuck at zero.
using System.Diagnostics;
using SurrogateGradientSample;

const int Inputs = 40;
const int Neurons = 200;
const int Outputs = 2;
const int Steps = 300;
const int Epochs = 300;
const float LearningRate = 0.01f;

var clock = Stopwatch.StartNew();
var task = new PatternTask(Steps, Inputs, Outputs, inputRate: 0.05, seed: 1);
var network = new SpikingNetwork(Inputs, Neurons, Outputs, Steps, seed: 42);
var optimisers = (new Adam(network.Input.Nse, LearningRate), new Adam(network.Recurrent.Nse, LearningRate), new Adam(network.Readout.Nse, LearningRate));

float firstLoss = 0, lastLoss = 0;
for (int epoch = 0; epoch < Epochs; epoch++)
{
    lastLoss = network.Forward(task);
    if (epoch == 0)
    {
        firstLoss = lastLoss;
    }

    if (epoch % 50 == 0 || epoch == Epochs - 1)
    {
        Console.WriteLine($"epoch {epoch,3}: loss {lastLoss:F5}, {network.Rate:P1} of neurons spike per step");
    }

    var (dInput, dRecurrent, dReadout) = network.Backward(task);
    network.Update(
        optimisers.Item1.Step(network.Input.Data.Span, dInput),
        optimisers.Item2.Step(network.Recurrent.Data.Span, dRecurrent),
        optimisers.Item3.Step(network.Readout.Data.Span, dReadout));
}

Console.WriteLine($"loss: first epoch {firstLoss:F5}, last epoch {lastLoss:F5} (an output stuck at zero scores {task.SilentLoss:F5}), {clock.Elapsed.TotalSeconds:F1} s");
return lastLoss <= task.SilentLoss / 2 ? 0 : 1;
