namespace BrainEvent;

/// <summary>The element types the library computes in: <see cref="float"/> and <see cref="double"/>.</summary>
internal static class ElementType<T>
{
    public static bool IsSupported => typeof(T) == typeof(float) || typeof(T) == typeof(double);

    /// <summary>Throws when <typeparamref name="T"/> is neither float nor double (e.g. Half).</summary>
    public static void Require()
    {
        if (!IsSupported)
        {
            throw new NotSupportedException(
                $"BrainEvent computes in float or double; the element type {typeof(T).Name} is not supported.");
        }
    }
}
