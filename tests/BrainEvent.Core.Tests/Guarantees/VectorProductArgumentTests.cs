using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// Random operand and result lengths, null spikes, aliasing (a result starting inside the operand, or right
/// after it) and other weights for every vector product and compiled handle: a call with fitting arguments
/// overwrites its result with the dense reference product (exact: the values are small multiples of 0.5)
/// and leaves its operand alone; any other call throws an <see cref="ArgumentException"/> naming the
/// argument at fault.
/// </summary>
public class VectorProductArgumentTests
{
    [Fact]
    public void Float() => SeededCases.Run(ProductArguments.For(ProductArguments.VectorForms), 3000, 1531, Check<float>);

    [Fact]
    public void Double() => SeededCases.Run(ProductArguments.For(ProductArguments.VectorForms), 3000, 1532, Check<double>);

    private static void Check<T>(ProductArguments a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var c = new ProductCase<T>(a);
        var form = new Form(a.Form, a.Allocating);
        int inLength = form.Right ? c.W.NumPost : c.W.NumPre, outLength = form.Right ? c.W.NumPre : c.W.NumPost;
        int n = ProductArguments.Off(inLength, a.InputDelta);
        int m = form.Allocating ? outLength : ProductArguments.Off(outLength, a.ResultDelta);
        var operand = form.Spikes ? c.Spikes(n) : c.Values(n);
        var memory = new Memory<T>(operand, form.Spikes, m, form.Allocating || form.Bits || n == 0 || m == 0 ? Aliasing.Separate : a.Aliasing);
        var packed = form.Bits && !a.NullOperand ? BitSpikes.FromBools(memory.Bools) : null;
        int other = form.Compiled ? a.OtherWeights : 0;
        var (weights, weightsDense) = other switch
        {
            1 => (c.SameStructure, c.SameStructureDense),
            2 => (c.OtherStructure, null),
            3 => ((FixedNumConn<T>?)null, null),
            _ => (c.W, c.Dense),
        };

        var blame = new HashSet<string>();
        if (n != inLength || (form.Bits && a.NullOperand))
        {
            blame.Add(form.Spikes ? "spikes" : "v");
        }

        if (m != outLength || memory.Aliasing == Aliasing.Overlapping)
        {
            blame.Add("result");
        }

        if (other is 2 or 3)
        {
            blame.Add("weights");
        }

        var operandBefore = memory.OperandBytes.ToArray();
        var method = form.Method<T>(other != 0);
        if (ArgumentOutcome.Succeeds(method, blame, () => Run(c.W, form, memory, packed, other != 0, weights), out var result))
        {
            var expected = form.Right ? ProductCase<T>.Times(weightsDense!, operand) : ProductCase<T>.Times(operand, weightsDense!);
            Assert.Equal(expected, result.Select(double.CreateChecked).ToArray());
        }

        if (memory.Aliasing != Aliasing.Overlapping)
        {
            Assert.True(memory.OperandBytes.SequenceEqual(operandBefore), "the operand changed");
        }
    }

    /// <summary>The call itself: allocating, into the result, or through a compiled handle (with <paramref name="weights"/>, perhaps null, when asked).</summary>
    private static T[] Run<T>(FixedNumConn<T> w, Form form, Memory<T> memory, BitSpikes? packed, bool withWeights, FixedNumConn<T>? weights)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (form.Allocating)
        {
            return (form.Bits, form.Spikes, form.Right) switch
            {
                (true, _, true) => w.MatVec(packed!),
                (true, _, false) => w.VecMat(packed!),
                (false, true, true) => w.MatVec(memory.Bools),
                (false, true, false) => w.VecMat(memory.Bools),
                (false, false, true) => w.MatVec(memory.Values),
                _ => w.VecMat(memory.Values),
            };
        }

        if (form.Compiled)
        {
            var handle = form.Right ? w.CompileMatVec() : w.CompileVecMat();
            switch (!withWeights, form.Bits, form.Spikes)
            {
                case (true, true, _): handle.Invoke(packed!, memory.Result); break;
                case (true, false, true): handle.Invoke(memory.Bools, memory.Result); break;
                case (true, false, false): handle.Invoke(memory.Values, memory.Result); break;
                case (false, true, _): handle.Invoke(weights!, packed!, memory.Result); break;
                case (false, false, true): handle.Invoke(weights!, memory.Bools, memory.Result); break;
                default: handle.Invoke(weights!, memory.Values, memory.Result); break;
            }

            return memory.Result.ToArray();
        }

        switch (form.Bits, form.Spikes, form.Right)
        {
            case (true, _, true): w.MatVec(packed!, memory.Result); break;
            case (true, _, false): w.VecMat(packed!, memory.Result); break;
            case (false, true, true): w.MatVec(memory.Bools, memory.Result); break;
            case (false, true, false): w.VecMat(memory.Bools, memory.Result); break;
            case (false, false, true): w.MatVec(memory.Values, memory.Result); break;
            default: w.VecMat(memory.Values, memory.Result); break;
        }

        return memory.Result.ToArray();
    }

    /// <summary>What a <see cref="ProductForm"/> means for a vector product, and the method it calls.</summary>
    private readonly record struct Form(ProductForm Value, bool AllocatingAsked)
    {
        public bool Right => Value is ProductForm.MatVecValues or ProductForm.MatVecBools or ProductForm.MatVecBits
            or ProductForm.CompiledMatVecValues or ProductForm.CompiledMatVecBools or ProductForm.CompiledMatVecBits;

        public bool Compiled => Value is ProductForm.CompiledMatVecValues or ProductForm.CompiledVecMatValues or ProductForm.CompiledMatVecBools
            or ProductForm.CompiledVecMatBools or ProductForm.CompiledMatVecBits or ProductForm.CompiledVecMatBits;

        public bool Bits => Value is ProductForm.MatVecBits or ProductForm.VecMatBits or ProductForm.CompiledMatVecBits or ProductForm.CompiledVecMatBits;

        public bool Spikes => Bits || Value is ProductForm.MatVecBools or ProductForm.VecMatBools or ProductForm.CompiledMatVecBools or ProductForm.CompiledVecMatBools;

        public bool Allocating => AllocatingAsked && !Compiled;

        public MethodInfo Method<T>(bool otherWeights)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            var operand = Bits ? typeof(BitSpikes) : Spikes ? typeof(ReadOnlySpan<bool>) : typeof(ReadOnlySpan<T>);
            if (Compiled)
            {
                return otherWeights
                    ? ArgumentOutcome.Method(typeof(CompiledProduct<T>), "Invoke", typeof(FixedNumConn<T>), operand, typeof(Span<T>))
                    : ArgumentOutcome.Method(typeof(CompiledProduct<T>), "Invoke", operand, typeof(Span<T>));
            }

            string name = Right ? "MatVec" : "VecMat";
            return Allocating
                ? ArgumentOutcome.Method(typeof(FixedNumConn<T>), name, operand)
                : ArgumentOutcome.Method(typeof(FixedNumConn<T>), name, operand, typeof(Span<T>));
        }
    }

    /// <summary>
    /// The operand (values, or spikes as bytes of 0 and 1) and the result, NaN-filled so that an element left
    /// unwritten shows. When aliased, both live in one byte buffer: the result starts in the middle of the
    /// operand (overlapping) or right after its last byte (adjacent, which is legal).
    /// </summary>
    private sealed class Memory<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly byte[] _operand;
        private readonly byte[] _result;
        private readonly int _operandBytes;
        private readonly int _resultOffset;
        private readonly int _resultLength;

        public Memory(double[] operand, bool spikes, int resultLength, Aliasing aliasing)
        {
            int elementSize = spikes ? 1 : Unsafe.SizeOf<T>();
            _operandBytes = operand.Length * elementSize;
            _resultLength = resultLength;
            Aliasing = aliasing;
            int resultBytes = resultLength * Unsafe.SizeOf<T>();
            _resultOffset = aliasing switch
            {
                Aliasing.Overlapping => _operandBytes / 2,
                Aliasing.Adjacent => _operandBytes,
                _ => 0,
            };
            _operand = new byte[aliasing == Aliasing.Separate ? _operandBytes : _resultOffset + Math.Max(resultBytes, _operandBytes - _resultOffset)];
            _result = aliasing == Aliasing.Separate ? new byte[resultBytes] : _operand;
            for (int i = 0; i < operand.Length; i++)
            {
                if (spikes)
                {
                    _operand[i] = (byte)operand[i];
                }
                else
                {
                    MemoryMarshal.Write(_operand.AsSpan(i * elementSize), T.CreateChecked(operand[i]));
                }
            }

            if (aliasing != Aliasing.Overlapping)
            {
                Result.Fill(T.NaN);
            }
        }

        public Aliasing Aliasing { get; }

        public ReadOnlySpan<byte> OperandBytes => _operand.AsSpan(0, _operandBytes);

        public ReadOnlySpan<T> Values => MemoryMarshal.Cast<byte, T>(OperandBytes);

        public ReadOnlySpan<bool> Bools => MemoryMarshal.Cast<byte, bool>(OperandBytes);

        public Span<T> Result => MemoryMarshal.Cast<byte, T>(_result.AsSpan(_resultOffset, _resultLength * Unsafe.SizeOf<T>()));
    }
}
