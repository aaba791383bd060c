namespace BrainEvent.Tests.Guarantees;

/// <summary>Array helpers for the argument tests: reshaping, copying and printing.</summary>
internal static class Arrays
{
    public static T[,] To2D<T>(T[] flat, int rows, int cols)
    {
        var matrix = new T[rows, cols];
        for (int i = 0; i < flat.Length; i++)
        {
            matrix[i / cols, i % cols] = flat[i];
        }

        return matrix;
    }

    public static T[] Flat<T>(T[,] matrix) => matrix.Cast<T>().ToArray();

    /// <summary>Whether <paramref name="after"/> still holds what <paramref name="snapshot"/> copied, bit for bit.</summary>
    public static bool Unchanged<T>(T[,]? snapshot, T[,]? after)
        where T : unmanaged =>
        snapshot is null || (after is not null && snapshot.GetLength(0) == after.GetLength(0) && snapshot.GetLength(1) == after.GetLength(1)
            && Bits(Flat(snapshot)).SequenceEqual(Bits(Flat(after))));

    public static bool Unchanged<T>(T[]? snapshot, T[]? after)
        where T : unmanaged =>
        snapshot is null || (after is not null && Bits(snapshot).SequenceEqual(Bits(after)));

    public static string Show<T>(T[]? values) => values is null ? "null" : $"[{string.Join(", ", values)}]";

    public static string Show<T>(T[,]? values) => values is null
        ? "null"
        : $"[{values.GetLength(0)} x {values.GetLength(1)}: {string.Join(", ", values.Cast<T>())}]";

    private static byte[] Bits<T>(T[] values)
        where T : unmanaged => System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
}
