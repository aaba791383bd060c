using System.Numerics;
using BrainEvent.Graph;

namespace BrainEvent.Jit;

/// <summary>
/// A value graph's leaves, in the depth-first order every graph of the same structure shares: the
/// per-slot buffers (read at each slot) and the scalars (broadcast buffers, constants and captured
/// variables, read once per call). Two graphs with equal structural keys have equal leaf layouts, so a
/// kernel compiled for one serves the other with its own leaves.
/// </summary>
internal sealed class WeightGraph<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public WeightGraph(ValueNode<T> root)
    {
        Root = root;
        var slotLeaves = new List<BufferLeaf<T>>();
        var scalarLeaves = new List<ValueNode<T>>();
        foreach (var leaf in GraphStructure.LeavesOf(root))
        {
            if (leaf is BufferLeaf<T> { IsBroadcast: false } buffer)
            {
                slotLeaves.Add(buffer);
            }
            else
            {
                scalarLeaves.Add(leaf);
            }
        }

        SlotLeaves = [.. slotLeaves];
        ScalarLeaves = [.. scalarLeaves];
    }

    public ValueNode<T> Root { get; }

    public BufferLeaf<T>[] SlotLeaves { get; }

    public ValueNode<T>[] ScalarLeaves { get; }

    /// <summary>The value of scalar leaf <paramref name="index"/> now (captured variables are read here).</summary>
    public T ReadScalar(int index) => ScalarLeaves[index] switch
    {
        BufferLeaf<T> buffer => buffer.Values.Span[0],
        ScalarSource<T> scalar => scalar.Read(),
        var other => throw new InvalidOperationException($"Unknown scalar leaf {other.GetType().Name}."),
    };
}
