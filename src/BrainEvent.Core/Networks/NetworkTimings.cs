namespace BrainEvent.Networks;

/// <summary>
/// Where the runs' time went, summed over every run of a network. Phase times are means over the threads:
/// each thread times its own delivery, update and wait at the end of each step. In runs of more than 1,024
/// steps a thread times one step in 16 (the same steps on every thread, picked by a hash of the step number so
/// that no rhythm of the network lines up with them) and scales the sums to its whole loop, which it times
/// exactly: three clock reads per step would cost a small network 3% of its step.
/// </summary>
/// <param name="Steps">Steps timed.</param>
/// <param name="WallSeconds">Wall time of the step loops, from the first step's start to the last one's end.</param>
/// <param name="DeliverySeconds">Adding arrivals into the target variables (and draining the delay rings).</param>
/// <param name="UpdateSeconds">Updating neurons, listing their spikes and recording monitors.</param>
/// <param name="WaitSeconds">Waiting at the end of each step for the other threads (distributed: and for the spike exchange, <see cref="Network.ExchangeStats"/>); 0 with one thread in one process, where there is nothing to wait for.</param>
public readonly record struct NetworkTimings(long Steps, double WallSeconds, double DeliverySeconds, double UpdateSeconds, double WaitSeconds);
