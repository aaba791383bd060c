using System.Numerics;
using BrainEvent.IO;

namespace BrainEvent;

/// <summary>
/// The <c>.npz</c> files of <see cref="FixedNumConn{T}.Save"/>: a zip of NumPy <c>.npy</c> arrays
/// <c>data</c> (float32/float64, <c>[N, nConn]</c>, or <c>[1]</c> for one homogeneous weight),
/// <c>indices</c> (int32 <c>[N, nConn]</c>), <c>shape</c> (int64 <c>[NumPre, NumPost]</c>) and <c>kind</c>
/// (a unicode string, <c>FixedPostNumConn</c> or <c>FixedPreNumConn</c>), so <c>numpy.load</c> reads them and a
/// file from <c>numpy.savez</c> with those names loads here.
/// </summary>
/// <remarks>
/// Loading accepts NPY versions 1.0, 2.0 and 3.0, stored or deflated entries, little-endian dtypes only,
/// int64 indices and shape (converted, range-checked), float64 values into float (rounded) and float32 into
/// double, a 0-d <c>data</c> as homogeneous, and ignores extra arrays. Column-major (fortran_order True)
/// 2-D arrays are refused. Any problem is an <see cref="InvalidDataException"/> naming the file, the array,
/// what was expected and what was found, and nothing is loaded.
/// </remarks>
public static class FixedNumConnFile
{
    /// <summary>
    /// Loads the matrix in <paramref name="path"/> as whichever class the file holds:
    /// a <see cref="FixedPostNumConn{T}"/> or a <see cref="FixedPreNumConn{T}"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a valid matrix archive.</exception>
    public static FixedNumConn<T> Load<T>(string path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var parts = NpzConnReader.Read<T>(path, expectedKind: null);
        return parts.Kind == FixedNumConnKind.FixedPost ? FixedPostNumConn<T>.FromParts(parts) : FixedPreNumConn<T>.FromParts(parts);
    }
}
