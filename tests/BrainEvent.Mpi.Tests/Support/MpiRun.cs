using System.Diagnostics;

namespace BrainEvent.Mpi.Tests.Support;

/// <summary>What a run of the host printed, how it ended and how long it took.</summary>
/// <param name="SinceMarker">From the first output line holding the marker to the exit; null without a marker line.</param>
internal sealed record MpiRunResult(int ExitCode, bool TimedOut, string Output, string Error, TimeSpan Elapsed, TimeSpan? SinceMarker)
{
    public string Describe() => $"exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s{(TimedOut ? " (timed out, killed)" : "")}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>
/// Starts <c>BrainEvent.MpiHost</c>, which the build copies next to the tests, under Open MPI's <c>mpirun</c> or as
/// a plain process, and kills the whole process tree if it outlives its timeout, so a hang fails the test
/// instead of stalling the run.
/// </summary>
internal static class MpiRun
{
    public const string MissingMpi = "Open MPI not found: run `bash .ci/install-mpi`";

    private static readonly string Host = Path.Combine(AppContext.BaseDirectory, "BrainEvent.MpiHost.dll");

    /// <summary>
    /// The options every launch needs: root is the normal user in CI containers; more ranks than the 2 cores;
    /// no pinning of ranks to cores shared with other work; shared memory only (no probing of network
    /// devices, which prints warnings where there are none).
    /// </summary>
    public static readonly string[] Options = ["--allow-run-as-root", "--oversubscribe", "--bind-to", "none", "--mca", "btl", "self,vader"];

    /// <summary>Starts <paramref name="program"/> (a .NET assembly; the host when null) on <paramref name="ranks"/> ranks.</summary>
    public static MpiRunResult Launch(int ranks, string arguments, TimeSpan timeout, string? marker = null, string? program = null)
    {
        string mpirun = FindOnPath("mpirun") ?? throw new InvalidOperationException(MissingMpi);
        return Start(mpirun, [.. Options, "-np", ranks.ToString(System.Globalization.CultureInfo.InvariantCulture), Dotnet, program ?? Host, .. arguments.Split(' ')], timeout, marker);
    }

    /// <summary>The host (or <paramref name="program"/>) without a launcher: one rank, no MPI.</summary>
    public static MpiRunResult Direct(string arguments, TimeSpan timeout, string? program = null) =>
        Start(Dotnet, [program ?? Host, .. arguments.Split(' ')], timeout, marker: null);

    // The dotnet running the tests, which the SDK names in DOTNET_HOST_PATH.
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static MpiRunResult Start(string program, string[] arguments, TimeSpan timeout, string? marker)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // mpirun gives each rank a terminal for its output, and .NET writes terminal set-up codes to a terminal
        // unless TERM says it has none.
        start.Environment["TERM"] = "dumb";

        // Shared-memory copies between ranks through cross-memory attach need ptrace rights that containers
        // often withhold; copying through the shared segment works everywhere.
        start.Environment["OMPI_MCA_btl_vader_single_copy_mechanism"] = "none";

        var output = new System.Text.StringBuilder();
        var error = new System.Text.StringBuilder();
        var clock = Stopwatch.StartNew();
        TimeSpan? markerSeen = null;
        using var process = new Process { StartInfo = start };

        // The end of each stream: WaitForExit with a timeout does not wait for the output to be read.
        var outputEnded = new TaskCompletionSource();
        var errorEnded = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                outputEnded.TrySetResult();
                return;
            }

            lock (output)
            {
                output.Append(e.Data).Append('\n');
                if (marker is not null && markerSeen is null && e.Data.Contains(marker, StringComparison.Ordinal))
                {
                    markerSeen = clock.Elapsed;
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                errorEnded.TrySetResult();
                return;
            }

            lock (error)
            {
                error.Append(e.Data).Append('\n');
            }
        };

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool exited = process.WaitForExit(timeout);
        var elapsed = clock.Elapsed;
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        // The rest of the output, waiting a bounded time: a rank that outlived mpirun would hold the pipes open.
        process.WaitForExit(TimeSpan.FromSeconds(10));
        Task.WaitAll([outputEnded.Task, errorEnded.Task], TimeSpan.FromSeconds(10));
        lock (output)
        {
            lock (error)
            {
                return new MpiRunResult(process.ExitCode, !exited, output.ToString(), error.ToString(), elapsed, elapsed - markerSeen);
            }
        }
    }
}
