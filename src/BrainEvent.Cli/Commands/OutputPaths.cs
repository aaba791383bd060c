namespace BrainEvent.Cli.Commands;

/// <summary>
/// Checks that the paths <c>simulate</c> writes after its run can be written, so that a long run cannot end in an
/// error about its output. Each check returns why the path cannot be used, naming the option and the path, or null.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Creates <paramref name="folder"/> if needed and writes and deletes a probe file in it.</summary>
    public static string? CheckFolder(string option, string folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return $"{option} must name a folder; got '{folder}'.";
        }

        if (File.Exists(folder))
        {
            return $"{option} must name a folder; '{folder}' is a file.";
        }

        try
        {
            Directory.CreateDirectory(folder);

            // DeleteOnClose removes the probe however the write ends.
            using var probe = new FileStream(
                Path.Combine(folder, $".brainevent-probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            probe.WriteByte(0);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return $"{option}: cannot write into the folder '{folder}': {error.Message}";
        }

        return null;
    }

    /// <summary>
    /// Creates the folder of <paramref name="file"/> if needed and opens the file for writing without truncating it, so
    /// that an existing file keeps its contents until the run replaces them; a file or folder it had to create is deleted
    /// again, so that a command line refused for another reason leaves nothing behind (the run creates them once more).
    /// </summary>
    public static string? CheckFile(string option, string file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return $"{option} must name a file; got '{file}'.";
        }

        if (Directory.Exists(file) || Path.EndsInDirectorySeparator(file))
        {
            return $"{option} must name a file; '{file}' is a folder.";
        }

        var missing = new List<string>();
        try
        {
            try
            {
                if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
                {
                    missing = MissingFolders(folder);
                    Directory.CreateDirectory(folder);
                }

                bool existed = File.Exists(file);
                new FileStream(file, FileMode.OpenOrCreate, FileAccess.Write).Dispose();
                if (!existed)
                {
                    File.Delete(file);
                }
            }
            finally
            {
                // The open can fail after the folders were made (a name too long, say), and a failed CreateDirectory
                // may have made only some: those that exist go either way. Inside the outer try, so a failed delete
                // is reported like the check's other failures.
                missing.Where(Directory.Exists).ToList().ForEach(created => Directory.Delete(created));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return $"{option}: cannot write '{file}': {error.Message}";
        }

        return null;
    }

    /// <summary><paramref name="folder"/> and those of its parents that do not exist, the deepest first.</summary>
    private static List<string> MissingFolders(string folder)
    {
        var missing = new List<string>();
        for (string? f = folder; f is not null && !Directory.Exists(f) && !File.Exists(f); f = Path.GetDirectoryName(f))
        {
            missing.Add(f);
        }

        return missing;
    }
}
