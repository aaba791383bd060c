using BrainEvent.Generators.Model;

namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>The operand forms of the generated products.</summary>
    private enum Operand
    {
        Values,
        Spikes,
        BitSpikes,
        Matrix,
        SpikeMatrix,
    }

    /// <summary>The public products: for each form, <c>W @ x</c> (right) and <c>x @ W</c>.</summary>
    private void WriteEntryPoints()
    {
        foreach (var operand in new[] { Operand.Values, Operand.Spikes, Operand.BitSpikes })
        {
            WriteVectorProduct(operand, right: true);
            WriteVectorProduct(operand, right: false);
        }

        foreach (var operand in new[] { Operand.Matrix, Operand.SpikeMatrix })
        {
            WriteMatrixProduct(operand, right: true);
            WriteMatrixProduct(operand, right: false);
        }
    }

    /// <summary>
    /// Whether a product gathers over the stored rows: <c>W @ x</c> on FixedPost (its rows are W's rows) and
    /// <c>x @ W</c> on FixedPre. The other direction reads the column mirror.
    /// </summary>
    private bool IsRowGather(bool right) => (_info.Matrix == MatrixKind.FixedPost) == right;

    private string MatrixType => "global::BrainEvent." + (_info.Matrix == MatrixKind.FixedPost ? "FixedPostNumConn" : "FixedPreNumConn") + "<" + _e.T + ">";

    private string TransformName => _info.Transform is { } t ? Identifiers.Escape(t.MethodName) : "the identity";

    /// <summary>The library call the product equals, for the docs.</summary>
    private string Equivalent(string call)
    {
        string transformed = _info.Transform switch
        {
            null => "w",
            { HasPerSynapse: true } t => "w.Apply2(w.WithData(g), " + Identifiers.Escape(t.MethodName) + ")",
            { } t => "w.Apply(" + Identifiers.Escape(t.MethodName) + ")",
        };
        return "<c>" + transformed + "." + call + "</c>";
    }

    /// <summary>What the product saves over the library call it equals, for the docs.</summary>
    private string Unbuilt => _info.Transform is null ? "." : " without building the transformed matrix.";

    private string WeightsDoc => _info.Transform is null
        ? "with the weights as stored"
        : _hasG
            ? "with each weight <c>w</c> replaced by <c>" + TransformName + "(w, g)</c> for its synapse's <c>g</c>"
            : "with each weight <c>w</c> replaced by <c>" + TransformName + "(w)</c>";

    private void WriteVectorProduct(Operand operand, bool right)
    {
        string name = right ? Names.MatVec : Names.VecMat;
        string input = operand == Operand.Values ? "v" : "spikes";
        string inputType = operand switch
        {
            Operand.Values => _e.ReadOnlySpan,
            Operand.Spikes => Names.ReadOnlySpan + "<bool>",
            _ => Names.BitSpikes,
        };
        string inputLength = right ? "w.NumPost" : "w.NumPre";
        string resultLength = right ? "w.NumPre" : "w.NumPost";
        string product = right ? "W @ " + (operand == Operand.Values ? "v" : "s") : (operand == Operand.Values ? "v" : "s") + " @ W";
        string inputDoc = operand switch
        {
            Operand.Values => "A vector of length <c>" + inputLength + "</c>.",
            Operand.Spikes => "Spikes of length <c>" + inputLength + "</c> (true = active, counts as 1); only active entries are read.",
            _ => "Bit-packed spikes of length <c>" + inputLength + "</c>; only active entries are read.",
        };

        _w.WriteLine("/// <summary>");
        _w.WriteLine("/// <c>" + product + "</c> " + WeightsDoc + ", written into <paramref name=\"result\"/>, which it");
        _w.WriteLine("/// overwrites: " + Equivalent(name + "(" + input + ", result)") + Unbuilt + " Allocates nothing.");
        _w.WriteLine("/// </summary>");
        WriteCommonParamDocs();
        _w.WriteLine("/// <param name=\"" + input + "\">" + inputDoc + "</param>");
        _w.WriteLine("/// <param name=\"result\">The product, length <c>" + resultLength + "</c>.</param>");
        _w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A length does not fit, or <paramref name=\"result\"/> overlaps an input.</exception>");
        _w.WriteLine("public void " + name + "(" + MatrixType + " w, " + GParameter + inputType + " " + input + ", " + _e.Span + " result)");
        using (_w.WriteBlock())
        {
            // Spikes index the stored rows in the scatter direction: the event product walks the rows that fired.
            bool overRows = operand == Operand.Values ? IsRowGather(right) : !IsRowGather(right);
            WriteKernelCall(name, input, overRows);
        }

        _w.WriteLine();
    }

    private void WriteMatrixProduct(Operand operand, bool right)
    {
        string name = right ? Names.MatMat : Names.LeftMatMat;
        bool events = operand == Operand.SpikeMatrix;
        string input = events ? "spikes" : "m";
        string inputType = events ? "bool[,]" : _e.T + "[,]";
        string product = right ? (events ? "W @ S" : "W @ M") : (events ? "S @ W" : "M @ W");
        string inputShape = right ? "(w.NumPost, b)" : "(b, w.NumPre)";
        string resultShape = right ? "(w.NumPre, b)" : "(b, w.NumPost)";
        string inputDoc = events
            ? "An event matrix of shape <c>" + inputShape + "</c> (true = active, counts as 1)."
            : "A matrix of shape <c>" + inputShape + "</c>.";

        _w.WriteLine("/// <summary>");
        _w.WriteLine("/// <c>" + product + "</c> " + WeightsDoc + ", written into <paramref name=\"result\"/>, which it");
        _w.WriteLine("/// overwrites: " + Equivalent(name + "(" + input + ", result)") + Unbuilt);
        _w.WriteLine("/// </summary>");
        WriteCommonParamDocs();
        _w.WriteLine("/// <param name=\"" + input + "\">" + inputDoc + "</param>");
        _w.WriteLine("/// <param name=\"result\">The product, shape <c>" + resultShape + "</c>.</param>");
        _w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A shape or length does not fit, or <paramref name=\"result\"/> shares memory with an input.</exception>");
        _w.WriteLine("public void " + name + "(" + MatrixType + " w, " + GParameter + inputType + " " + input + ", " + _e.T + "[,] result)");
        using (_w.WriteBlock())
        {
            WriteKernelCall(name, input, IsRowGather(right));
        }

        _w.WriteLine();
    }

    /// <summary>
    /// The library kernel of the product: over stored rows, the one compiled for the matrix's NConn when it is a
    /// declared one; mirror columns vary in length, so mirror products take the matrix's own.
    /// </summary>
    private void WriteKernelCall(string method, string input, bool overRows)
    {
        string arguments = "(w, " + TransformArgument + GArgument + ", " + input + ", result);";
        if (!overRows || _info.NConns.Count == 0)
        {
            _w.WriteLine(KernelMethod(method, Names.RuntimeConnCount) + arguments);
            return;
        }

        _w.WriteLine(Names.ArgumentNullException + ".ThrowIfNull(w);");
        _w.WriteLine("switch (w.NConn)");
        using (_w.WriteBlock())
        {
            foreach (int nConn in DeclaredNConns)
            {
                _w.WriteLine("case " + Int(nConn) + ":");
                using (_w.IncreaseIndent(1))
                {
                    _w.WriteLine(KernelMethod(method, Names.Kernels + "." + ConnCountName(nConn)) + arguments);
                    _w.WriteLine("return;");
                }
            }

            _w.WriteLine("default:");
            using (_w.IncreaseIndent(1))
            {
                _w.WriteLine(KernelMethod(method, Names.RuntimeConnCount) + arguments);
                _w.WriteLine("return;");
            }
        }
    }

    private string KernelMethod(string method, string connCount) =>
        Names.FixedNumKernels + "." + method + "<" + _e.T + ", " + TransformType + ", " + connCount + ">";

    private void WriteCommonParamDocs()
    {
        _w.WriteLine("/// <param name=\"w\">The connectivity and the stored weights.</param>");
        if (_hasG)
        {
            _w.WriteLine("/// <param name=\"g\">The per-synapse operand of <c>" + TransformName + "</c>: <c>w.Nse</c> values in the matrix's slot order.</param>");
        }
    }

    /// <summary>The per-synapse parameter of a public product, with its trailing separator, or nothing.</summary>
    private string GParameter => _hasG ? _e.ReadOnlySpan + " g, " : string.Empty;

    /// <summary>The per-synapse argument of a kernel call, with its leading separator, or nothing.</summary>
    private string GArgument => _hasG ? ", g" : string.Empty;
}
