using System.Reflection;
using BrainEvent.Networks;

namespace BrainEvent.Generators.Tests.NeuronModels;

/// <summary>A model's fields as reflection sees the user's declaration, independently of what the generator emitted.</summary>
public sealed class ModelReflection
{
    public ModelReflection(Type type)
    {
        Type = type;
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(f => f.MetadataToken).ToList();
        AllFields = fields;
        StateFields = fields.Where(f => f.GetCustomAttribute<SharedAttribute>() is null).ToList();
        UnlessRefractory = StateFields.Select(f => f.GetCustomAttribute<UnlessRefractoryAttribute>() is not null).ToList();
    }

    public Type Type { get; }

    public IReadOnlyList<FieldInfo> AllFields { get; }

    public IReadOnlyList<FieldInfo> StateFields { get; }

    public IReadOnlyList<bool> UnlessRefractory { get; }

    public FieldInfo Field(string name) => AllFields.Single(f => f.Name == name);

    /// <summary>A boxed model with the shared values set (state fields left 0).</summary>
    public object Template(IReadOnlyDictionary<string, double> shared)
    {
        object model = Activator.CreateInstance(Type)!;
        foreach (var (name, value) in shared)
        {
            var field = Field(name);
            field.SetValue(model, Convert.ChangeType(value, field.FieldType, System.Globalization.CultureInfo.InvariantCulture));
        }

        return model;
    }
}
