using System.Linq;
using BrainEvent.Generators.Helpers;

namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>
    /// The jobs the drivers run. A job holds the matrix's memory and the transform (a struct cannot hold a
    /// span); the caller's spans arrive with every range.
    /// </summary>
    private void WriteJobs()
    {
        WriteRowGatherJob();
        WriteColumnGatherJob();
        WriteEventJob(Layout.Rows);
        WriteEventJob(Layout.Columns);
        WriteBatchJob(Layout.Rows);
        WriteBatchJob(Layout.Columns);
    }

    private string PerSlotName => _hasG ? "g" : "perSlot";

    /// <summary>The values a job reads: row-major for rows; for columns in mirror order, so a column's weights are contiguous.</summary>
    private static string ValuesFor(Layout layout) => layout == Layout.Rows ? "w.Data" : "w.DataInMirrorOrder";

    private string StoredArguments => "values" + (_hasG ? ", g" : string.Empty) + ", _f";

    private string SharedArguments => _hasG ? "w0, g, _f" : "weight";

    /// <summary>The shared weight a job's shared-variant kernels take: the transformed value, or with a per-synapse operand the raw one.</summary>
    private string SharedSetup => _hasG
        ? "var w0 = " + Names.Vector256 + ".Create(values[0]);"
        : "var weight = " + Names.Vector256 + ".Create(_f.Invoke(values[0]));";

    private void WriteRowGatherJob()
    {
        Lines($$"""
            /// <summary>One output per stored row: <c>y[r]</c> is the row's fused dot product, by the kernel unrolled for its NConn when there is one.</summary>
            private readonly struct RowGatherJob : {{Names.RowRangeJob}}<{{_e.T}}>
            {
                private readonly {{Names.ReadOnlyMemory}}<{{_e.T}}> _values;
                private readonly {{Names.ReadOnlyMemory}}<int> _indices;
                private readonly int _nConn;
                private readonly bool _shared;
                private readonly Transform _f;

                internal RowGatherJob({{_e.Matrix}} w, in Transform f)
                {
                    _values = w.Data;
                    _indices = w.Indices;
                    _nConn = w.NConn;
                    _shared = w.IsHomogeneous;
                    _f = f;
                }

                public void Execute(int fromRow, int toRow, {{_e.ReadOnlySpan}} x, {{_e.ReadOnlySpan}} {{PerSlotName}}, {{_e.Span}} y)
                {
                    var values = _values.Span;
                    var indices = _indices.Span;
                    int nConn = _nConn;
                    if (!{{Names.Vector256}}.IsHardwareAccelerated)
                    {
                        for (int r = fromRow; r < toRow; r++)
                        {
                            y[r] = RowDotScalar({{StoredArguments}}, indices, r * nConn, nConn, x);
                        }

                        return;
                    }

                    if (_shared)
                    {
                        {{SharedSetup}}
            """);
        _w.WriteLine("            switch (nConn)");
        _w.WriteLine("            {");
        WriteRowDotCases("                ", WeightVariant.Shared);
        _w.WriteLine("            }");
        _w.WriteLine("        }");
        _w.WriteLine();
        _w.WriteLine("        switch (nConn)");
        _w.WriteLine("        {");
        WriteRowDotCases("            ", WeightVariant.Stored);
        _w.WriteLine("        }");
        _w.WriteLine("    }");
        _w.WriteLine("}");
        _w.WriteLine();
    }

    /// <summary>The dispatch on <c>w.NConn</c>: a case per declared value, the generic kernel otherwise.</summary>
    private void WriteRowDotCases(string indent, WeightVariant variant)
    {
        string suffix = variant == WeightVariant.Shared ? "Shared" : string.Empty;
        string arguments = variant == WeightVariant.Shared ? SharedArguments : StoredArguments;
        foreach (int n in DeclaredNConns)
        {
            _w.WriteLine(indent + "case " + Int(n) + ":");
            _w.WriteLine(indent + "    for (int r = fromRow; r < toRow; r++)");
            _w.WriteLine(indent + "    {");
            _w.WriteLine(indent + "        y[r] = RowDot" + Int(n) + suffix + "(" + arguments + ", indices, r * " + Int(n) + ", x);");
            _w.WriteLine(indent + "    }");
            _w.WriteLine();
            _w.WriteLine(indent + "    return;");
        }

        _w.WriteLine(indent + "default:");
        _w.WriteLine(indent + "    for (int r = fromRow; r < toRow; r++)");
        _w.WriteLine(indent + "    {");
        _w.WriteLine(indent + "        y[r] = RowDot" + suffix + "(" + arguments + ", indices, r * nConn, nConn, x);");
        _w.WriteLine(indent + "    }");
        _w.WriteLine();
        _w.WriteLine(indent + "    return;");
    }

    private void WriteColumnGatherJob()
    {
        Code($$"""
            /// <summary>One output per mirror column: the slots pointing at it, with the values in mirror order.</summary>
            private readonly struct ColumnGatherJob : {{Names.RowRangeJob}}<{{_e.T}}>
            {
                private readonly {{Names.ReadOnlyMemory}}<{{_e.T}}> _values;
                private readonly {{Names.ColumnMirror}} _mirror;
                private readonly bool _shared;
                private readonly Transform _f;

                internal ColumnGatherJob({{_e.Matrix}} w, in Transform f)
                {
                    _values = w.DataInMirrorOrder;
                    _mirror = w.ColumnMirror;
                    _shared = w.IsHomogeneous;
                    _f = f;
                }

                public void Execute(int fromColumn, int toColumn, {{_e.ReadOnlySpan}} x, {{_e.ReadOnlySpan}} {{PerSlotName}}, {{_e.Span}} y)
                {
                    var values = _values.Span;
                    var indptr = _mirror.Indptr;
                    var perm = _mirror.Perm;
                    var rows = _mirror.RowOfSlot;
                    if (!{{Names.Vector256}}.IsHardwareAccelerated)
                    {
                        for (int c = fromColumn; c < toColumn; c++)
                        {
                            y[c] = ColumnDotScalar({{StoredArguments}}, perm, rows, indptr[c], indptr[c + 1] - indptr[c], x);
                        }

                        return;
                    }

                    if (_shared)
                    {
                        {{SharedSetup}}
                        for (int c = fromColumn; c < toColumn; c++)
                        {
                            y[c] = ColumnDotShared({{SharedArguments}}, perm, rows, indptr[c], indptr[c + 1] - indptr[c], x);
                        }

                        return;
                    }

                    for (int c = fromColumn; c < toColumn; c++)
                    {
                        y[c] = ColumnDot({{StoredArguments}}, perm, rows, indptr[c], indptr[c + 1] - indptr[c], x);
                    }
                }
            }
            """);
    }

    /// <summary>
    /// The event scatter over active stored rows (a row's weights transformed with the unrolled kernel of its
    /// NConn) or over active mirror columns (a window of slots at a time).
    /// </summary>
    private void WriteEventJob(Layout layout)
    {
        bool rows = layout == Layout.Rows;
        string name = rows ? "RowEventJob" : "ColumnEventJob";
        string summary = rows
            ? "Adds the transformed weights of each active stored row at its indices, in ascending row order."
            : "Adds the transformed weights of each active mirror column at the rows of its slots, in ascending column order.";
        string structure = rows
            ? $$"""
                private readonly {{Names.ReadOnlyMemory}}<int> _indices;
                private readonly int _nConn;
                """
            : $$"""
                private readonly {{Names.ColumnMirror}} _mirror;
                """;
        string assignStructure = rows
            ? """
                _indices = w.Indices;
                _nConn = w.NConn;
                """
            : """
                _mirror = w.ColumnMirror;
                """;
        Lines($$"""
            /// <summary>{{summary}}</summary>
            private readonly struct {{name}} : {{Names.RowRangeJob}}<{{_e.T}}>
            {
                private readonly {{Names.ReadOnlyMemory}}<{{_e.T}}> _values;
            {{Indent(structure, 1)}}
                private readonly bool _shared;
                private readonly Transform _f;
                private readonly int[] _active;
                private readonly int _count;

                internal {{name}}({{_e.Matrix}} w, in Transform f, int[] active, int count)
                {
                    _values = {{ValuesFor(layout)}};
            {{Indent(assignStructure, 2)}}
                    _shared = w.IsHomogeneous;
                    _f = f;
                    _active = active;
                    _count = count;
                }

                public void Execute(int fromRange, int toRange, {{_e.ReadOnlySpan}} unused, {{_e.ReadOnlySpan}} {{PerSlotName}}, {{_e.Span}} y)
                {
                    var values = _values.Span;
                    var active = new {{Names.ReadOnlySpan}}<int>(_active, 0, _count);
            """);
        using (Indented(2))
        {
            if (rows)
            {
                WriteRowEventBody();
            }
            else
            {
                WriteColumnEventBody();
            }
        }

        _w.WriteLine("    }");
        _w.WriteLine("}");
        _w.WriteLine();
    }

    private void WriteRowEventBody()
    {
        Lines($$"""
            var indices = _indices.Span;
            int nConn = _nConn;
            {{_e.T}}[] buffer = {{Names.ArrayPool}}<{{_e.T}}>.Shared.Rent(nConn + {{Int(_e.Lanes)}});
            try
            {
                var tw = new {{_e.Span}}(buffer);
            {{Indent(PrefillShared, 1)}}
                for (int i = 0; i < active.Length; i++)
                {
                    if (i + Lookahead < active.Length)
                    {
                        int ahead = active[i + Lookahead] * nConn;
                        {{Names.KernelPrimitives}}.Prefetch(indices, ahead, nConn);
                        {{Names.KernelPrimitives}}.Prefetch(values, _shared ? 0 : ahead, _shared ? 1 : nConn);
                    }

                    int slot = active[i] * nConn;
            {{Indent(FillWeights(Layout.Rows, "slot", "nConn"), 2)}}
                    AddAll(tw, indices.Slice(slot, nConn), y);
                }
            }
            finally
            {
                {{Names.ArrayPool}}<{{_e.T}}>.Shared.Return(buffer);
            }
            """);
    }

    private void WriteColumnEventBody()
    {
        Lines($$"""
            var indptr = _mirror.Indptr;
            var perm = _mirror.Perm;
            var rows = _mirror.RowOfSlot;
            {{_e.Span}} tw = stackalloc {{_e.T}}[ColumnWindow + {{Int(_e.Lanes)}}];
            {{PrefillShared}}
            for (int i = 0; i < active.Length; i++)
            {
                if (i + Lookahead < active.Length)
                {
                    int ahead = active[i + Lookahead];
                    int length = indptr[ahead + 1] - indptr[ahead];
                    {{Names.KernelPrimitives}}.Prefetch(rows, indptr[ahead], length);
                    {{Names.KernelPrimitives}}.Prefetch(values, _shared ? 0 : indptr[ahead], _shared ? 1 : length);
                }

                int c = active[i];
                int end = indptr[c + 1];
                for (int p = indptr[c]; p < end; p += ColumnWindow)
                {
                    int n = {{Names.Math}}.Min(ColumnWindow, end - p);
            {{Indent(FillWeights(Layout.Columns, "p", "n"), 2)}}
                    AddAll(tw, rows.Slice(p, n), y);
                }
            }
            """);
    }

    /// <summary>Without a per-synapse operand a shared weight transforms to one value: the buffer is filled once.</summary>
    private string PrefillShared => _hasG
        ? "// Every slot has its own g, so even a shared weight is transformed per slot.\n"
        : """
            if (_shared)
            {
                tw.Fill(_f.Invoke(values[0]));
            }

            """;

    /// <summary>The call that transforms the weights of <c>[start, start + n)</c> into <c>tw</c>.</summary>
    private string FillWeights(Layout layout, string start, string n)
    {
        string call = layout == Layout.Rows
            ? "FillRowWeights(values" + GArgument + ", _f" + (_hasG ? ", _shared" : string.Empty) + ", " + start + ", " + n + ", tw);"
            : "FillColumnWeights(values" + GArgument + ", _f" + (_hasG ? ", _shared" : string.Empty) + ", perm, " + start + ", " + n + ", tw);";
        return _hasG
            ? call
            : "if (!_shared)\n{\n    " + call + "\n}\n";
    }

    /// <summary>The batch gather over stored rows or mirror columns; each segment's weights are transformed once, then swept along the batch.</summary>
    private void WriteBatchJob(Layout layout)
    {
        bool rows = layout == Layout.Rows;
        string name = rows ? "RowBatchJob" : "ColumnBatchJob";
        string structure = rows
            ? $$"""
                private readonly {{Names.ReadOnlyMemory}}<int> _indices;
                private readonly int _nConn;
                """
            : $$"""
                private readonly {{Names.ColumnMirror}} _mirror;
                private readonly int _longestColumn;
                """;
        string assignStructure = rows
            ? """
                _indices = w.Indices;
                _nConn = w.NConn;
                """
            : """
                _mirror = w.ColumnMirror;
                _longestColumn = LongestColumn(_mirror.Indptr);
                """;
        string segments = rows
            ? $$"""
                var indices = _indices.Span;
                int nConn = _nConn;
                {{_e.T}}[] buffer = {{Names.ArrayPool}}<{{_e.T}}>.Shared.Rent(nConn + {{Int(_e.Lanes)}});
                """
            : $$"""
                var indptr = _mirror.Indptr;
                var perm = _mirror.Perm;
                var rows = _mirror.RowOfSlot;
                {{_e.T}}[] buffer = {{Names.ArrayPool}}<{{_e.T}}>.Shared.Rent(_longestColumn + {{Int(_e.Lanes)}});
                """;
        string segment = rows
            ? $$"""
                int slot = s * nConn;
                {{FillWeights(Layout.Rows, "slot", "nConn")}}
                var targets = indices.Slice(slot, nConn);
                var weights = tw.Slice(0, nConn);
                """
            : $$"""
                int start = indptr[s];
                int n = indptr[s + 1] - start;
                {{FillWeights(Layout.Columns, "start", "n")}}
                var targets = rows.Slice(start, n);
                var weights = tw.Slice(0, n);
                """;
        Code($$"""
            /// <summary>{{(rows ? "Matrix products over stored rows" : "Matrix products over mirror columns")}}: <c>y[s, :] = sum over the segment's slots of f(w) * x[target, :]</c>.</summary>
            private readonly struct {{name}} : {{Names.RowRangeJob}}<{{_e.T}}>
            {
                private readonly {{Names.ReadOnlyMemory}}<{{_e.T}}> _values;
            {{Indent(structure, 1)}}
                private readonly bool _shared;
                private readonly Transform _f;
                private readonly global::System.Array _x;
                private readonly int _batch;
                private readonly bool _events;
                private readonly global::System.Array _y;

                internal {{name}}({{_e.Matrix}} w, in Transform f, global::System.Array x, int batch, bool events, global::System.Array y)
                {
                    _values = {{ValuesFor(layout)}};
            {{Indent(assignStructure, 2)}}
                    _shared = w.IsHomogeneous;
                    _f = f;
                    _x = x;
                    _batch = batch;
                    _events = events;
                    _y = y;
                }

                public void Execute(int fromSegment, int toSegment, {{_e.ReadOnlySpan}} unused, {{_e.ReadOnlySpan}} {{PerSlotName}}, {{_e.Span}} unusedResult)
                {
                    var values = _values.Span;
                    {{_e.ReadOnlySpan}} dense = _events ? default : Flat<{{_e.T}}>(_x);
                    {{Names.ReadOnlySpan}}<bool> spikes = _events ? Flat<bool>(_x) : default;
                    var y = Flat<{{_e.T}}>(_y);
            {{Indent(segments, 2)}}
                    try
                    {
                        var tw = new {{_e.Span}}(buffer);
            {{Indent(PrefillShared, 3)}}
                        for (int s = fromSegment; s < toSegment; s++)
                        {
            {{Indent(segment, 4)}}
                            var output = y.Slice(s * _batch, _batch);
                            if (_events)
                            {
                                AccumulateEvents(weights, targets, spikes, _batch, output);
                            }
                            else
                            {
                                AccumulateDense(weights, targets, dense, _batch, output);
                            }
                        }
                    }
                    finally
                    {
                        {{Names.ArrayPool}}<{{_e.T}}>.Shared.Return(buffer);
                    }
                }
            }
            """);
    }

    /// <summary>Indents every line but the first of a multi-line piece by <paramref name="levels"/> steps, for splicing into a template line.</summary>
    private static string Indent(string text, int levels)
    {
        string pad = new(' ', 4 * levels);
        var lines = text.Split('\n');
        return pad + string.Join("\n", lines.Select(l => l.Length == 0 ? l : pad + l)).TrimStart(' ');
    }

    /// <summary>Raises the indentation of what follows until disposed.</summary>
    private IndentedTextWriter.Indentation Indented(int levels) => _w.IncreaseIndent(levels);
}
