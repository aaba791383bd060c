using System.Runtime.InteropServices;

namespace BrainEvent.Networks;

/// <summary>
/// Sets the SSE control register's flush-to-zero and denormals-are-zero bits on the calling thread for a
/// run, as C code does with <c>_mm_setcsr</c>: .NET has no API for it, so it goes through glibc's
/// <c>fegetenv</c>/<c>fesetenv</c>, whose x86-64 <c>fenv_t</c> ends with the MXCSR value. Only on Linux x64;
/// elsewhere <see cref="Enter"/> does nothing. Every thread of a run sets the same bits, so results stay the
/// same for any thread count.
/// </summary>
internal static partial class DenormalFlush
{
    private const uint FlushToZero = 0x8000;
    private const uint DenormalsAreZero = 0x0040;

    private static readonly bool Supported = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>Sets both bits on this thread; the result restores the previous register value in <see cref="Exit"/>.</summary>
    public static Saved Enter()
    {
        if (!Supported || GetEnvironment(out var environment) != 0)
        {
            return default;
        }

        var saved = new Saved(true, environment.Mxcsr);
        environment.Mxcsr |= FlushToZero | DenormalsAreZero;
        return SetEnvironment(environment) == 0 ? saved : default;
    }

    /// <summary>Restores what <see cref="Enter"/> changed on this thread.</summary>
    public static void Exit(Saved saved)
    {
        if (saved.Changed && GetEnvironment(out var environment) == 0)
        {
            environment.Mxcsr = saved.Mxcsr;
            _ = SetEnvironment(environment);
        }
    }

    /// <summary>The MXCSR value before <see cref="Enter"/>, if it changed it.</summary>
    public readonly record struct Saved(bool Changed, uint Mxcsr);

    [LibraryImport("libm.so.6", EntryPoint = "fegetenv")]
    private static partial int GetEnvironment(out FloatingPointEnvironment environment);

    [LibraryImport("libm.so.6", EntryPoint = "fesetenv")]
    private static partial int SetEnvironment(in FloatingPointEnvironment environment);

    /// <summary>glibc's x86-64 <c>fenv_t</c>: the 28-byte x87 environment, then MXCSR (32 bytes).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 32)]
    private struct FloatingPointEnvironment
    {
        [FieldOffset(28)]
        public uint Mxcsr;
    }
}
