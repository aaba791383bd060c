namespace BrainEvent.Cli.Tests;

/// <summary>Output paths that cannot be written are refused with exit code 2 before the network is built.</summary>
public class OutputPathTests
{
    [Fact]
    public void An_empty_out_is_refused()
    {
        using var folder = new TempFolder();
        var run = Refused(folder, "--out", string.Empty);
        Assert.Contains("--out must name a folder; got ''.", run.ErrorOutput);
    }

    [Fact]
    public void An_out_naming_a_file_is_refused()
    {
        using var folder = new TempFolder();
        string file = folder.File("plots");
        File.WriteAllText(file, "not a folder");
        var run = Refused(folder, "--out", file);
        Assert.Contains($"--out must name a folder; '{file}' is a file.", run.ErrorOutput);
    }

    [Fact]
    public void An_out_that_cannot_be_created_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("file"), "not a folder");
        string plots = Path.Combine(folder.File("file"), "plots");
        var run = Refused(folder, "--out", plots);
        Assert.Contains($"--out: cannot write into the folder '{plots}': ", run.ErrorOutput);
    }

    [Fact]
    public void An_empty_json_is_refused()
    {
        using var folder = new TempFolder();
        var run = Refused(folder, "--out", folder.File("plots"), "--json", string.Empty);
        Assert.Contains("--json must name a file; got ''.", run.ErrorOutput);
    }

    [Fact]
    public void A_json_naming_a_folder_is_refused()
    {
        using var folder = new TempFolder();
        var run = Refused(folder, "--out", folder.File("plots"), "--json", folder.Path);
        Assert.Contains($"--json must name a file; '{folder.Path}' is a folder.", run.ErrorOutput);
    }

    [Fact]
    public void A_json_whose_folder_cannot_be_created_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("file"), "not a folder");
        string json = Path.Combine(folder.File("file"), "summary.json");
        var run = Refused(folder, "--out", folder.File("plots"), "--json", json);
        Assert.Contains($"--json: cannot write '{json}': ", run.ErrorOutput);
    }

    [Fact]
    public void Checking_the_json_neither_leaves_a_file_nor_changes_an_existing_one()
    {
        using var folder = new TempFolder();
        string badOut = folder.File("plots");
        File.WriteAllText(badOut, "not a folder");

        Refused(folder, "--out", badOut, "--json", folder.File("new.json"));
        Assert.False(File.Exists(folder.File("new.json")));

        File.WriteAllText(folder.File("old.json"), "{\"previous\": 1}");
        Refused(folder, "--out", badOut, "--json", folder.File("old.json"));
        Assert.Equal("{\"previous\": 1}", File.ReadAllText(folder.File("old.json")));
    }

    [Fact]
    public void A_refused_out_leaves_no_folder_made_for_the_json()
    {
        // Found by CommandLinePropertyTests: checking --json created its folder, which stayed when --out was then refused.
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("file"), "not a folder");
        Refused(folder, "--out", folder.File("file"), "--json", Path.Combine(folder.File("new"), "deeper", "summary.json"));
        Assert.False(Directory.Exists(folder.File("new")));
    }

    [Fact]
    public void A_json_that_cannot_be_opened_leaves_no_folder_made_for_it()
    {
        // The folders are made before the open, which then fails: a file name longer than any file system allows fails even for root.
        using var folder = new TempFolder();
        string json = Path.Combine(folder.File("new"), "deeper", new string('x', 300) + ".json");
        var run = Refused(folder, "--out", folder.File("plots"), "--json", json);
        Assert.Contains($"--json: cannot write '{json}': ", run.ErrorOutput);
        Assert.False(Directory.Exists(folder.File("new")));
    }

    /// <summary>
    /// Runs a short <c>simulate</c> with <paramref name="paths"/>, which must fail with exit code 2 before printing anything
    /// but the error or writing a plot.
    /// </summary>
    private static TestConsole Refused(TempFolder folder, params string[] paths)
    {
        var console = new TestConsole();
        Assert.Equal(2, console.Run(["simulate", "--duration", "0.01", "--scale", "0.25", .. paths]));
        Assert.Empty(console.Output);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.png", SearchOption.AllDirectories));
        return console;
    }
}
