namespace BrainEvent.IO;

/// <summary>
/// The arrays of a matrix in an <c>.npz</c> file (a zip of <c>.npy</c> files, as <c>numpy.savez</c> writes):
/// <list type="bullet">
/// <item><c>data</c>: float32 or float64, shape <c>[N, nConn]</c>, or <c>[1]</c> (or a 0-d scalar) for one homogeneous weight;</item>
/// <item><c>indices</c>: int32 (int64 accepted on load), shape <c>[N, nConn]</c>;</item>
/// <item><c>shape</c>: int64 (int32 accepted on load), <c>[NumPre, NumPost]</c>;</item>
/// <item><c>kind</c>: a 0-d unicode string, <c>FixedPostNumConn</c> or <c>FixedPreNumConn</c>.</item>
/// </list>
/// </summary>
internal static class NpzConnLayout
{
    public const string Data = "data";
    public const string Indices = "indices";
    public const string Shape = "shape";
    public const string Kind = "kind";

    public const string FixedPostName = "FixedPostNumConn";
    public const string FixedPreName = "FixedPreNumConn";

    public static string EntryName(string array) => array + ".npy";

    public static string KindName(FixedNumConnKind kind) => kind == FixedNumConnKind.FixedPost ? FixedPostName : FixedPreName;
}
