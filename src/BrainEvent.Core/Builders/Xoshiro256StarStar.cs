using System.Numerics;

namespace BrainEvent;

/// <summary>
/// The xoshiro256** generator of Blackman and Vigna (2018): 256 bits of state, period 2^256 - 1, plain
/// 64-bit integer arithmetic, so a seed gives the same numbers on every machine and runtime (unlike
/// <see cref="System.Random"/>, whose algorithm may change). The random connectivity builders give each
/// stored row its own stream, <see cref="ForStream"/><c>(seed, row)</c>.
/// </summary>
/// <remarks>
/// Seeding follows the authors' advice: the four state words of stream <c>s</c> are outputs
/// <c>4s .. 4s + 3</c> of SplitMix64 started at <c>seed</c>, i.e. <c>Mix64(seed + (4s + i + 1) * 0x9E3779B97F4A7C15)</c>
/// for <c>i = 0..3</c>. <c>Mix64</c> is a bijection and the arguments differ, so distinct streams start from
/// distinct, never all-zero, states.
/// </remarks>
public struct Xoshiro256StarStar
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal;
    private bool _hasSpareNormal;

    /// <summary>The generator of stream 0 of <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
        : this(seed, 0)
    {
    }

    private Xoshiro256StarStar(ulong seed, ulong stream)
    {
        // SplitMix64's state advances by Golden per output; stream s starts after 4s outputs.
        ulong state = unchecked(seed + (4 * stream * Golden));
        _s0 = Mix64(state += Golden);
        _s1 = Mix64(state += Golden);
        _s2 = Mix64(state += Golden);
        _s3 = Mix64(state + Golden);
        _spareNormal = 0;
        _hasSpareNormal = false;
    }

    /// <summary>
    /// Stream <paramref name="stream"/> of <paramref name="seed"/>: independent of every other stream, so
    /// rows drawn in any order or on any thread get the same numbers.
    /// </summary>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong stream) => new(seed, stream);

    /// <summary>The SplitMix64 output function (Steele, Lea and Flood 2014): a bijective 64-bit mixer.</summary>
    public static ulong Mix64(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = unchecked(BitOperations.RotateLeft(_s1 * 5, 7) * 9);
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>
    /// A uniform integer in <c>[0, bound)</c>, without bias: Lemire's multiply-shift on the high 32 bits,
    /// rejecting the few products that would favour small values.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not positive.</exception>
    public int NextInt32(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        uint range = (uint)bound;
        ulong product = (NextUInt64() >> 32) * range;
        uint low = (uint)product;
        if (low < range)
        {
            uint threshold = (0u - range) % range;
            while (low < threshold)
            {
                product = (NextUInt64() >> 32) * range;
                low = (uint)product;
            }
        }

        return (int)(product >> 32);
    }

    /// <summary>A uniform double in <c>[0, 1)</c> with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// A standard normal value by Marsaglia's polar form of the Box-Muller transform: a point uniform in
    /// the square <c>[-1, 1)^2</c>, redrawn until it falls inside the unit disc (about 79% of draws), gives
    /// two independent normals; the second is kept for the next call. It needs <see cref="Math.Log(double)"/>,
    /// which the runtime does not promise to round identically on every platform, so normal values may
    /// differ in the last bit across machines (the integers and uniforms do not).
    /// </summary>
    public double NextNormal()
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2.0 * NextDouble()) - 1.0;
            v = (2.0 * NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        double factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpareNormal = true;
        return u * factor;
    }
}
