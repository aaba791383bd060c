using System.Reflection;

namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// The one promise every public entry point makes about bad input: the call either succeeds, and the
/// independent reference found nothing wrong, or it throws an <see cref="ArgumentException"/> (or a
/// subclass) whose <c>ParamName</c> is a parameter the method really has and one the reference blames.
/// Any other exception escapes and fails the test.
/// </summary>
internal static class ArgumentOutcome
{
    /// <summary>True when <paramref name="call"/> succeeded (and had to); false when it threw as allowed.</summary>
    public static bool Succeeds<TResult>(MethodBase method, IReadOnlySet<string> blame, Func<TResult> call, out TResult result)
    {
        try
        {
            result = call();
        }
        catch (ArgumentException error)
        {
            var names = method.GetParameters().Select(p => p.Name!).ToArray();
            Assert.True(
                error.ParamName is not null && names.Contains(error.ParamName),
                $"{error.GetType().Name} names '{error.ParamName}', not a parameter of {method.DeclaringType?.Name}.{method.Name}({string.Join(", ", names)}): {error.Message}");
            Assert.True(
                blame.Contains(error.ParamName),
                $"{error.GetType().Name} blames '{error.ParamName}', but the reference finds {(blame.Count == 0 ? "nothing wrong" : "fault with " + string.Join(" or ", blame))}: {error.Message}");
            result = default!;
            return false;
        }

        Assert.True(blame.Count == 0, $"accepted arguments the reference rejects (expected an ArgumentException naming {string.Join(" or ", blame)})");
        return true;
    }

    /// <summary>The constructor of <typeparamref name="TClass"/> with these parameter types.</summary>
    public static ConstructorInfo Constructor<TClass>(params Type[] parameters) =>
        typeof(TClass).GetConstructor(parameters) ?? throw new InvalidOperationException($"{typeof(TClass).Name} has no such constructor");

    /// <summary>The public method <paramref name="name"/> of <paramref name="type"/> with these parameter types.</summary>
    public static MethodInfo Method(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, parameters) ?? throw new InvalidOperationException($"{type.Name} has no method {name}({string.Join(", ", parameters.Select(p => p.Name))})");
}
