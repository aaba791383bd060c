using System.Numerics;
using System.Text;

namespace BrainEvent.Graph;

/// <summary>
/// Structural keys and leaves of a value graph, both walked in the same depth-first, left-to-right
/// order, so the n-th leaf of one graph corresponds to the n-th leaf of any graph with an equal key.
/// </summary>
internal static class GraphStructure
{
    public static StructuralKey KeyOf<T>(ValueNode<T> root)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var text = new StringBuilder();
        var baked = new List<object>();
        Append(root, text, baked);
        return new StructuralKey(text.ToString(), baked.ToArray());
    }

    public static List<ValueNode<T>> LeavesOf<T>(ValueNode<T> root)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var leaves = new List<ValueNode<T>>();
        CollectLeaves(root, leaves);
        return leaves;
    }

    /// <summary>Rebuilds <paramref name="template"/> with its leaves replaced, in order, by <paramref name="leaves"/>.</summary>
    public static ValueNode<T> ReplaceLeaves<T>(ValueNode<T> template, IReadOnlyList<ValueNode<T>> leaves)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int next = 0;
        var rebuilt = Replace(template, leaves, ref next);
        if (next != leaves.Count)
        {
            throw new ArgumentException($"The graph has {next} leaves; {leaves.Count} were given.", nameof(leaves));
        }

        return rebuilt;
    }

    private static void Append<T>(ValueNode<T> node, StringBuilder text, List<object> baked)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (node)
        {
            case BufferLeaf<T> buffer:
                text.Append(buffer.IsBroadcast ? "b1" : "bN");
                return;
            case ScalarSource<T>:
                text.Append('s');
                return;
            case OpNode<T> op:
                text.Append(op.Op);
                break;
            case LambdaNode<T> lambda:
                text.Append('{').Append(lambda.Lambda.Key.Text).Append('}');
                baked.AddRange(lambda.Lambda.Key.Baked);
                break;
            default:
                throw new InvalidOperationException($"Unknown graph node {node.GetType().Name}.");
        }

        text.Append('(');
        for (int i = 0; i < node.Operands.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            Append(node.Operands[i], text, baked);
        }

        text.Append(')');
    }

    private static void CollectLeaves<T>(ValueNode<T> node, List<ValueNode<T>> leaves)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (node.Operands.Count == 0)
        {
            leaves.Add(node);
            return;
        }

        foreach (var operand in node.Operands)
        {
            CollectLeaves(operand, leaves);
        }
    }

    private static ValueNode<T> Replace<T>(ValueNode<T> node, IReadOnlyList<ValueNode<T>> leaves, ref int next)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (node.Operands.Count == 0)
        {
            if (next >= leaves.Count)
            {
                throw new ArgumentException($"The graph has more leaves than the {leaves.Count} given.", nameof(leaves));
            }

            return leaves[next++];
        }

        var operands = new ValueNode<T>[node.Operands.Count];
        for (int i = 0; i < operands.Length; i++)
        {
            operands[i] = Replace(node.Operands[i], leaves, ref next);
        }

        return node switch
        {
            OpNode<T> op => new OpNode<T>(op.Op, operands),
            LambdaNode<T> lambda => new LambdaNode<T>(lambda.Lambda, operands),
            _ => throw new InvalidOperationException($"Unknown graph node {node.GetType().Name}."),
        };
    }
}
