using System.Linq.Expressions;
using System.Numerics;
using System.Runtime.InteropServices;

namespace BrainEvent.Tests.Guarantees;

/// <summary>The operations the load test mixes; compiled handles share their kernel with the plain call of the same shape.</summary>
internal enum LoadOperation
{
    MatVec,
    VecMat,
    VecMatBits,
    MatVecBits,
    VecMatBools,
    MatMat,
    Data,
    CompiledVecMatBits,
    CompiledMatVec,
}

/// <summary>One shared matrix and its operands; every call builds its chain afresh from a template and a constant.</summary>
internal interface ILoadWorkload
{
    /// <summary>Whether the matrix's chains compile kernels (per-slot weights); homogeneous chains are one value.</summary>
    bool Compiles { get; }

    /// <summary>The result's bytes, for bitwise comparison.</summary>
    byte[] Run(int template, int constant, LoadOperation operation);
}

/// <summary>The chain templates: the same structure whatever the constant, so each compiles once.</summary>
internal sealed record LoadTemplates<T>(Expression<Func<T, T, T>> Scale, Expression<Func<T, T>> Clamp, Expression<Func<T, T, T>> Affine)
{
    public const int Count = 4;
}

internal sealed class LoadWorkload<T, TSelf> : ILoadWorkload
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSelf : FixedNumConn<T, TSelf>
{
    private static readonly T[] Constants = [T.CreateChecked(0.5), T.CreateChecked(1.5), T.CreateChecked(2.5)];

    private readonly TSelf _w;
    private readonly LoadTemplates<T> _templates;
    private readonly T[] _v;
    private readonly T[] _u;
    private readonly BitSpikes _preBits;
    private readonly BitSpikes _postBits;
    private readonly bool[] _preBools;
    private readonly T[,] _m;

    public LoadWorkload(TSelf w, LoadTemplates<T> templates, int seed)
    {
        _w = w;
        _templates = templates;
        var random = new Random(seed);
        _v = Enumerable.Range(0, w.NumPost).Select(_ => T.CreateChecked(random.NextDouble() - 0.5)).ToArray();
        _u = Enumerable.Range(0, w.NumPre).Select(_ => T.CreateChecked(random.NextDouble() - 0.5)).ToArray();
        _preBools = Enumerable.Range(0, w.NumPre).Select(_ => random.NextDouble() < 0.1).ToArray();
        _preBits = BitSpikes.FromBools(_preBools);
        _postBits = BitSpikes.FromBools(Enumerable.Range(0, w.NumPost).Select(_ => random.NextDouble() < 0.1).ToArray());
        _m = new T[w.NumPost, 4];
        for (int i = 0; i < w.NumPost; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                _m[i, j] = T.CreateChecked(random.NextDouble());
            }
        }
    }

    public static int ConstantCount => Constants.Length;

    public bool Compiles => !_w.IsHomogeneous;

    public byte[] Run(int template, int constant, LoadOperation operation)
    {
        var chain = Chain(template, Constants[constant]);
        T[] result;
        switch (operation)
        {
            case LoadOperation.MatVec:
                result = chain.MatVec(_v);
                break;
            case LoadOperation.VecMat:
                result = chain.VecMat(_u);
                break;
            case LoadOperation.VecMatBits:
                result = chain.VecMat(_preBits);
                break;
            case LoadOperation.MatVecBits:
                result = chain.MatVec(_postBits);
                break;
            case LoadOperation.VecMatBools:
                result = chain.VecMat(_preBools);
                break;
            case LoadOperation.MatMat:
                result = Arrays.Flat(chain.MatMat(_m));
                break;
            case LoadOperation.Data:
                result = chain.Data.ToArray();
                break;
            case LoadOperation.CompiledVecMatBits:
                result = new T[chain.NumPost];
                chain.CompileVecMat().Invoke(_preBits, result);
                break;
            default:
                result = new T[chain.NumPre];
                chain.CompileMatVec().Invoke(_v, result);
                break;
        }

        return MemoryMarshal.AsBytes(result.AsSpan()).ToArray();
    }

    private FixedNumConn<T> Chain(int template, T constant) => template switch
    {
        0 => _w,
        1 => _w.Apply2(constant, _templates.Scale),
        2 => _w.Apply2(constant, _templates.Scale).Apply(_templates.Clamp),
        _ => _w.Apply2(constant, _templates.Affine).Abs(),
    };
}
