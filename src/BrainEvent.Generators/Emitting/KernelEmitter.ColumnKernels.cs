namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>
    /// The kernels of one mirror column (the scatter direction read as a gather): columns have any length, so
    /// only the generic vector loop. The values come in mirror order (<c>w.DataInMirrorOrder</c>, cached by the
    /// library); a per-synapse operand, in slot order, is gathered through <c>perm</c>.
    /// </summary>
    private void WriteColumnKernels()
    {
        WriteGenericDot(Layout.Columns, WeightVariant.Stored);
        WriteGenericDot(Layout.Columns, WeightVariant.Shared);
        WriteGenericWeights(Layout.Columns, WeightVariant.Stored);
        if (_hasG)
        {
            WriteGenericWeights(Layout.Columns, WeightVariant.Shared);
        }

        WriteScalarKernels(Layout.Columns);
        WriteFillWeights(Layout.Columns);
    }
}
