using System.Numerics;
using BrainEvent.Builders;

namespace BrainEvent.Networks;

/// <summary>Random connections drawn by the network, so a rank of a distributed network never holds the whole matrix.</summary>
public sealed partial class Network
{
    /// <summary>
    /// Connects <paramref name="pre"/> to the <paramref name="into"/> field of <paramref name="post"/> exactly as
    /// <c>Connect(pre, post, FixedPostNumConn&lt;T&gt;.Random(pre.Count, post.Count, nConn, weight, seed,
    /// allowSelfConnections, withReplacement), into, delay)</c> does. In one process that is what it runs; on a
    /// rank of a distributed network it draws each row from the same stream and keeps only the slots whose targets
    /// it owns, so no rank ever holds the whole matrix (it draws every row: the time is that of building it).
    /// </summary>
    /// <typeparam name="T">The post-synaptic model's element type.</typeparam>
    /// <exception cref="ArgumentException">
    /// A view of another network, a <paramref name="weight"/> of the wrong type, an <paramref name="into"/> that is
    /// not a per-neuron state field, a bad delay, or an <paramref name="nConn"/> that <c>Random</c> refuses.
    /// </exception>
    public Projection ConnectRandom<T>(
        PopulationView pre, PopulationView post, int nConn, T weight, ulong seed, string into, double delay = 0, bool allowSelfConnections = true, bool withReplacement = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ThrowIfBusy();
        NetworkChecks.OwnView(pre, this, nameof(pre));
        NetworkChecks.OwnView(post, this, nameof(post));
        CheckWeightType<T>(post, nameof(weight));
        int stateIndex = NetworkChecks.StateField(post.Model, into, nameof(into));
        int delaySteps = NetworkChecks.WholeSteps(delay, Dt, ushort.MaxValue, nameof(delay));
        if (Ranks == 1)
        {
            return Connect(pre, post, FixedPostNumConn<T>.Random(pre.Count, post.Count, nConn, weight, seed, allowSelfConnections, withReplacement), into, delay);
        }

        var rows = RandomConnectivity.FixedPostRows<T>(pre.Count, post.Count, nConn, seed, allowSelfConnections, withReplacement);
        var layout = OwnSlots.Build(rows, weight, post.Start, post.Runtime.Blocks);
        var runtime = new ProjectionRuntime<T>(pre, post, stateIndex, layout, delaySteps, ring: null, Step);
        return Register(runtime, new Projection(pre, post, into, checked(pre.Count * nConn), delaySteps, delaySteps), delaySteps);
    }
}
