namespace BrainEvent.Networks;

/// <summary>How far a <see cref="Network.Run"/> has got, reported about a hundred times per run.</summary>
/// <param name="StepsDone">Steps of this run done so far.</param>
/// <param name="StepsTotal">Steps of this run.</param>
/// <param name="Step">Steps the network has done since it was built (<see cref="Network.Step"/> once this run's steps are done).</param>
/// <param name="TimeMs">The simulated time reached, <c>Step * Dt</c>.</param>
public readonly record struct NetworkProgress(long StepsDone, long StepsTotal, long Step, double TimeMs)
{
    /// <summary>The fraction of this run done, from 0 to 1.</summary>
    public double Fraction => StepsTotal == 0 ? 1 : (double)StepsDone / StepsTotal;
}
