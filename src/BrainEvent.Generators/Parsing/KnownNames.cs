namespace BrainEvent.Generators.Parsing;

/// <summary>The metadata names of the library types the generator recognises.</summary>
internal static class KnownNames
{
    public const string FixedNumKernelAttribute = "BrainEvent.FixedNumKernelAttribute";
    public const string WeightTransformAttribute = "BrainEvent.WeightTransformAttribute";
    public const string PerSynapseAttribute = "BrainEvent.PerSynapseAttribute";
    public const string FixedPostNumConn = "BrainEvent.FixedPostNumConn<T>";
    public const string FixedPreNumConn = "BrainEvent.FixedPreNumConn<T>";
    public const string NConnProperty = "NConn";

    public const string NeuronModelAttribute = "BrainEvent.Networks.NeuronModelAttribute";
    public const string SharedAttribute = "BrainEvent.Networks.SharedAttribute";
    public const string UnlessRefractoryAttribute = "BrainEvent.Networks.UnlessRefractoryAttribute";
    public const string NeuronStepArgs = "BrainEvent.Networks.NeuronStepArgs";
    public const string RefractoryPeriodProperty = "RefractoryPeriod";

    public const string PlasticityRuleAttribute = "BrainEvent.Networks.PlasticityRuleAttribute";
}
