namespace BrainEvent.Networks;

/// <summary>
/// A contiguous range of one population's neurons: the pre- or post-synaptic side of a projection, or what
/// a monitor records. Neuron <c>i</c> of the view is neuron <c>Start + i</c> of its population. A
/// <see cref="Population{TModel}"/> is the view of all of itself; <c>view[a..b]</c> is a narrower view.
/// </summary>
public class PopulationView
{
    internal PopulationView(PopulationRuntime population, int start, int count)
    {
        Runtime = population;
        Start = start;
        Count = count;
    }

    /// <summary>The view's first neuron in its population.</summary>
    public int Start { get; }

    /// <summary>The number of neurons.</summary>
    public int Count { get; }

    /// <summary>The population's model.</summary>
    public NeuronModelInfo Model => Runtime.Info;

    internal PopulationRuntime Runtime { get; }

    /// <summary>The neurons <paramref name="range"/> of this view (indices relative to it).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within the view.</exception>
    public PopulationView this[Range range]
    {
        get
        {
            int from = range.Start.GetOffset(Count);
            int to = range.End.GetOffset(Count);
            if (from < 0 || to > Count || from > to)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(range), $"range {range} must lie within the view's {Count} neurons; it gives [{from}, {to}).");
            }

            return new PopulationView(Runtime, Start + from, to - from);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Model.Name} neurons [{Start}, {Start + Count}) of population {Runtime.Index}";
}
