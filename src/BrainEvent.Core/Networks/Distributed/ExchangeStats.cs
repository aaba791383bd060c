namespace BrainEvent.Networks;

/// <summary>
/// What the spike exchanges of a distributed network's runs cost this rank, summed over every run (all zero in
/// one process). The time is also part of <see cref="NetworkTimings.WaitSeconds"/>.
/// </summary>
/// <param name="Exchanges">The number of exchanges: one per shortest delay (plus one) of each run's steps, and one at each run's end.</param>
/// <param name="Seconds">Wall time in the exchanges: packing, the two collectives (which wait for the slowest rank) and filing what came in.</param>
/// <param name="BytesSent">The bytes this rank contributed: its counts per population and step, and the ids of its neurons that spiked.</param>
/// <param name="BytesReceived">The bytes of the other ranks' counts and ids it received.</param>
public readonly record struct ExchangeStats(long Exchanges, double Seconds, long BytesSent, long BytesReceived);
