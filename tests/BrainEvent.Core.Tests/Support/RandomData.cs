using System.Numerics;

namespace BrainEvent.Tests.Support;

/// <summary>Operands for products: values exact in float so the float and double results agree.</summary>
public static class RandomData
{
    public static double[] Vector(int length, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => (double)(float)(random.NextDouble() * 4 - 2)).ToArray();
    }

    public static bool[] Spikes(int length, double rate, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => random.NextDouble() < rate).ToArray();
    }

    public static double[,] Matrix(int rows, int cols, int seed)
    {
        var flat = Vector(rows * cols, seed);
        var m = new double[rows, cols];
        for (int i = 0; i < flat.Length; i++)
        {
            m[i / cols, i % cols] = flat[i];
        }

        return m;
    }

    public static bool[,] SpikeMatrix(int rows, int cols, double rate, int seed)
    {
        var flat = Spikes(rows * cols, rate, seed);
        var m = new bool[rows, cols];
        for (int i = 0; i < flat.Length; i++)
        {
            m[i / cols, i % cols] = flat[i];
        }

        return m;
    }

    public static T[] As<T>(double[] values)
        where T : unmanaged, IFloatingPointIeee754<T> => values.Select(T.CreateChecked).ToArray();

    public static T[,] As<T>(double[,] values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var m = new T[values.GetLength(0), values.GetLength(1)];
        for (int i = 0; i < values.GetLength(0); i++)
        {
            for (int j = 0; j < values.GetLength(1); j++)
            {
                m[i, j] = T.CreateChecked(values[i, j]);
            }
        }

        return m;
    }

    public static double[] ToDouble(bool[] spikes) => spikes.Select(s => s ? 1.0 : 0.0).ToArray();

    public static double[,] ToDouble(bool[,] spikes)
    {
        var m = new double[spikes.GetLength(0), spikes.GetLength(1)];
        for (int i = 0; i < spikes.GetLength(0); i++)
        {
            for (int j = 0; j < spikes.GetLength(1); j++)
            {
                m[i, j] = spikes[i, j] ? 1 : 0;
            }
        }

        return m;
    }
}
