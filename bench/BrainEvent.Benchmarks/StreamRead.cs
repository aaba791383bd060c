using System.Runtime.Intrinsics;

namespace BrainEvent.Benchmarks;

/// <summary>
/// Reads buffers once, start to end, on two threads: the memory-bandwidth floor for a product that must
/// read the same bytes.
/// </summary>
public static class StreamRead
{
    public static float Sum(float[]? values, int[] indices)
    {
        var partial = new float[2];
        Parallel.For(0, 2, half => partial[half] = Half(values, indices, half));
        return partial[0] + partial[1];
    }

    private static float Half(float[]? values, int[] indices, int half)
    {
        int length = indices.Length / 2;
        int start = half * length;
        int end = half == 1 ? indices.Length : start + length;
        var sum = Vector512<float>.Zero;
        var count = Vector512<int>.Zero;
        int i = start;
        for (; i + 16 <= end; i += 16)
        {
            if (values is not null)
            {
                sum += Vector512.Create(values.AsSpan(i, 16));
            }

            count += Vector512.Create(indices.AsSpan(i, 16));
        }

        return Vector512.Sum(sum) + Vector512.Sum(count);
    }
}
