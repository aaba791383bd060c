using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.InteropServices;
using BrainEvent.Graph;

namespace BrainEvent;

/// <summary>
/// Flatten and unflatten. Children, in order: the value graph's leaves (a value buffer as
/// <see cref="ReadOnlyMemory{T}"/>, a scalar boxed), the indices
/// (<see cref="ReadOnlyMemory{T}"/> of int), then the column mirror when built.
/// </summary>
internal static class Pytree
{
    public static (IReadOnlyList<object> Children, FixedNumConnAux Aux) Flatten<T>(FixedNumConn<T> matrix)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var leaves = GraphStructure.LeavesOf(matrix.Values);
        var children = new List<object>(leaves.Count + 4);
        foreach (var leaf in leaves)
        {
            children.Add(leaf switch
            {
                BufferLeaf<T> buffer => buffer.Values,
                ScalarSource<T> scalar => scalar.Read(),
                _ => throw new InvalidOperationException($"Unknown graph leaf {leaf.GetType().Name}."),
            });
        }

        children.Add(matrix.Indices);
        var mirror = matrix.Structure.BuiltMirror;
        if (mirror is not null)
        {
            children.Add((ReadOnlyMemory<int>)mirror.IndptrArray);
            children.Add((ReadOnlyMemory<int>)mirror.RowOfSlotArray);
            children.Add((ReadOnlyMemory<int>)mirror.PermArray);
        }

        var aux = new FixedNumConnAux(
            matrix.Kind, typeof(T), matrix.Shape, matrix.NConn, matrix.IsHomogeneous, matrix.Options,
            mirror is not null, matrix.ValueStructure, matrix.Values, leaves.Count);
        return (children, aux);
    }

    public static ConnParts<T> Unflatten<T>(FixedNumConnAux aux, IReadOnlyList<object> children, FixedNumConnKind kind)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(aux);
        ArgumentNullException.ThrowIfNull(children);
        if (aux.Kind != kind || aux.ElementType != typeof(T))
        {
            throw new ArgumentException(
                $"aux describes a {aux.Kind} matrix of {aux.ElementType.Name}; this is {kind} of {typeof(T).Name}.", nameof(aux));
        }

        int expected = aux.ValueLeafCount + 1 + (aux.HasColumnMirror ? 3 : 0);
        if (children.Count != expected)
        {
            throw new ArgumentException(
                $"children must hold {expected} items ({aux.ValueLeafCount} value leaves, the indices{(aux.HasColumnMirror ? ", 3 mirror buffers" : string.Empty)}); got {children.Count}.",
                nameof(children));
        }

        var template = (ValueNode<T>)aux.ValueTemplate;
        int rows = ConnInput.StorageRows(kind, aux.Shape);
        int bound = ConnInput.IndexBound(kind, aux.Shape);
        int nse = ConnValidation.SlotCount(rows, aux.NConn, nameof(aux));
        var templateLeaves = GraphStructure.LeavesOf(template);
        var leaves = new ValueNode<T>[templateLeaves.Count];
        for (int i = 0; i < leaves.Length; i++)
        {
            leaves[i] = templateLeaves[i] switch
            {
                BufferLeaf<T> buffer => new BufferLeaf<T>(
                    Buffer<T>(children[i], i, buffer.IsBroadcast ? 1 : nse, "a value buffer"), buffer.IsBroadcast),
                _ => new ScalarLeaf<T>(children[i] is T value
                    ? value
                    : throw new ArgumentException($"children[{i}] must be a {typeof(T).Name} (a scalar leaf); got {Describe(children[i])}.", nameof(children))),
            };
        }

        int at = leaves.Length;
        var indices = Buffer<int>(children[at], at, nse, "the indices");
        ConnValidation.RequireIndicesInRange(indices.Span, bound, ConnInput.IndexBoundName(kind), nameof(children));
        ColumnMirror? mirror = null;
        if (aux.HasColumnMirror)
        {
            var indptr = ArrayOf(Buffer<int>(children[at + 1], at + 1, bound + 1, ColumnMirror.IndptrName));
            var rowOfSlot = ArrayOf(Buffer<int>(children[at + 2], at + 2, nse, ColumnMirror.RowOfSlotName));
            var perm = ArrayOf(Buffer<int>(children[at + 3], at + 3, nse, ColumnMirror.PermName));
            try
            {
                mirror = ColumnMirror.Adopt(indptr, rowOfSlot, perm, indices.Span, aux.NConn, bound);
            }
            catch (ArgumentException error)
            {
                // Adopt names the buffer at fault; to the caller it is one of the children.
                throw new ArgumentException(
                    $"children[{at + 1}..{at + 3}] must be the column mirror of the indices: {error.Message}", nameof(children), error);
            }
        }

        var structure = new ConnStructure(indices, rows, aux.NConn, bound, mirror);
        return new ConnParts<T>(kind, aux.Shape, structure, GraphStructure.ReplaceLeaves(template, leaves), aux.Options);
    }

    private static ReadOnlyMemory<TItem> Buffer<TItem>(object child, int position, int length, string what)
    {
        // Typed arms: a bare null arm would convert through the array operator to an empty buffer, accepting any child where none is expected.
        ReadOnlyMemory<TItem>? memory = child switch
        {
            ReadOnlyMemory<TItem> m => m,
            Memory<TItem> m => (ReadOnlyMemory<TItem>)m,
            TItem[] a => (ReadOnlyMemory<TItem>)a,
            _ => (ReadOnlyMemory<TItem>?)null,
        };
        if (memory is not { } value || value.Length != length)
        {
            throw new ArgumentException(
                $"children[{position}] must be a ReadOnlyMemory<{typeof(TItem).Name}> or {typeof(TItem).Name}[] of length {length} ({what}); got {Describe(child)}.",
                "children");
        }

        return value;
    }

    private static int[] ArrayOf(ReadOnlyMemory<int> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Only describes a wrong child in an error message: where trimming removed a Length property, GetProperty returns null and the message names the type alone.")]
    private static string Describe(object? child) => child switch
    {
        null => "null",
        Array a => $"{child.GetType().Name} of length {a.Length}",
        _ when child.GetType().IsGenericType && child.GetType().GetProperty("Length") is { } length =>
            $"{child.GetType().Name.Split('`')[0]}<{child.GetType().GetGenericArguments()[0].Name}> of length {length.GetValue(child)}",
        _ => child.GetType().Name,
    };
}
