using System;
using System.Collections.Generic;
using System.Linq;
using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

internal sealed partial class NeuronModelEmitter
{
    /// <summary>The translated methods; the kernel's parts are written only for a model that has them.</summary>
    private NeuronKernelInfo Kernel => _info.Kernel ?? throw new InvalidOperationException("The model has no vector kernel.");

    private NeuronKernelUniforms Uniforms => _uniforms ?? throw new InvalidOperationException("The model has no vector kernel.");

    /// <summary>The dispatcher, <c>UpdateLanes</c> and the kernel struct of one vector step.</summary>
    private void WriteVectorUpdate()
    {
        string step = NeuronModelNames.LaneStepType + "<TLanes>";
        _w.WriteLine("/// <summary>One step of <c>args.Dt</c> ms for the neurons of the words of <paramref name=\"args\"/>, on the widest vectors the machine runs.</summary>");
        WriteUpdateSignature();
        using (_w.IncreaseIndent(1))
        {
            _w.WriteLine(NeuronModelNames.Kernels + ".UpdateLanes<" + _model + ", " + _e.T + ">(shared, args);");
        }

        _w.WriteLine();
        _w.WriteLine(NeuronModelNames.AggressiveOptimization);
        _w.WriteLine("static void " + NeuronModelNames.LaneModel + "<" + _model + ", " + _e.T + ">.UpdateLanes<TLanes>(in " + _model + " shared, in " + NeuronModelNames.StepArgs + " args)");
        using (_w.WriteBlock())
        {
            _w.WriteLine(NeuronModelNames.Kernels + ".RunLanes<TLanes, " + _e.T + ", " + step + ", " + _model + ">(args, shared);");
        }

        _w.WriteLine();
        WriteStepStruct();
    }

    private void WriteStepStruct()
    {
        string name = _info.Hierarchy.Name;
        _w.WriteLine("/// <summary>");
        _w.WriteLine("/// <c>" + name + "</c>'s Update, Threshold and Reset on <c>TLanes.Count</c> neurons at a time. The values that are the");
        _w.WriteLine("/// same for every neuron are computed once per call, in the constructor, and broadcast.");
        _w.WriteLine("/// </summary>");
        _w.WriteLine("private readonly ref struct " + NeuronModelNames.LaneStepType + "<TLanes> : " + NeuronModelNames.LaneStep + "<TLanes, " + _e.T + ">, "
            + NeuronModelNames.LaneStepFactory + "<" + NeuronModelNames.LaneStepType + "<TLanes>, " + _model + ">");
        using (_w.IncreaseIndent(1))
        {
            _w.WriteLine("where TLanes : struct, " + NeuronModelNames.Lanes + "<TLanes, " + _e.T + ">");
        }

        using (_w.WriteBlock())
        {
            foreach (var field in UsedStateFields)
            {
                _w.WriteLine("private readonly " + NeuronModelNames.Span + "<" + _e.T + "> " + SpanField(field) + ";");
            }

            foreach (var broadcast in Uniforms.Broadcasts)
            {
                string comment = broadcast is ParameterExpression ? string.Empty : " // " + ScalarValue(broadcast, outermost: true);
                _w.WriteLine("private readonly TLanes " + Uniforms.FieldOf(broadcast) + ";" + comment);
            }

            _w.WriteLine();
            WriteStepConstructor();
            _w.WriteLine();
            _w.WriteLine(NeuronModelNames.AggressiveInlining);
            _w.WriteLine("public static " + NeuronModelNames.LaneStepType + "<TLanes> Create(in " + _model + " shared, in " + NeuronModelNames.StepArgs + " args) => new(shared, args);");
            _w.WriteLine();
            WriteStep();
        }
    }

    private void WriteStepConstructor()
    {
        _w.WriteLine(NeuronModelNames.AggressiveInlining);
        _w.WriteLine("public " + NeuronModelNames.LaneStepType + "(in " + _model + " shared, in " + NeuronModelNames.StepArgs + " args)");
        using (_w.WriteBlock())
        {
            if (Uniforms.ReadsTimeStep)
            {
                _w.WriteLine(_e.T + " dt = (" + _e.T + ")args.Dt;");
            }

            foreach (var field in UsedStateFields)
            {
                _w.WriteLine(SpanField(field) + " = args.State.Field<" + _e.T + ">(" + Int(field.StateIndex) + ");");
            }

            foreach (var declaration in Uniforms.UniformDeclarations)
            {
                _w.WriteLine(_e.T + " " + LocalName(declaration.Local) + " = " + ScalarValue(declaration.Value!, outermost: true) + ";");
            }

            foreach (var broadcast in Uniforms.Broadcasts)
            {
                _w.WriteLine(Uniforms.FieldOf(broadcast) + " = TLanes.Create(" + ScalarValue(broadcast, outermost: true) + ");");
            }
        }
    }

    /// <summary>
    /// Loads the state, runs Update on every lane, puts back the <c>[UnlessRefractory]</c> fields of the
    /// refractory lanes, tests Threshold, runs Reset under the spike mask and stores what changed.
    /// </summary>
    private void WriteStep()
    {
        var written = WrittenStateFields();
        var held = UsedStateFields.Where(f => f.UnlessRefractory && WrittenBy(Kernel.Update).Contains(f.StateIndex)).ToList();
        _w.WriteLine(NeuronModelNames.AggressiveInlining);
        _w.WriteLine("public ulong Step(int index, TLanes refractory, TLanes blocked)");
        using (_w.WriteBlock())
        {
            foreach (var field in UsedStateFields)
            {
                string load = "TLanes.LoadUnchecked(" + SpanField(field) + ", index)";
                if (held.Contains(field))
                {
                    _w.WriteLine("TLanes " + HeldName(field) + " = " + load + ";");
                    load = HeldName(field);
                }

                _w.WriteLine("TLanes " + StateName(field.StateIndex) + " = " + load + ";");
            }

            _w.WriteLine();
            _w.WriteLine("// Update");
            WriteStatements(Kernel.Update, mask: null);
            if (held.Count > 0)
            {
                _w.WriteLine();
                _w.WriteLine("// [UnlessRefractory] fields keep their value while refractory.");
                foreach (var field in held)
                {
                    string state = StateName(field.StateIndex);
                    _w.WriteLine(state + " = TLanes.Select(refractory, " + HeldName(field) + ", " + state + ");");
                }
            }

            _w.WriteLine();
            var spike = WriteThreshold();
            if (Kernel.Reset.Count > 0)
            {
                _w.WriteLine();
                _w.WriteLine("// Reset, on the lanes that spiked.");
                WriteStatements(Kernel.Reset, mask: spike.Mask);
            }

            _w.WriteLine();
            foreach (var field in UsedStateFields.Where(f => written.Contains(f.StateIndex)))
            {
                _w.WriteLine("TLanes.StoreUnchecked(" + StateName(field.StateIndex) + ", " + SpanField(field) + ", index);");
            }

            _w.WriteLine("return " + spike.Bits + ";");
        }
    }

    /// <summary>
    /// Writes Threshold on the lanes not blocked (refractory or padding); returns the spike mask and bits. A
    /// threshold that is one ordered comparison (any but <c>!=</c>) compares NaN on the blocked lanes, which fails
    /// it, so the comparison itself is the spike mask: Reset's selects and the bits then take it through
    /// <c>SelectWhere</c> and <c>CompareBits</c>, where the JIT keeps it in a mask register (see
    /// <see cref="Selected"/>). Any other threshold is masked with <c>AndNot</c>, a vector.
    /// </summary>
    private SpikeMask WriteThreshold()
    {
        if (Kernel.Threshold is ComparisonExpression comparison && comparison.Operator != ComparisonOperator.NotEqual)
        {
            _w.WriteLine("// Threshold, on the lanes not blocked (refractory or padding): those compare NaN, which fails every ordered comparison.");
            _w.WriteLine("TLanes tested = TLanes.Select(blocked, TLanes.Create(" + _e.Literal(double.NaN) + "), " + VectorValue(comparison.Left, outermost: true) + ");");
            _w.WriteLine("TLanes bound = " + VectorValue(comparison.Right, outermost: true) + ";");
            string kind = NeuronModelNames.LaneComparison + "." + comparison.Operator;
            _thresholdComparison = new ThresholdComparison("TLanes." + comparison.Operator + "(tested, bound)", kind);
            return new SpikeMask(_thresholdComparison.Mask, "TLanes.CompareBits(" + kind + ", tested, bound)");
        }

        _w.WriteLine("// Threshold, on the lanes not blocked (refractory or padding).");
        _w.WriteLine("TLanes spike = TLanes.AndNot(" + VectorCondition(Kernel.Threshold) + ", blocked);");
        return new SpikeMask("spike", "TLanes.MaskBits(spike)");
    }

    /// <summary><paramref name="ifTrue"/> on the lanes of <paramref name="mask"/>, else <paramref name="ifFalse"/>: the threshold's comparison in one operation with its select.</summary>
    private string Selected(string mask, string ifTrue, string ifFalse) => _thresholdComparison is { } threshold && threshold.Mask == mask
        ? "TLanes.SelectWhere(" + threshold.Kind + ", tested, bound, " + ifTrue + ", " + ifFalse + ")"
        : "TLanes.Select(" + mask + ", " + ifTrue + ", " + ifFalse + ")";

    /// <summary>The spike mask's expression (for Reset) and its bits' (the step's result).</summary>
    private sealed record SpikeMask(string Mask, string Bits);

    /// <summary>A threshold that is one comparison: its mask's expression and its <c>LaneComparison</c>.</summary>
    private sealed record ThresholdComparison(string Mask, string Kind);

    /// <summary>The state fields the three methods read or write, in declaration order: the others are never loaded.</summary>
    private IEnumerable<NeuronFieldInfo> UsedStateFields
    {
        get
        {
            var leaves = ExpressionTrees.Leaves(Kernel.Update).Concat(ExpressionTrees.Leaves(Kernel.Threshold)).Concat(ExpressionTrees.Leaves(Kernel.Reset));
            var used = new HashSet<int>(leaves.OfType<StateFieldExpression>().Select(s => s.StateIndex));
            return StateFields.Where(f => used.Contains(f.StateIndex));
        }
    }

    private HashSet<int> WrittenStateFields()
    {
        var written = WrittenBy(Kernel.Update);
        written.UnionWith(WrittenBy(Kernel.Reset));
        return written;
    }

    private static HashSet<int> WrittenBy(IEnumerable<NeuronStatement> statements)
    {
        var written = new HashSet<int>();
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case AssignmentStatement { Target: StateFieldExpression state }:
                    written.Add(state.StateIndex);
                    break;
                case IfStatement branch:
                    written.UnionWith(WrittenBy(branch.WhenTrue));
                    written.UnionWith(WrittenBy(branch.WhenFalse));
                    break;
            }
        }

        return written;
    }

    private string SpanField(NeuronFieldInfo field) => "_" + field.Name;

    private static string HeldName(NeuronFieldInfo field) => "held_" + field.Name;

    private string StateName(int stateIndex) => "s_" + StateFields.First(f => f.StateIndex == stateIndex).Name;

    /// <summary>
    /// A local's name: <c>l_name</c>, or <c>l3_name</c> (its index) when another local of the methods has the same
    /// name (sibling scopes may reuse one). User names follow a letter and an underscore, so no generated name
    /// (<c>index</c>, <c>spike</c>, <c>m0</c>...) can equal one.
    /// </summary>
    private string LocalName(int local)
    {
        string name = Kernel.Locals[local];
        bool unique = Kernel.Locals.Count(n => n == name) == 1;
        return (unique ? "l_" : "l" + Int(local) + "_") + name;
    }
}
