using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>Refractoriness as in Brian2: after a spike in step s, refractory in steps s + 1 to s + round(R / dt) - 1.</summary>
public sealed class RefractoryTests
{
    [Theory]
    [InlineData(0.1, 50)]     // 5 ms: held for the next 49 updates, integrating again in step s + 50
    [InlineData(0.3, 17)]     // 5 / 0.3 = 16.7 steps: rounded to 17
    [InlineData(0.15, 33)]    // 33.3: 33
    [InlineData(0.12, 42)]    // 41.7: 42
    public void A_neuron_that_fires_whenever_it_may_fires_every_round_of_R_over_dt_steps(double dt, int interval)
    {
        int steps = (4 * interval) + 7;
        var (spikes, v, updates) = RunBurster<FiveMs>(dt, steps, threads: 2);
        Assert.Equal(Enumerable.Range(0, steps).Where(s => s % interval == 0), spikes);
        Assert.Equal(0f, v);                          // held at reset through every refractory update
        Assert.Equal(steps, updates);                 // a field without [UnlessRefractory] advances in every step
    }

    [Fact]
    public void Forty_nine_updates_are_held_after_a_spike_at_dt_one_tenth_ms()
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = 1 });
        var pop = net.AddPopulation(1, new Burster<FiveMs>());
        var spikes = net.RecordSpikes(pop);
        var v = net.RecordState(pop, "V", [0]);
        var updates = net.RecordState(pop, "Updates", [0]);
        net.Run(10.0);

        // Any update that is not held takes V from 0 to 1, a spike: so steps 1 to 49 were held, step 50 was not.
        Assert.Equal([0, 50], spikes.Steps);
        for (int k = 0; k < 100; k++)
        {
            Assert.Equal(0f, v.Values[k, 0]);
            Assert.Equal(k + 1, updates.Values[k, 0]);
        }
    }

    [Fact]
    public void Without_a_refractory_period_or_with_one_step_a_neuron_may_fire_in_every_step()
    {
        Assert.Equal(Enumerable.Range(0, 20), RunBurster<NoPeriod>(0.1, 20, threads: 1).Spikes);
        Assert.Equal(Enumerable.Range(0, 20), RunBurster<OneStep>(0.1, 20, threads: 1).Spikes);
    }

    private static (int[] Spikes, float V, float Updates) RunBurster<TPeriod>(double dt, int steps, int threads)
        where TPeriod : struct, IRefractoryPeriod
    {
        using var net = new Network(new NetworkOptions { Dt = dt, Threads = threads });
        var pop = net.AddPopulation(130, new Burster<TPeriod>());
        var spikes = net.RecordSpikes(pop[129..]);
        net.Run(steps * dt);
        Assert.Equal(steps, net.Step);
        return (spikes.Steps.ToArray(), pop.Variable("V")[129], pop.Variable("Updates")[129]);
    }
}
