namespace BrainEvent.Generators.Emitting;

internal sealed partial class KernelEmitter
{
    /// <summary>
    /// The kernels of one mirror column (the scatter direction read as a gather): columns have any length, so
    /// only the generic vector loop, with weights and per-synapse operands gathered through <c>perm</c>.
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
