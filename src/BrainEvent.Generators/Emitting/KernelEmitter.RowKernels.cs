namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>
    /// The kernels of one stored row: for each declared NConn a fused dot product and a weight transform
    /// unrolled into vector operations (full vectors, then one partial vector); a generic vector loop with a
    /// partial tail for any other NConn; scalar loops for machines without vector hardware.
    /// </summary>
    private void WriteRowKernels()
    {
        foreach (int n in DeclaredNConns)
        {
            WriteUnrolledRowDot(n, WeightVariant.Stored);
            WriteUnrolledRowDot(n, WeightVariant.Shared);
            WriteUnrolledRowWeights(n, WeightVariant.Stored);
            if (_hasG)
            {
                WriteUnrolledRowWeights(n, WeightVariant.Shared);
            }
        }

        WriteGenericDot(Layout.Rows, WeightVariant.Stored);
        WriteGenericDot(Layout.Rows, WeightVariant.Shared);
        WriteGenericWeights(Layout.Rows, WeightVariant.Stored);
        if (_hasG)
        {
            WriteGenericWeights(Layout.Rows, WeightVariant.Shared);
        }

        WriteScalarKernels(Layout.Rows);
        WriteFillWeights(Layout.Rows);
    }

    private void WriteUnrolledRowDot(int n, WeightVariant variant)
    {
        _w.WriteLine("/// <summary>A stored row of " + Int(n) + " slots: sum of f(w) * x[index], " + UnrollDescription(n) + ".</summary>");
        _w.WriteLine(
            "private static " + _e.T + " RowDot" + Int(n) + Suffix(variant) + "(" + Parameters(variant) + ", "
            + Names.ReadOnlySpan + "<int> indices, int slot, " + _e.ReadOnlySpan + " x)");
        using (_w.WriteBlock())
        {
            _w.WriteLine("var acc0 = " + _e.V256 + ".Zero;");
            _w.WriteLine("var acc1 = " + _e.V256 + ".Zero;");
            WriteUnrolled(
                n,
                (offset, vector) => FusedMultiplyAdd(
                    "acc" + Int(vector % 2), WeightVector(variant, Layout.Rows, offset), OperandVector(Layout.Rows, offset)),
                (offset, count, vector) => FusedMultiplyAdd(
                    "acc" + Int(vector % 2),
                    PartialWeightVector(variant, Layout.Rows, offset, count),
                    PartialOperandVector(Layout.Rows, offset, count)));
            _w.WriteLine("return Sum(acc0 + acc1);");
        }

        _w.WriteLine();
    }

    private void WriteUnrolledRowWeights(int n, WeightVariant variant)
    {
        _w.WriteLine("/// <summary>The transformed weights of a stored row of " + Int(n) + " slots into <c>tw</c>, " + UnrollDescription(n) + ".</summary>");
        _w.WriteLine("private static void RowWeights" + Int(n) + Suffix(variant) + "(" + Parameters(variant) + ", int slot, " + _e.Span + " tw)");
        using (_w.WriteBlock())
        {
            WriteUnrolled(
                n,
                (offset, vector) => StoreWeights(WeightVector(variant, Layout.Rows, offset), RelativeOffset(offset)),
                (offset, count, vector) => StoreWeights(PartialWeightVector(variant, Layout.Rows, offset, count), RelativeOffset(offset)));
        }

        _w.WriteLine();
    }

    /// <summary>Where a row offset (<c>slot + ...</c>) lands in the row's weight buffer.</summary>
    private static string RelativeOffset(string offset) => offset == "slot" ? "0" : offset.Substring("slot + ".Length);

    private string UnrollDescription(int n)
    {
        int vectors = n / _e.Lanes;
        int rest = n % _e.Lanes;
        string full = vectors <= MaxUnrolledVectors
            ? Int(vectors) + " vectors unrolled"
            : Int(vectors) + " vectors in unrolled blocks of four";
        return rest == 0 ? full : full + " and one partial vector of " + Int(rest);
    }

    /// <summary>
    /// The statements over a row of <paramref name="n"/> slots: <paramref name="full"/> for each full vector (with
    /// its offset and index), then <paramref name="partial"/> for the rest. Up to <see cref="MaxUnrolledVectors"/>
    /// vectors are written out; longer rows loop over blocks of four (a constant trip count), then write out the rest.
    /// </summary>
    private void WriteUnrolled(int n, System.Func<string, int, string> full, System.Func<string, string, int, string> partial)
    {
        int lanes = _e.Lanes;
        int vectors = n / lanes;
        int rest = n % lanes;
        int first = 0;
        if (vectors > MaxUnrolledVectors)
        {
            int blocked = vectors / 4 * 4;
            _w.WriteLine("for (int k = 0; k < " + Int(blocked * lanes) + "; k += " + Int(4 * lanes) + ")");
            using (_w.WriteBlock())
            {
                for (int i = 0; i < 4; i++)
                {
                    _w.WriteLine(full(Offset("slot + k", i * lanes), i));
                }
            }

            _w.WriteLine();
            first = blocked;
        }

        for (int i = first; i < vectors; i++)
        {
            _w.WriteLine(full(Offset("slot", i * lanes), i));
        }

        if (rest > 0)
        {
            _w.WriteLine("var mask = FirstLanes(" + Int(rest) + ");");
            _w.WriteLine(partial(Offset("slot", vectors * lanes), Int(rest), vectors));
        }
    }

    /// <summary>The vector loop for any segment length: two vectors a step, one more if it fits, then a masked partial vector.</summary>
    private void WriteGenericDot(Layout layout, WeightVariant variant)
    {
        bool rows = layout == Layout.Rows;
        string name = (rows ? "RowDot" : "ColumnDot") + Suffix(variant);
        string where = rows ? Names.ReadOnlySpan + "<int> indices, int start" : Names.ReadOnlySpan + "<int> perm, " + Names.ReadOnlySpan + "<int> rows, int start";
        string summary = rows
            ? "A stored row of any length: sum of f(w) * x[index], a vector loop with a partial tail."
            : "A mirror column (values in mirror order): sum of f(w) * x[row], operands gathered, a vector loop with a partial tail.";
        int lanes = _e.Lanes;
        Code($$"""
            /// <summary>{{summary}}</summary>
            {{Names.AggressiveInlining}}
            private static {{_e.T}} {{name}}({{Parameters(variant)}}, {{where}}, int n, {{_e.ReadOnlySpan}} x)
            {
                var acc0 = {{_e.V256}}.Zero;
                var acc1 = {{_e.V256}}.Zero;
                int k = 0;
                for (; k + {{Int(2 * lanes)}} <= n; k += {{Int(2 * lanes)}})
                {
                    {{FusedMultiplyAdd("acc0", WeightVector(variant, layout, "start + k"), OperandVector(layout, "start + k"))}}
                    {{FusedMultiplyAdd("acc1", WeightVector(variant, layout, "start + k + " + Int(lanes)), OperandVector(layout, "start + k + " + Int(lanes)))}}
                }

                if (k + {{Int(lanes)}} <= n)
                {
                    {{FusedMultiplyAdd("acc0", WeightVector(variant, layout, "start + k"), OperandVector(layout, "start + k"))}}
                    k += {{Int(lanes)}};
                }

                if (k < n)
                {
                    var mask = FirstLanes(n - k);
                    {{FusedMultiplyAdd("acc1", PartialWeightVector(variant, layout, "start + k", "n - k"), PartialOperandVector(layout, "start + k", "n - k"))}}
                }

                return Sum(acc0 + acc1);
            }
            """);
    }

    private void WriteGenericWeights(Layout layout, WeightVariant variant)
    {
        bool rows = layout == Layout.Rows;
        string name = (rows ? "RowWeights" : "ColumnWeights") + Suffix(variant);
        string where = rows ? "int start" : Names.ReadOnlySpan + "<int> perm, int start";
        string summary = rows
            ? "The transformed weights of any run of stored slots into <c>tw</c>, a vector at a time."
            : "The transformed weights of a run of mirror positions (values in mirror order, a per-synapse operand through <c>perm</c>) into <c>tw</c>, a vector at a time.";
        int lanes = _e.Lanes;
        Code($$"""
            /// <summary>{{summary}}</summary>
            private static void {{name}}({{Parameters(variant)}}, {{where}}, int n, {{_e.Span}} tw)
            {
                int k = 0;
                for (; k + {{Int(lanes)}} <= n; k += {{Int(lanes)}})
                {
                    {{StoreWeights(WeightVector(variant, layout, "start + k"), "k")}}
                }

                if (k < n)
                {
                    var mask = FirstLanes(n - k);
                    {{StoreWeights(PartialWeightVector(variant, layout, "start + k", "n - k"), "k")}}
                }
            }
            """);
    }

    /// <summary>The scalar dot product and weight transform of a segment, in slot order, for machines without vector hardware.</summary>
    private void WriteScalarKernels(Layout layout)
    {
        bool rows = layout == Layout.Rows;
        string prefix = rows ? "Row" : "Column";
        string where = rows ? Names.ReadOnlySpan + "<int> indices" : Names.ReadOnlySpan + "<int> perm, " + Names.ReadOnlySpan + "<int> rows";
        string slot = rows ? "p" : "perm[p]";
        string operand = rows ? "x[indices[p]]" : "x[rows[p]]";
        string weightSlot = rows ? "start + k" : "perm[start + k]";
        string weightWhere = rows ? string.Empty : Names.ReadOnlySpan + "<int> perm, ";
        Code($$"""
            /// <summary>The scalar form of <c>{{prefix}}Dot</c>.</summary>
            private static {{_e.T}} {{prefix}}DotScalar({{StoredParameters}}, {{where}}, int start, int n, {{_e.ReadOnlySpan}} x)
            {
                {{_e.T}} sum = 0;
                for (int p = start; p < start + n; p++)
                {
                    sum += {{ScalarWeight("p", slot)}} * {{operand}};
                }

                return sum;
            }

            /// <summary>The scalar form of <c>{{prefix}}Weights</c>.</summary>
            private static void {{prefix}}WeightsScalar({{StoredParameters}}, {{weightWhere}}int start, int n, {{_e.Span}} tw)
            {
                for (int k = 0; k < n; k++)
                {
                    tw[k] = {{ScalarWeight("start + k", weightSlot)}};
                }
            }
            """);
    }

    /// <summary>
    /// The dispatcher that transforms a segment's weights into a buffer for the scatter and batch kernels:
    /// scalar without vector hardware, else the kernel unrolled for the row's NConn when declared.
    /// </summary>
    private void WriteFillWeights(Layout layout)
    {
        bool rows = layout == Layout.Rows;
        string prefix = rows ? "Row" : "Column";
        string shared = _hasG ? ", bool shared" : string.Empty;
        string where = rows ? string.Empty : Names.ReadOnlySpan + "<int> perm, ";
        string whereArgument = rows ? string.Empty : "perm, ";
        _w.WriteLine(
            "/// <summary>The transformed weights of " + (rows ? "stored slots" : "mirror positions")
            + " <c>[start, start + n)</c> into <c>tw</c> (room for n + " + Int(_e.Lanes) + ")."
            + (_hasG ? string.Empty : " A shared weight is the caller's to fill.") + "</summary>");
        _w.WriteLine("private static void Fill" + prefix + "Weights(" + StoredParameters + shared + ", " + where + "int start, int n, " + _e.Span + " tw)");
        using (_w.WriteBlock())
        {
            _w.WriteLine("if (!" + Names.Vector256 + ".IsHardwareAccelerated)");
            using (_w.WriteBlock())
            {
                _w.WriteLine(prefix + "WeightsScalar(values" + GArgument + ", f, " + whereArgument + "start, n, tw);");
                _w.WriteLine("return;");
            }

            _w.WriteLine();
            if (_hasG)
            {
                _w.WriteLine("if (shared)");
                using (_w.WriteBlock())
                {
                    _w.WriteLine("var w0 = " + Names.Vector256 + ".Create(values[0]);");
                    WriteWeightsDispatch(rows, WeightVariant.Shared, whereArgument);
                }

                _w.WriteLine();
            }

            WriteWeightsDispatch(rows, WeightVariant.Stored, whereArgument);
        }

        _w.WriteLine();
    }

    private void WriteWeightsDispatch(bool rows, WeightVariant variant, string whereArgument)
    {
        string arguments = Arguments(variant);
        if (!rows)
        {
            _w.WriteLine("ColumnWeights" + Suffix(variant) + "(" + arguments + ", " + whereArgument + "start, n, tw);");
            _w.WriteLine("return;");
            return;
        }

        _w.WriteLine("switch (n)");
        using (_w.WriteBlock())
        {
            foreach (int n in DeclaredNConns)
            {
                _w.WriteLine("case " + Int(n) + ":");
                _w.WriteLine("    RowWeights" + Int(n) + Suffix(variant) + "(" + arguments + ", start, tw);");
                _w.WriteLine("    return;");
            }

            _w.WriteLine("default:");
            _w.WriteLine("    RowWeights" + Suffix(variant) + "(" + arguments + ", start, n, tw);");
            _w.WriteLine("    return;");
        }
    }

}
