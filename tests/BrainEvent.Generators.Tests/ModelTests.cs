using System.Reflection;
using BrainEvent.Generators.Model;
using Microsoft.CodeAnalysis;

namespace BrainEvent.Generators.Tests;

/// <summary>
/// The pipeline's models hold values only: no field of any model type reaches a symbol, a syntax node, a
/// location, a semantic model or a compilation (which would keep compilations alive and defeat caching),
/// through generic arguments, arrays and derived types.
/// </summary>
public sealed class ModelTests
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel), typeof(Compilation)];

    [Fact]
    public void Models_hold_no_Roslyn_objects()
    {
        var modelTypes = typeof(ParseResult).Assembly.GetTypes().Where(t => t.Namespace == typeof(ParseResult).Namespace);
        var visited = new HashSet<Type>();
        var offenders = new List<string>();
        foreach (var type in modelTypes.Prepend(typeof(ParseResult)))
        {
            Walk(type, type.Name, visited, offenders);
        }

        Assert.True(visited.Count > 20, "The walk saw too few types to be meaningful.");
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_walk_finds_a_symbol_behind_a_generic_argument()
    {
        var offenders = new List<string>();
        Walk(typeof(Leaky), nameof(Leaky), [], offenders);
        Assert.Contains("Leaky.<Symbols>k__BackingField<ISymbol> is a ISymbol", offenders);
    }

    [Fact]
    public void Equal_sources_give_equal_models()
    {
        static object Model() =>
            Support.GeneratorHarness.Run(Support.GeneratorHarness.CreateCompilation(Support.SnapshotCase.Usings + """
                [FixedNumKernel(typeof(FixedPreNumConn<double>), NConn = new[] { 4, 8 })]
                internal partial class Synapse
                {
                    public double Gain = 2;

                    [WeightTransform]
                    private double Weight(double w, [PerSynapse] double g) => w > g ? Math.Sqrt(w) * Gain : -g;
                }
                """)).Result.TrackedSteps[Helpers.TrackingNames.Models].Single().Outputs.Single().Value;

        var first = Model();
        var second = Model();
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    /// <summary>A model that would keep symbols alive.</summary>
    private sealed record Leaky(List<ISymbol> Symbols);

    internal static void Walk(Type type, string path, HashSet<Type> visited, List<string> offenders)
    {
        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            offenders.Add(path + " is a " + type.Name);
            return;
        }

        if (!visited.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string) || type.IsPointer)
        {
            return;
        }

        if (type.IsArray)
        {
            Walk(type.GetElementType()!, path + "[]", visited, offenders);
            return;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            Walk(argument, path + "<" + argument.Name + ">", visited, offenders);
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.FieldType, path + "." + field.Name, visited, offenders);
        }

        // An abstract model type (an expression node) may hold any of its derived types.
        foreach (var derived in type.IsAbstract ? type.Assembly.GetTypes().Where(t => t.IsSubclassOf(type)) : [])
        {
            Walk(derived, path + ":" + derived.Name, visited, offenders);
        }
    }
}
