using BrainEvent.Networks;
using BrainEvent.Tests.Networks.Models;

namespace BrainEvent.Tests.Networks;

/// <summary>
/// Small networks of <see cref="Pacer"/> sources and <see cref="Probe"/> targets, and what each step's update
/// must see, computed with plain loops from the documented rule: a spike of step <c>s</c> through a synapse
/// with delay <c>d</c> reaches the target before the update of step <c>s + 1 + d</c>; a step's arrivals are
/// added in projection order, each projection in ascending source order and stored slot order, the
/// per-synapse-delay projections' arrivals summed on their own first and added after the others.
/// </summary>
internal static class Arrivals
{
    /// <summary>The steps source <paramref name="i"/> spikes in up to <paramref name="steps"/>, for a countdown and period.</summary>
    public static IEnumerable<int> PacerSpikes(float countdown, float period, int steps)
    {
        if (countdown < 1)
        {
            yield break;
        }

        for (int s = (int)countdown - 1; s < steps; s += (int)period)
        {
            yield return s;
            if (period == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Sets each source's countdown: source <c>i</c> first spikes in step <c>countdowns[i] - 1</c> (0: never).</summary>
    public static void SetCountdowns(Population<Pacer> sources, float[] countdowns) => countdowns.CopyTo(sources.Variable(nameof(Pacer.Countdown)));

    /// <summary>A projection as the reference sees it: dense slots (pre row, post column, weight, delay in steps).</summary>
    public sealed record Synapses(int PreStart, int PostStart, (int Pre, int Post, float Weight, int Delay)[] Slots, bool PerSynapse, long FirstSourceStep = 0)
    {
        /// <summary>The slots of a matrix in stored order, with one delay or one per slot.</summary>
        public static Synapses Of(FixedNumConn<float> w, int preStart, int postStart, int delay, ushort[]? delays = null, long firstSourceStep = 0)
        {
            var data = w.Data.Span;
            var indices = w.Indices.Span;
            var slots = new (int, int, float, int)[w.Nse];
            for (int slot = 0; slot < w.Nse; slot++)
            {
                int row = slot / w.NConn;
                int index = indices[slot];
                var (pre, post) = w.Kind == FixedNumConnKind.FixedPost ? (row, index) : (index, row);
                slots[slot] = (pre, post, data.Length == 1 ? data[0] : data[slot], delays is null ? delay : delays[slot]);
            }

            if (w.Kind == FixedNumConnKind.FixedPre)
            {
                // Stored order of the equivalent FixedPost: by pre, then by post (the mirror's order).
                slots = [.. slots.Select((s, k) => (s, k)).OrderBy(x => x.s.Item1).ThenBy(x => x.s.Item2).ThenBy(x => x.k).Select(x => x.s)];
            }

            return new Synapses(preStart, postStart, slots, delays is not null, firstSourceStep);
        }
    }

    /// <summary>
    /// What the targets' updates see in each step <c>[0, steps)</c>: <c>seen[k, j]</c> for target neuron
    /// <c>j</c> of a population of <paramref name="targets"/> neurons, given each source neuron's spike steps.
    /// </summary>
    public static float[,] Expected(int steps, int targets, IReadOnlyList<int>[] spikesOfSource, params Synapses[] projections)
    {
        var seen = new float[steps, targets];
        var pending = new Dictionary<(int Step, int Target), float>();
        var spiking = Enumerable.Range(0, steps).Select(s => Enumerable.Range(0, spikesOfSource.Length).Where(i => spikesOfSource[i].Contains(s)).ToArray()).ToArray();
        for (int k = 0; k < steps; k++)
        {
            var field = new float[targets];
            foreach (var p in projections)
            {
                int delay = p.PerSynapse ? 0 : p.Slots.Length == 0 ? 0 : p.Slots[0].Delay;
                int source = k - 1 - delay;
                if (source < p.FirstSourceStep)
                {
                    continue;
                }

                foreach (int i in spiking[source])
                {
                    foreach (var slot in p.Slots.Where(s => s.Pre + p.PreStart == i))
                    {
                        int target = slot.Post + p.PostStart;
                        if (p.PerSynapse)
                        {
                            var key = (k + slot.Delay, target);
                            pending[key] = pending.GetValueOrDefault(key) + slot.Weight;
                        }
                        else
                        {
                            field[target] += slot.Weight;
                        }
                    }
                }
            }

            for (int j = 0; j < targets; j++)
            {
                if (pending.Remove((k, j), out float sum))
                {
                    field[j] += sum;
                }

                seen[k, j] = field[j];
            }
        }

        return seen;
    }
}
