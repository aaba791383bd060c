using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Random calls that make a matrix from a matrix (the operators, <c>WithData</c>, <c>Apply</c>, <c>Apply2</c>
/// with a scalar, a matrix or a dense array, <c>TreeUnflatten</c>): each gives the values computed here slot
/// by slot, or an <see cref="ArgumentException"/> naming the argument at fault, never a
/// <see cref="NullReferenceException"/>; the caller's arrays stay as they were.
/// </summary>
public class DerivedArgumentTests
{
    private static readonly string[] OperatorNames = ["op_Addition", "op_Subtraction", "op_Multiply", "op_Division", "op_Modulus"];

    [Fact]
    public void Float() => SeededCases.Run(DerivedArguments.Gen, 3000, 1521, a => Check(a, new Lambdas<float>(x => (x * 2f) + 1f, (x, y) => x - y)));

    [Fact]
    public void Double() => SeededCases.Run(DerivedArguments.Gen, 3000, 1522, a => Check(a, new Lambdas<double>(x => (x * 2) + 1, (x, y) => x - y)));

    private static void Check<T>(DerivedArguments a, Lambdas<T> fns)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (a.Kind == FixedNumConnKind.FixedPost)
        {
            Check(a, fns, (d, i, n, s, o) => new FixedPostNumConn<T>(d, i, n, s, o), FixedPostNumConn<T>.TreeUnflatten, w => w.Transpose());
        }
        else
        {
            Check(a, fns, (d, i, n, s, o) => new FixedPreNumConn<T>(d, i, n, s, o), FixedPreNumConn<T>.TreeUnflatten, w => w.Transpose());
        }
    }

    private static void Check<T, TSelf>(
        DerivedArguments a, Lambdas<T> fns, Func<T[], int[], int, (int, int), ConnOptions, TSelf> create,
        Func<FixedNumConnAux, IReadOnlyList<object>, TSelf> unflatten, Func<TSelf, FixedNumConn<T>> transpose)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TSelf : FixedNumConn<T, TSelf>
    {
        var random = new Random(a.Seed);
        var shape = (a.Rows, a.Cols);
        int rows = ConnReference.StorageRows(a.Kind, shape), bound = ConnReference.IndexBound(a.Kind, shape);
        int nse = rows * a.NConn;
        var indices = Enumerable.Range(0, nse).Select(_ => random.Next(bound)).ToArray();
        T[] Values(int n) => Enumerable.Range(0, n).Select(_ => T.CreateChecked(random.Next(-4, 5) * 0.5)).ToArray();
        var options = new ConnOptions(MaintainDualLayout: a.Mirror);
        var w = create(Values(a.Homogeneous ? 1 : nse), indices, a.NConn, shape, options);
        var sameStructure = w.WithData(Values(nse));
        var otherIndices = OtherIndices(indices, bound) is { } changed ? create(Values(nse), changed, a.NConn, shape, options) : null;
        var otherShape = create(Values(nse), indices, a.NConn, a.Kind == FixedNumConnKind.FixedPost ? (a.Rows, a.Cols + 1) : (a.Rows + 1, a.Cols), options);
        T scalar = T.CreateChecked(a.Scalar);
        var type = typeof(TSelf);
        var op = OperatorFunction<T>(a.Operator);
        var blame = new HashSet<string>();
        MethodBase method;
        Func<TSelf> call;
        Func<int, T>? expected;
        T[,]? dense = null;
        switch (a.Call)
        {
            case DerivedCall.ScalarOnRight:
                method = ArgumentOutcome.Method(type, OperatorNames[a.Operator], type, typeof(T));
                var left = Blame(blame, a.Variant == 1, "a") ? null : w;
                call = () => Invoke<TSelf>(method, left, scalar);
                expected = slot => op(At(w, slot), scalar);
                break;
            case DerivedCall.ScalarOnLeft:
                method = ArgumentOutcome.Method(type, OperatorNames[a.Operator], typeof(T), type);
                var right = Blame(blame, a.Variant == 1, "b") ? null : w;
                call = () => Invoke<TSelf>(method, scalar, right);
                expected = slot => op(scalar, At(w, slot));
                break;
            case DerivedCall.MatrixOperator:
                method = ArgumentOutcome.Method(type, OperatorNames[a.Operator], type, type);
                var (first, second) = a.Variant switch
                {
                    1 when otherIndices is not null => (w, otherIndices),
                    2 => (w, otherShape),
                    3 => (w, null),
                    4 => ((TSelf?)null, sameStructure),
                    _ => (w, sameStructure),
                };
                Blame(blame, first is null, "a");
                Blame(blame, !ReferenceEquals(second, sameStructure), "b");
                call = () => Invoke<TSelf>(method, first, second);
                expected = slot => op(At(w, slot), At(sameStructure, slot));
                break;
            case DerivedCall.Negate:
                method = ArgumentOutcome.Method(type, "op_UnaryNegation", type);
                var operand = Blame(blame, a.Variant == 1, "a") ? null : w;
                call = () => Invoke<TSelf>(method, operand);
                expected = slot => -At(w, slot);
                break;
            case DerivedCall.WithData:
                method = ArgumentOutcome.Method(type, nameof(w.WithData), typeof(ReadOnlyMemory<T>));
                int length = a.Variant switch { 1 => 1, 2 => nse + 1, 3 => nse == 2 ? 0 : Math.Abs(nse - 1), 4 => 0, _ => nse };
                var data = Values(length);
                var dataBefore = (T[])data.Clone();
                Blame(blame, length != nse && length != 1, "data");
                call = () =>
                {
                    var result = w.WithData(data);
                    Assert.True(Arrays.Unchanged(dataBefore, data), "WithData changed the caller's data");
                    return result;
                };
                expected = slot => data[length == 1 ? 0 : slot];
                break;
            case DerivedCall.Apply:
                method = ArgumentOutcome.Method(type, nameof(w.Apply), typeof(Expression<Func<T, T>>));
                var unary = Blame(blame, a.Variant == 1, "fn") ? null : fns.Unary;
                call = () => w.Apply(unary!);
                expected = slot => fns.UnaryCompiled(At(w, slot));
                break;
            case DerivedCall.Apply2Scalar:
                method = ArgumentOutcome.Method(type, nameof(w.Apply2), typeof(T), typeof(Expression<Func<T, T, T>>), typeof(bool));
                var binary = Blame(blame, a.Variant == 1, "fn") ? null : fns.Binary;
                bool reverseScalar = a.Variant == 2;
                call = () => w.Apply2(scalar, binary!, reverseScalar);
                expected = slot => reverseScalar ? fns.BinaryCompiled(scalar, At(w, slot)) : fns.BinaryCompiled(At(w, slot), scalar);
                break;
            case DerivedCall.Apply2Matrix:
                method = ArgumentOutcome.Method(type, nameof(w.Apply2), type, typeof(Expression<Func<T, T, T>>), typeof(bool));
                var other = a.Variant switch { 1 when otherIndices is not null => otherIndices, 2 => otherShape, 3 => null, _ => sameStructure };
                Blame(blame, !ReferenceEquals(other, sameStructure), "other");
                var pairFn = Blame(blame, a.Variant == 4, "fn") ? null : fns.Binary;
                bool reverseMatrix = a.Variant == 5;
                call = () => w.Apply2(other!, pairFn!, reverseMatrix);
                expected = slot => reverseMatrix ? fns.BinaryCompiled(At(sameStructure, slot), At(w, slot)) : fns.BinaryCompiled(At(w, slot), At(sameStructure, slot));
                break;
            case DerivedCall.Apply2Dense:
                method = ArgumentOutcome.Method(type, nameof(w.Apply2), typeof(T[,]), typeof(Expression<Func<T, T, T>>), typeof(bool));
                dense = a.Variant == 2 ? null : Arrays.To2D(Values((a.Rows + (a.Variant == 1 ? 1 : 0)) * a.Cols), a.Rows + (a.Variant == 1 ? 1 : 0), a.Cols);
                Blame(blame, a.Variant is 1 or 2, "dense");
                var denseFn = Blame(blame, a.Variant == 3, "fn") ? null : fns.Binary;
                bool reverseDense = a.Variant == 4;
                var denseArgument = dense;
                call = () => w.Apply2(denseArgument!, denseFn!, reverseDense);
                expected = slot =>
                {
                    int row = slot / a.NConn;
                    T y = a.Kind == FixedNumConnKind.FixedPost ? denseArgument![row, indices[slot]] : denseArgument![indices[slot], row];
                    return reverseDense ? fns.BinaryCompiled(y, At(w, slot)) : fns.BinaryCompiled(At(w, slot), y);
                };
                break;
            default:
                method = ArgumentOutcome.Method(type, "TreeUnflatten", typeof(FixedNumConnAux), typeof(IReadOnlyList<object>));
                var (aux, children) = Damaged(w, a.Variant, bound, transpose, blame);
                call = () => unflatten(aux!, children!);
                expected = slot => At(w, slot);
                break;
        }

        var denseBefore = (T[,]?)dense?.Clone();
        if (ArgumentOutcome.Succeeds(method, blame, call, out var made))
        {
            Assert.Equal(w.Shape, made.Shape);
            Assert.Equal(indices, made.Indices.ToArray());
            var values = Enumerable.Range(0, nse).Select(slot => At(made, slot)).ToArray();
            var want = Enumerable.Range(0, nse).Select(expected).ToArray();
            Assert.True(want.Zip(values).All(p => SameValue(p.First, p.Second)), $"values [{string.Join(", ", values)}], expected [{string.Join(", ", want)}]");
        }

        Assert.True(Arrays.Unchanged(denseBefore, dense), "the caller's dense array changed");
    }

    /// <summary>The pytree children of <paramref name="w"/>, damaged as <paramref name="variant"/> says, and what that must blame.</summary>
    private static (FixedNumConnAux? Aux, List<object>? Children) Damaged<T, TSelf>(
        TSelf w, int variant, int bound, Func<TSelf, FixedNumConn<T>> transpose, HashSet<string> blame)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TSelf : FixedNumConn<T, TSelf>
    {
        var (flatChildren, aux) = w.TreeFlatten();
        var children = flatChildren.ToList();
        int at = aux.ValueLeafCount;
        switch (variant)
        {
            case 1:
                children.RemoveAt(children.Count - 1);
                break;
            case 2:
                children.Add(w.Indices);
                break;
            case 3:
                var outOfRange = w.Indices.ToArray();
                children[at] = outOfRange.Length == 0 ? new int[1] : outOfRange;
                if (outOfRange.Length > 0)
                {
                    outOfRange[^1] = bound;
                }

                break;
            case 4:
                children[0] = new T[w.Nse + 2];
                break;
            case 5:
                blame.Add("children");
                return (aux, null);
            case 6:
                blame.Add("aux");
                return (null, children);
            case 7:
                children[at] = "indices";
                break;
            case 8:
                blame.Add("aux");
                return (transpose(w).TreeFlatten().Aux, children);
            case 9 when aux.HasColumnMirror && w.Nse >= 2 && ((ReadOnlyMemory<int>)children[^1]).Span[0] != ((ReadOnlyMemory<int>)children[^1]).Span[^1]:
                children[^1] = ((ReadOnlyMemory<int>)children[^1]).ToArray().Reverse().ToArray();
                break;
            default:
                return (aux, children);
        }

        blame.Add("children");
        return (aux, children);
    }

    /// <summary>A copy of <paramref name="indices"/> with one index changed, or null when no other index exists.</summary>
    private static int[]? OtherIndices(int[] indices, int bound)
    {
        if (indices.Length == 0 || bound < 2)
        {
            return null;
        }

        var changed = (int[])indices.Clone();
        changed[0] = (changed[0] + 1) % bound;
        return changed;
    }

    private static bool Blame(HashSet<string> blame, bool condition, string name)
    {
        if (condition)
        {
            blame.Add(name);
        }

        return condition;
    }

    private static T At<T>(FixedNumConn<T> m, int slot)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var data = m.Data.Span;
        return data[data.Length == 1 ? 0 : slot];
    }

    private static bool SameValue<T>(T x, T y)
        where T : unmanaged, IFloatingPointIeee754<T> => (T.IsNaN(x) && T.IsNaN(y)) || (x == y && T.IsNegative(x) == T.IsNegative(y));

    private static Func<T, T, T> OperatorFunction<T>(int op)
        where T : unmanaged, IFloatingPointIeee754<T> => op switch
        {
            0 => (x, y) => x + y,
            1 => (x, y) => x - y,
            2 => (x, y) => x * y,
            3 => (x, y) => x / y,
            _ => (x, y) => x % y,
        };

    /// <summary>Calls an operator by reflection, rethrowing what it threw.</summary>
    private static TSelf Invoke<TSelf>(MethodBase method, params object?[] arguments)
    {
        try
        {
            return (TSelf)method.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException error)
        {
            ExceptionDispatchInfo.Capture(error.InnerException!).Throw();
            throw;
        }
    }

    /// <summary>The lambdas the chain calls take, and their compiled forms as the reference.</summary>
    private sealed class Lambdas<T>(Expression<Func<T, T>> unary, Expression<Func<T, T, T>> binary)
    {
        public Expression<Func<T, T>> Unary { get; } = unary;

        public Expression<Func<T, T, T>> Binary { get; } = binary;

        public Func<T, T> UnaryCompiled { get; } = unary.Compile();

        public Func<T, T, T> BinaryCompiled { get; } = binary.Compile();
    }
}
