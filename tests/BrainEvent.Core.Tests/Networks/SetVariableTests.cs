using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// <see cref="Population{TModel}.SetVariable{T}"/> in one process: the function is called once per neuron in
/// population order, and each neuron gets its own value (read back through <see cref="Population{TModel}.Variable"/>).
/// </summary>
public sealed class SetVariableTests
{
    [Fact]
    public void Every_neuron_gets_the_value_of_its_index_and_the_calls_come_in_order()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 2 });
        var pop = net.AddPopulation(150, new Leaky { Tau = 2, Drive = 1.3f });
        var calls = new List<int>();

        pop.SetVariable("V", neuron =>
        {
            calls.Add(neuron);
            return (neuron * 0.5f) - 3;
        });

        Assert.Equal(0..150, pop.Owned);
        Assert.Equal(Enumerable.Range(0, 150), calls);
        Assert.Equal(Enumerable.Range(0, 150).Select(n => (n * 0.5f) - 3), pop.Variable("V").ToArray());
    }
}
