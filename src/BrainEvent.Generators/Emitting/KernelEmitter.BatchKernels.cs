namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>
    /// The sweep of one segment along the batch of a matrix product, given the segment's transformed weights:
    /// four <c>Vector512</c> accumulators when 512-bit vectors are accelerated, then <c>Vector256</c>, then
    /// single lanes. Every lane adds the same terms in the same order, so the width used changes no bit.
    /// </summary>
    private void WriteBatchKernels()
    {
        WriteAccumulate(events: false);
        WriteAccumulate(events: true);
        WriteActiveLanes();
    }

    private void WriteAccumulate(bool events)
    {
        string name = events ? "AccumulateEvents" : "AccumulateDense";
        string operandType = events ? Names.ReadOnlySpan + "<bool> spikes" : _e.ReadOnlySpan + " x";
        string summary = events
            ? "<c>y[c] = sum of tw[k] over the slots k whose spikes[targets[k], c] is set</c>: a silent entry adds nothing, even a NaN weight."
            : "<c>y[c] = sum_k tw[k] * x[targets[k], c]</c> for every column <c>c</c> of the batch.";
        _w.WriteLine("/// <summary>" + summary + "</summary>");
        _w.WriteLine("private static void " + name + "(" + _e.ReadOnlySpan + " tw, " + Names.ReadOnlySpan + "<int> targets, " + operandType + ", int batch, " + _e.Span + " y)");
        using (_w.WriteBlock())
        {
            _w.WriteLine("int n = targets.Length;");
            _w.WriteLine("int c = 0;");
            _w.WriteLine("if (" + Names.Vector512 + ".IsHardwareAccelerated)");
            using (_w.WriteBlock())
            {
                WriteBatchBlock(events, wide: true, accumulators: 4);
                WriteBatchBlock(events, wide: true, accumulators: 1);
            }

            _w.WriteLine();
            _w.WriteLine("if (" + Names.Vector256 + ".IsHardwareAccelerated)");
            using (_w.WriteBlock())
            {
                WriteBatchBlock(events, wide: false, accumulators: 4);
                WriteBatchBlock(events, wide: false, accumulators: 1);
            }

            _w.WriteLine();
            string term = events
                ? "if (spikes[(targets[k] * batch) + c])\n{\n    acc += tw[k];\n}"
                : "acc = " + _e.MathType + ".FusedMultiplyAdd(tw[k], x[(targets[k] * batch) + c], acc);";
            Lines($$"""
                for (; c < batch; c++)
                {
                    {{_e.T}} acc = 0;
                    for (int k = 0; k < n; k++)
                    {
                {{Indent(term, 2)}}
                    }

                    y[c] = acc;
                }
                """);
        }

        _w.WriteLine();
    }

    /// <summary>One loop over the batch in steps of <paramref name="accumulators"/> vectors, each held in a register while the slots stream past.</summary>
    private void WriteBatchBlock(bool events, bool wide, int accumulators)
    {
        string vector = wide ? Names.Vector512 : Names.Vector256;
        string vectorType = wide ? _e.V512 : _e.V256;
        int lanes = wide ? _e.Lanes512 : _e.Lanes;
        int step = lanes * accumulators;
        string load = wide ? "Load512" : "Load";
        string store = wide ? "Store512" : "Store";
        string active = wide ? "ActiveLanes512" : "ActiveLanes256";
        _w.WriteLine("for (; c + " + Int(step) + " <= batch; c += " + Int(step) + ")");
        using (_w.WriteBlock())
        {
            for (int a = 0; a < accumulators; a++)
            {
                _w.WriteLine("var a" + Int(a) + " = " + vectorType + ".Zero;");
            }

            _w.WriteLine("for (int k = 0; k < n; k++)");
            using (_w.WriteBlock())
            {
                _w.WriteLine("var weight = " + vector + ".Create(tw[k]);");
                _w.WriteLine("int at = (targets[k] * batch) + c;");
                for (int a = 0; a < accumulators; a++)
                {
                    string at = Offset("at", a * lanes);
                    _w.WriteLine(events
                        ? "a" + Int(a) + " += weight & " + active + "(spikes, " + at + ");"
                        : "a" + Int(a) + " = " + vector + ".FusedMultiplyAdd(weight, " + load + "(x, " + at + "), a" + Int(a) + ");");
                }
            }

            _w.WriteLine();
            for (int a = 0; a < accumulators; a++)
            {
                _w.WriteLine(store + "(a" + Int(a) + ", y, " + Offset("c", a * lanes) + ");");
            }
        }

        _w.WriteLine();
    }

    /// <summary>Lane masks from bool spikes: the bytes are widened to the element width and compared with zero.</summary>
    private void WriteActiveLanes()
    {
        string v128 = Names.Vector128;
        string v256 = Names.Vector256;
        string v512 = Names.Vector512;
        string bytes = Names.MemoryMarshal + ".AsBytes(spikes)";
        bool isFloat = _e.Kind == Model.ElementKind.Float;

        // float: 16 bytes -> 16 x ushort -> 16 x uint for 512 bits; 8 bytes -> 8 x ushort -> 8 x uint for 256.
        // double: 8 bytes -> 8 x ushort -> 8 x uint -> 8 x ulong for 512 bits; 4 bytes -> ... -> 4 x ulong for 256.
        string wide512 = isFloat
            ? v512 + ".WidenLower(" + v256 + ".ToVector512Unsafe(" + v256 + ".WidenLower(" + v128 + ".ToVector256Unsafe(" + v128 + ".LoadUnsafe(ref " + Names.MemoryMarshal + ".GetReference(" + bytes + "), (nuint)start)))))"
            : v512 + ".WidenLower(" + v256 + ".ToVector512Unsafe(" + v256 + ".WidenLower(" + v128 + ".ToVector256Unsafe(" + v128 + ".WidenLower(" + ScalarBytes("ulong") + ")))))";
        string wide256 = isFloat
            ? v256 + ".WidenLower(" + v128 + ".ToVector256Unsafe(" + v128 + ".WidenLower(" + ScalarBytes("ulong") + ")))"
            : v256 + ".WidenLower(" + v128 + ".ToVector256Unsafe(" + v128 + ".WidenLower(" + v128 + ".WidenLower(" + ScalarBytes("uint") + "))))";
        string zero512 = isFloat ? v512 + "<uint>.Zero" : v512 + "<ulong>.Zero";
        string zero256 = isFloat ? v256 + "<uint>.Zero" : v256 + "<ulong>.Zero";
        Code($$"""
            /// <summary>All bits set in the lanes whose spike <c>spikes[start + i]</c> is set ({{Int(_e.Lanes512)}} lanes).</summary>
            private static {{_e.V512}} ActiveLanes512({{Names.ReadOnlySpan}}<bool> spikes, int start) =>
                {{v512}}.{{_e.As}}({{v512}}.GreaterThan({{wide512}}, {{zero512}}));

            /// <summary>All bits set in the lanes whose spike <c>spikes[start + i]</c> is set ({{Int(_e.Lanes)}} lanes).</summary>
            private static {{_e.V256}} ActiveLanes256({{Names.ReadOnlySpan}}<bool> spikes, int start) =>
                {{v256}}.{{_e.As}}({{v256}}.GreaterThan({{wide256}}, {{zero256}}));
            """);
    }

    /// <summary>The spike bytes at <c>start</c> read as one <paramref name="word"/> into the low lanes of a byte vector.</summary>
    private static string ScalarBytes(string word) =>
        Names.Vector128 + ".AsByte(" + Names.Vector128 + ".CreateScalarUnsafe(" + Names.MemoryMarshal + ".Read<" + word + ">("
        + Names.MemoryMarshal + ".AsBytes(spikes.Slice(start, " + (word == "ulong" ? "8" : "4") + ")))))";
}
