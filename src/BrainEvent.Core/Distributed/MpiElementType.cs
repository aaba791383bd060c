namespace BrainEvent.Distributed;

/// <summary>The element types the collectives send, each one predefined MPI datatype.</summary>
internal enum MpiElementType
{
    Byte,
    Int,
    Long,
    Float,
    Double,
}

internal static class MpiElementTypes
{
    /// <summary>
    /// The element type of <typeparamref name="T"/> (the checks fold away per instantiation). Reductions exclude
    /// <see cref="byte"/>: MPI defines MPI_SUM, MPI_MAX and MPI_MIN on numbers, and MPI_BYTE is not one.
    /// </summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is another type.</exception>
    internal static MpiElementType Of<T>(bool reduction)
    {
        if (typeof(T) == typeof(int)) return MpiElementType.Int;
        if (typeof(T) == typeof(long)) return MpiElementType.Long;
        if (typeof(T) == typeof(double)) return MpiElementType.Double;
        if (typeof(T) == typeof(float)) return MpiElementType.Float;
        if (typeof(T) == typeof(byte) && !reduction) return MpiElementType.Byte;
        throw new NotSupportedException(reduction
            ? $"MPI reductions take int, long, float or double elements, not {typeof(T).Name}."
            : $"MPI collectives take int, long, float, double or byte elements, not {typeof(T).Name}.");
    }
}
