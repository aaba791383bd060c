using System.Numerics;
using BrainEvent.Tests.Support;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Random operand and result shapes, nulls and a result that is the operand array for <c>MatMat</c> and
/// <c>LeftMatMat</c> with values and spikes: a call with fitting arguments overwrites its result with the
/// dense reference product and leaves the operand alone; any other call throws an
/// <see cref="ArgumentException"/> naming the argument at fault.
/// </summary>
public class MatrixProductArgumentTests
{
    [Fact]
    public void Float() => SeededCases.Run(ProductArguments.For(ProductArguments.MatrixForms), 3000, 1533, Check<float>);

    [Fact]
    public void Double() => SeededCases.Run(ProductArguments.For(ProductArguments.MatrixForms), 3000, 1534, Check<double>);

    private static void Check<T>(ProductArguments a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var c = new ProductCase<T>(a);
        var w = c.W;
        bool right = a.Form is ProductForm.MatMatValues or ProductForm.MatMatBools;
        bool spikes = a.Form is ProductForm.MatMatBools or ProductForm.LeftMatMatBools;
        int shared = right ? w.NumPost : w.NumPre, outer = right ? w.NumPre : w.NumPost;
        int given = ProductArguments.Off(shared, a.InputDelta), givenOuter = ProductArguments.Off(outer, a.ResultDelta);
        var (operandRows, operandCols) = right ? (given, a.Batch) : (a.Batch, given);
        var operandValues = Arrays.To2D(spikes ? c.Spikes(given * a.Batch) : c.Values(given * a.Batch), operandRows, operandCols);
        var values = a.NullOperand || spikes ? null : RandomData.As<T>(operandValues);
        var bools = a.NullOperand || !spikes ? null : Arrays.To2D(Arrays.Flat(operandValues).Select(v => v != 0).ToArray(), operandRows, operandCols);
        bool aliased = !a.Allocating && !spikes && !a.NullOperand && a.Aliasing == Aliasing.Overlapping;
        var result = a.Allocating ? null : aliased ? values : a.NullResult ? null : Filled<T>(right ? (givenOuter, a.Batch) : (a.Batch, givenOuter));
        var operandBefore = (T[,]?)values?.Clone();
        var boolsBefore = (bool[,]?)bools?.Clone();

        string operandName = spikes ? "spikes" : "m";
        var blame = new HashSet<string>();
        if (a.NullOperand || given != shared)
        {
            blame.Add(operandName);
        }

        var expectedShape = right ? (w.NumPre, a.Batch) : (a.Batch, w.NumPost);
        // An empty operand shares no memory even with itself: there is nothing to overwrite.
        if (!a.Allocating && (result is null || (aliased && values!.Length > 0) || (result.GetLength(0), result.GetLength(1)) != expectedShape))
        {
            blame.Add("result");
        }

        var operandType = spikes ? typeof(bool[,]) : typeof(T[,]);
        string name = right ? "MatMat" : "LeftMatMat";
        var method = a.Allocating
            ? ArgumentOutcome.Method(typeof(FixedNumConn<T>), name, operandType)
            : ArgumentOutcome.Method(typeof(FixedNumConn<T>), name, operandType, typeof(T[,]));
        T[,] Call() => (a.Allocating, spikes, right) switch
        {
            (true, true, true) => w.MatMat(bools!),
            (true, true, false) => w.LeftMatMat(bools!),
            (true, false, true) => w.MatMat(values!),
            (true, false, false) => w.LeftMatMat(values!),
            _ => Into(w, values, bools, result!, spikes, right),
        };

        if (ArgumentOutcome.Succeeds(method, blame, Call, out var product))
        {
            var expected = right ? DenseReference.MatMul(c.Dense, operandValues) : DenseReference.MatMul(operandValues, c.Dense);
            Assert.Equal(Arrays.Flat(expected), Arrays.Flat(product).Select(double.CreateChecked).ToArray());
        }

        if (!aliased)
        {
            Assert.True(Arrays.Unchanged(operandBefore, values) && Arrays.Unchanged(boolsBefore, bools), "the operand changed");
        }
    }

    private static T[,] Into<T>(FixedNumConn<T> w, T[,]? values, bool[,]? bools, T[,] result, bool spikes, bool right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (spikes, right)
        {
            case (true, true): w.MatMat(bools!, result); break;
            case (true, false): w.LeftMatMat(bools!, result); break;
            case (false, true): w.MatMat(values!, result); break;
            default: w.LeftMatMat(values!, result); break;
        }

        return result;
    }

    /// <summary>A result array full of NaN, so an element the product leaves unwritten shows.</summary>
    private static T[,] Filled<T>((int Rows, int Cols) shape)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var m = new T[shape.Rows, shape.Cols];
        for (int i = 0; i < shape.Rows; i++)
        {
            for (int j = 0; j < shape.Cols; j++)
            {
                m[i, j] = T.NaN;
            }
        }

        return m;
    }
}
