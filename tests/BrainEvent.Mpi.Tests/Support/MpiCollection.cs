namespace BrainEvent.Mpi.Tests.Support;

/// <summary>
/// The tests that start mpirun run one after another: jobs of 3 ranks each on 2 cores already oversubscribe
/// the machine, and the failure tests time how fast a job ends.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MpiCollection
{
    public const string Name = "mpirun";
}
