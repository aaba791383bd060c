namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>The operand checks the library has no public form for.</summary>
    private void WriteChecks()
    {
        Code($$"""
            /// <summary>The library's overlap check: a product must not write over what it reads.</summary>
            internal static void RequireNoOverlap<TInput>({{Names.ReadOnlySpan}}<TInput> input, {{_e.ReadOnlySpan}} result, string inputName)
                where TInput : struct
            {
                if ({{Names.MemoryExtensions}}.Overlaps({{Names.MemoryMarshal}}.AsBytes(input), {{Names.MemoryMarshal}}.AsBytes(result)))
                {
                    throw new {{Names.ArgumentException}}($"result must not overlap {inputName}.", "result");
                }
            }
            """);
        if (_hasG)
        {
            Code($$"""
                /// <summary>The per-synapse operand holds one value per stored slot.</summary>
                internal static void RequirePerSynapse({{_e.Matrix}} w, {{_e.ReadOnlySpan}} g)
                {
                    if (g.Length != w.Nse)
                    {
                        throw new {{Names.ArgumentException}}($"g must hold Nse = {w.Nse} values (one per synapse, in the matrix's slot order); got {g.Length}.", "g");
                    }
                }
                """);
        }
    }

    /// <summary>The drivers: each builds a job over rows, mirror columns or output ranges and runs it.</summary>
    private void WriteDrivers()
    {
        string g = GDriverParameter;
        string perSlot = _hasG ? "g" : "default";
        Code($$"""
            /// <summary>A vector product that gathers over the stored rows: <c>y[r] = sum_k f(w[r, k]) * x[indices[r, k]]</c>.</summary>
            internal static void RowGather({{_e.Matrix}} w, in Transform f{{g}}, {{_e.ReadOnlySpan}} x, {{_e.Span}} y)
            {
                var job = new RowGatherJob(w, f);
                {{Names.KernelParallelSpans}}.ForRows<RowGatherJob, {{_e.T}}>(ref job, y.Length, w.NConn, x, {{perSlot}}, y);
            }

            /// <summary>
            /// A vector product in the scatter direction, run as a gather over the column mirror: each output sums the
            /// slots that point at it, in row order, so no two threads write the same element.
            /// </summary>
            internal static void ColumnGather({{_e.Matrix}} w, in Transform f{{g}}, {{_e.ReadOnlySpan}} x, {{_e.Span}} y)
            {
                var job = new ColumnGatherJob(w, f);
                int slotsPerColumn = w.Nse / {{Names.Math}}.Max(1, y.Length);
                {{Names.KernelParallelSpans}}.ForRows<ColumnGatherJob, {{_e.T}}>(ref job, y.Length, slotsPerColumn, x, {{perSlot}}, y);
            }

            /// <summary>An event product on bool spikes: their active entries are found 64 at a time.</summary>
            internal static void Events({{_e.Matrix}} w, in Transform f{{g}}, {{Names.ReadOnlySpan}}<bool> spikes, {{_e.Span}} y, bool overRows)
            {
                int[] active = {{Names.ArrayPool}}<int>.Shared.Rent(spikes.Length);
                try
                {
                    Events(w, f{{GArgument}}, active, CollectActive(spikes, active), y, overRows);
                }
                finally
                {
                    {{Names.ArrayPool}}<int>.Shared.Return(active);
                }
            }

            /// <summary>An event product on bit-packed spikes: their active entries are found a word at a time.</summary>
            internal static void Events({{_e.Matrix}} w, in Transform f{{g}}, {{Names.BitSpikes}} spikes, {{_e.Span}} y, bool overRows)
            {
                int[] active = {{Names.ArrayPool}}<int>.Shared.Rent(spikes.Length);
                try
                {
                    Events(w, f{{GArgument}}, active, CollectActive(spikes.Words, active), y, overRows);
                }
                finally
                {
                    {{Names.ArrayPool}}<int>.Shared.Return(active);
                }
            }

            /// <summary>
            /// Adds the transformed weights of the active segments (stored rows, or mirror columns) into <c>y</c>, in
            /// ascending order, on one thread as the library's event kernel does; inactive segments are never read.
            /// </summary>
            private static void Events({{_e.Matrix}} w, in Transform f{{g}}, int[] active, int count, {{_e.Span}} y, bool overRows)
            {
                y.Clear();
                if (overRows)
                {
                    var job = new RowEventJob(w, f, active, count);
                    {{Names.KernelParallelSpans}}.ForRows<RowEventJob, {{_e.T}}>(ref job, 1, OneChunk, default, {{perSlot}}, y);
                }
                else
                {
                    var job = new ColumnEventJob(w, f, active, count);
                    {{Names.KernelParallelSpans}}.ForRows<ColumnEventJob, {{_e.T}}>(ref job, 1, OneChunk, default, {{perSlot}}, y);
                }
            }

            /// <summary>
            /// <c>W @ M</c> or <c>M @ W</c> as a batch gather with the operand as <c>[n, b]</c>: a right operand is used in
            /// place; a left one is transposed into a pooled buffer and the result transposed back.
            /// </summary>
            internal static void MatrixProduct<TOperand>({{_e.Matrix}} w, in Transform f{{g}}, TOperand[,] m, {{_e.T}}[,] result, bool overRows, bool right)
                where TOperand : unmanaged
            {
                int batch = right ? m.GetLength(1) : m.GetLength(0);
                if (batch == 0)
                {
                    return;
                }

                bool events = typeof(TOperand) == typeof(bool);
                if (right)
                {
                    Batch(w, f{{GArgument}}, m, batch, events, result, overRows);
                    return;
                }

                TOperand[] operand = {{Names.ArrayPool}}<TOperand>.Shared.Rent(m.Length);
                {{_e.T}}[] target = {{Names.ArrayPool}}<{{_e.T}}>.Shared.Rent(result.Length);
                try
                {
                    Transpose<TOperand>(Flat<TOperand>(m), m.GetLength(0), m.GetLength(1), operand);
                    Batch(w, f{{GArgument}}, operand, batch, events, target, overRows);
                    Transpose<{{_e.T}}>(new {{_e.ReadOnlySpan}}(target, 0, result.Length), result.Length / batch, batch, Flat<{{_e.T}}>(result));
                }
                finally
                {
                    {{Names.ArrayPool}}<TOperand>.Shared.Return(operand);
                    {{Names.ArrayPool}}<{{_e.T}}>.Shared.Return(target);
                }
            }

            /// <summary>Runs the batch gather over the stored rows or the mirror columns; <c>x</c> and <c>y</c> are <c>[n, batch]</c> arrays.</summary>
            private static void Batch({{_e.Matrix}} w, in Transform f{{g}}, global::System.Array x, int batch, bool events, global::System.Array y, bool overRows)
            {
                if (overRows)
                {
                    var job = new RowBatchJob(w, f, x, batch, events, y);
                    {{Names.KernelParallelSpans}}.ForRows<RowBatchJob, {{_e.T}}>(ref job, w.StorageRows, BatchSlotsPerRow(w.NConn, batch), default, {{perSlot}}, default);
                }
                else
                {
                    var job = new ColumnBatchJob(w, f, x, batch, events, y);
                    int columns = w.ColumnMirror.Indptr.Length - 1;
                    int slotsPerColumn = w.Nse / {{Names.Math}}.Max(1, columns);
                    {{Names.KernelParallelSpans}}.ForRows<ColumnBatchJob, {{_e.T}}>(ref job, columns, BatchSlotsPerRow(slotsPerColumn, batch), default, {{perSlot}}, default);
                }
            }

            /// <summary>The work of one segment of a batch product, in slot-sized units, for the chunk size.</summary>
            private static int BatchSlotsPerRow(int slots, int batch) =>
                (int){{Names.Math}}.Min(int.MaxValue, (long){{Names.Math}}.Max(1, slots) * {{Names.Math}}.Max(1, batch / {{Int(_e.Lanes512)}}));
            """);
    }

    /// <summary>The per-synapse parameter of a driver, with its leading separator, or nothing.</summary>
    private string GDriverParameter => _hasG ? ", " + _e.ReadOnlySpan + " g" : string.Empty;
}
