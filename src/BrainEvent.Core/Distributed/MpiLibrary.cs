using System.Reflection;
using System.Runtime.InteropServices;

namespace BrainEvent.Distributed;

/// <summary>
/// The MPI library of this process: the first of the known sonames that loads, with its predefined handles.
/// Calls of <see cref="MpiNative"/> resolve to it. Loading does not initialize MPI.
/// </summary>
internal sealed class MpiLibrary
{
    private const string OpenMpi = "libmpi.so.40";   // Open MPI 4 and 5

    // libmpi.so.12 is MPICH's upstream name and that of the libraries sharing its ABI; Debian calls it libmpich.so.12.
    private static readonly string[] Mpich = ["libmpi.so.12", "libmpich.so.12"];

    private static readonly Lazy<MpiLibrary?> Loaded = new(Load);

    private MpiLibrary(string name, nint handle, MpiHandles handles)
    {
        Name = name;
        Handle = handle;
        Handles = handles;
    }

    /// <summary>The soname that was loaded.</summary>
    internal string Name { get; }

    internal nint Handle { get; }

    internal MpiHandles Handles { get; }

    /// <summary>The sonames tried, in order, for messages.</summary>
    internal static string Candidates => string.Join(", ", Order());

    /// <summary>The library, or null when none of <see cref="Candidates"/> loads.</summary>
    internal static MpiLibrary? Instance => Loaded.Value;

    private static IEnumerable<string> Order() => MpiLaunch.PrefersMpich ? [.. Mpich, OpenMpi] : [OpenMpi, .. Mpich];

    private static MpiLibrary? Load()
    {
        foreach (string name in Order())
        {
            if (NativeLibrary.TryLoad(name, out nint handle))
            {
                var handles = name == OpenMpi ? MpiHandles.FromOpenMpi(handle, name) : MpiHandles.Mpich;
                var library = new MpiLibrary(name, handle, handles);
                NativeLibrary.SetDllImportResolver(typeof(MpiLibrary).Assembly, library.Resolve);
                return library;
            }
        }

        return null;
    }

    // The only resolver of this assembly (there can be one per assembly): other libraries fall through to the
    // default probing.
    private nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == MpiNative.Library ? Handle : 0;
}
