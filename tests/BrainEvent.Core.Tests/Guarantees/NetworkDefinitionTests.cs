using BrainEvent.Tests.Networks.Checkpoints;
using CsCheck;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Random network definitions: sequences of calls with random arguments (populations of any size,
/// projections with unknown or [Shared] target fields, weights of the wrong shape or type, bad delays, views
/// out of range or of another network, monitors of bad fields, neurons and bins, bad durations). Each call
/// succeeds, when the reference finds nothing wrong, or throws an <see cref="ArgumentException"/> naming an
/// argument it finds at fault; a refused call changes nothing (the network's whole state, as its checkpoint
/// bytes, is the same) and leaves the caller's arrays as they were; and after all of them the network runs
/// exactly as one that only ever saw the calls that succeeded.
/// </summary>
public class NetworkDefinitionTests
{
    private static readonly Gen<Definition> Definitions = NetworkCall.Gen.Array[1, 6].Select(calls => new Definition(calls));

    [Fact]
    public void Each_call_works_or_is_refused_by_name_and_a_refusal_changes_nothing()
    {
        int accepted = 0, refused = 0, connected = 0;
        SeededCases.Run(Definitions, 300, 1515, definition =>
        {
            var calls = definition.Calls;
            using var target = new CallTarget();
            var succeeded = new List<NetworkCall>();
            foreach (var call in calls)
            {
                var before = Fingerprint.Of(target.Network);
                if (call.Apply(target))
                {
                    succeeded.Add(call);
                    accepted++;
                    connected += call is ConnectCall ? 1 : 0;
                }
                else
                {
                    refused++;
                    Assert.Equal(before, Fingerprint.Of(target.Network));
                }
            }

            using var replay = new CallTarget();
            foreach (var call in succeeded)
            {
                Assert.True(call.Apply(replay), $"{call} succeeded the first time only");
            }

            target.Network.Run(2.0);
            replay.Network.Run(2.0);
            Assert.Equal(Fingerprint.Of(replay.Network), Fingerprint.Of(target.Network));
        });

        // Both outcomes are common, so neither half of the promise goes untested.
        Assert.True(accepted > 150 && refused > 150 && connected > 20, $"{accepted} calls accepted ({connected} projections), {refused} refused");
    }

    /// <summary>The calls of one case, listed when it fails.</summary>
    private sealed record Definition(NetworkCall[] Calls)
    {
        public override string ToString() => string.Join("; ", Calls.Select(c => c.ToString()));
    }
}
