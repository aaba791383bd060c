namespace BrainEvent.Tests.Guarantees;

/// <summary>
/// What a refused load may allocate: four times the file (the arrays it could honestly hold, read before a
/// later array fails) plus a constant: .NET's zip reader allocates each directory entry's name, extra and
/// comment fields (up to 64 KiB each) before finding the file too short for them, and there are buffers
/// and messages. A header claiming gigabytes must stay within this.
/// </summary>
internal static class NpzLoadBound
{
    public const long Constant = 1 << 20;

    public static long Bytes(long fileLength) => (4 * fileLength) + Constant;
}
