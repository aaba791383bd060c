using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// The run's phase times: each thread's delivery, update and wait add up to its loop, which the wall time bounds,
/// whether the run times every step (short runs) or a sample of them scaled to the loop (longer ones).
/// </summary>
public sealed class TimingsTests
{
    [Theory]
    [InlineData(1, 200)]
    [InlineData(2, 200)]
    [InlineData(1, 20_000)]
    [InlineData(2, 20_000)]
    public void The_phases_fit_in_the_wall_and_one_thread_alone_waits_for_nothing(int threads, int steps)
    {
        using var net = new Network(new NetworkOptions { Dt = 0.1, Threads = threads });
        var pop = net.AddPopulation(300, new Pacer { Countdown = 3, Period = 4 });
        net.Connect(pop, pop, FixedPostNumConn<float>.Random(300, 300, 5, 0.0f, seed: 1), into: "Countdown");
        net.Run(steps * 0.1);

        var timings = net.Timings;
        double phases = timings.DeliverySeconds + timings.UpdateSeconds + timings.WaitSeconds;
        Assert.Equal(steps, timings.Steps);
        Assert.True(timings.DeliverySeconds > 0 && timings.UpdateSeconds > 0, $"delivery {timings.DeliverySeconds} s, update {timings.UpdateSeconds} s");
        Assert.InRange(phases, 0.0, (timings.WallSeconds * 1.01) + 1e-3);
        if (steps > TimedSteps.EveryStepUpTo)
        {
            // Sampled sums not scaled to the loop would come to about a sixteenth of it.
            Assert.InRange(phases, timings.WallSeconds * 0.5, double.MaxValue);
        }

        if (threads == 1)
        {
            Assert.Equal(0.0, timings.WaitSeconds);
        }
        else
        {
            Assert.True(timings.WaitSeconds > 0, $"two threads met at {steps} barriers without waiting");
        }
    }
}
