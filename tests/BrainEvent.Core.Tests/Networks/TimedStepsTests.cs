using BrainEvent.Networks;

namespace BrainEvent.Tests.Networks;

/// <summary>The sample of steps a long run times: one in sixteen overall, and as many in every residue class of any period.</summary>
public sealed class TimedStepsTests
{
    private const int Steps = 1 << 21;

    [Fact]
    public void One_step_in_sixteen_is_timed()
    {
        int timed = 0;
        for (long step = 0; step < Steps; step++)
        {
            timed += TimedSteps.IsTimed(step) ? 1 : 0;
        }

        Assert.Equal(16, TimedSteps.OneIn);
        Assert.InRange(timed, Steps / 16 * 0.99, Steps / 16 * 1.01);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(50)]
    [InlineData(64)]
    public void Every_phase_of_a_rhythm_gets_its_share(int period)
    {
        // Every sixteenth step would time one phase of a 16-step rhythm and never the others.
        var timed = new int[period];
        var all = new int[period];
        for (long step = 0; step < Steps; step++)
        {
            int phase = (int)(step % period);
            all[phase]++;
            timed[phase] += TimedSteps.IsTimed(step) ? 1 : 0;
        }

        for (int phase = 0; phase < period; phase++)
        {
            double expected = all[phase] / 16.0;
            Assert.InRange(timed[phase], expected * 0.9, expected * 1.1);
        }
    }
}
