#!/usr/bin/env -S dotnet run
// Re-executes the notebooks headless with the pinned dotnet-repl (.config/dotnet-tools.json) and rewrites their outputs.
//
//   dotnet run notebooks/run-notebooks.cs                     pack the packages into artifacts/packages, run every
//                                                             notebook, rewrite its outputs in place
//   dotnet run notebooks/run-notebooks.cs -- 02-pakistan-russia-trade.ipynb     only the notebooks named
//   dotnet run notebooks/run-notebooks.cs -- --out DIR        leave the notebooks alone: run copies in a scratch tree and
//                                                             write the executed notebooks to DIR (the tests do this)
//   --packages DIR                                            use the .nupkg files in DIR instead of packing
//   --keep                                                    keep the scratch folder (printed) for inspection
//   --without-shared                                          run as if ../shared/data were absent (the notebooks'
//                                                             sections that need it say they were skipped)
//
// The real data that TradeArms does not ship (UN Comtrade, SIPRI milex, UNSD tables: their terms allow development use,
// not re-hosting) are found as the tests find them: the folder TRADEARMS_SHARED_DATA names, else ../shared/data beside
// the repository. The runner hands that folder to every notebook as TRADEARMS_SHARED_DATA, because with --out the
// notebooks run in a scratch copy of the repository where ../shared is not beside them; in the outputs the folder is
// written ../shared/data.
//
// Each run uses a private HOME and NuGet package folder in a scratch folder, so packages re-packed with the same
// version are never served from a stale cache (neither ~/.nuget/packages nor .NET Interactive's own resolution cache
// in ~/.packagemanagement, which ignores NUGET_PACKAGES), and your own caches are neither used nor changed.
// Outputs are normalised so re-running gives clean diffs: no timestamps, no machine paths, no progress messages.
// Exit code: 0 every cell ran; 1 a cell failed (listed); 2 bad arguments or a tool failed.
// A script, never published: without native AOT its restore needs no package at all, so it builds in a fresh clone
// before ../artifacts/packages (the local feed named in notebooks/nuget.config, beside this file) exists.
#:property PublishAot=false
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var notebooksFolder = Path.GetFullPath(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".");
var repository = Path.GetFullPath(Path.Combine(notebooksFolder, ".."));

string? outFolder = null;
string? packagesFolder = null;
var keep = false;
var withoutShared = false;
var selected = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            outFolder = Path.GetFullPath(args[++i]);
            break;
        case "--packages" when i + 1 < args.Length:
            packagesFolder = Path.GetFullPath(args[++i]);
            break;
        case "--keep":
            keep = true;
            break;
        case "--without-shared":
            withoutShared = true;
            break;
        case "-h" or "--help":
            Console.WriteLine("usage: dotnet run notebooks/run-notebooks.cs [-- [--out DIR] [--packages DIR] [--keep] [--without-shared] [NOTEBOOK.ipynb ...]]");
            return 0;
        case var a when a.StartsWith('-'):
            Console.Error.WriteLine($"error: unknown option '{a}' (see --help).");
            return 2;
        default:
            selected.Add(Path.GetFileName(args[i]));
            break;
    }
}

var notebooks = Directory.GetFiles(notebooksFolder, "*.ipynb").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
if (selected.Count > 0)
{
    var missing = selected.Except(notebooks, StringComparer.Ordinal).ToList();
    if (missing.Count > 0)
    {
        Console.Error.WriteLine($"error: no notebook {string.Join(", ", missing)} in {notebooksFolder}.");
        return 2;
    }
    notebooks = selected;
}

var scratch = Path.Combine(Path.GetTempPath(), "tradearms-notebooks-" + Guid.NewGuid().ToString("N")[..12]);
var home = Path.Combine(scratch, "home");
var nugetPackages = Path.Combine(scratch, "nuget-packages");
var executed = Path.Combine(scratch, "executed");
Directory.CreateDirectory(home);
Directory.CreateDirectory(executed);

// Where the notebooks run. In place: the repository itself. With --out: a copy of the parts of the repository the
// notebooks see (notebooks/, data/, the tool manifest), so relative paths and notebooks/nuget.config work unchanged.
var tree = repository;
if (outFolder is not null)
{
    tree = Path.Combine(scratch, "tree");
    CopyFolder(Path.Combine(repository, "data"), Path.Combine(tree, "data"));
    Directory.CreateDirectory(Path.Combine(tree, "notebooks"));
    foreach (var file in notebooks.Append("nuget.config"))
    {
        File.Copy(Path.Combine(notebooksFolder, file), Path.Combine(tree, "notebooks", file));
    }
    Directory.CreateDirectory(Path.Combine(tree, ".config"));
    File.Copy(Path.Combine(repository, ".config", "dotnet-tools.json"), Path.Combine(tree, ".config", "dotnet-tools.json"));
}
var feed = Path.Combine(tree, "artifacts", "packages");
// The folder of the real data the notebooks' shared-data sections read; a path that does not exist makes them skip.
var sharedData = withoutShared ? Path.Combine(scratch, "no-shared-data")
    : Environment.GetEnvironmentVariable("TRADEARMS_SHARED_DATA") is { Length: > 0 } configured ? Path.GetFullPath(configured)
    : Path.GetFullPath(Path.Combine(repository, "..", "shared", "data"));
Console.WriteLine(Directory.Exists(sharedData) ? "Shared data: found (../shared/data); the notebooks run every section."
    : "Shared data: absent; the notebooks skip the sections that need ../shared/data, and say so.");
Directory.CreateDirectory(feed);

var status = 0;
try
{
    var clock = Stopwatch.StartNew();
    if (packagesFolder is null)
    {
        Console.WriteLine($"Packing Analytics.sln into {Relative(feed)} ...");
        var pack = Run("dotnet", ["pack", Path.Combine(repository, "Analytics.sln"), "-c", "Release", "-o", feed, "-nologo", "-v", "q"], repository, sandboxed: false, TimeSpan.FromMinutes(15));
        if (pack.ExitCode != 0)
        {
            Console.Error.WriteLine(pack.Output);
            Console.Error.WriteLine("error: dotnet pack failed.");
            return 2;
        }
        Console.WriteLine($"  packed in {clock.Elapsed.TotalSeconds:0.0} s");
    }
    else if (!string.Equals(packagesFolder, feed, StringComparison.Ordinal))
    {
        foreach (var package in Directory.GetFiles(packagesFolder, "*.nupkg"))
        {
            File.Copy(package, Path.Combine(feed, Path.GetFileName(package)), overwrite: true);
        }
    }

    // A private HOME: NuGet's user configuration is copied in, so your package sources still apply.
    var userConfig = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "NuGet", "NuGet.Config");
    if (File.Exists(userConfig))
    {
        Directory.CreateDirectory(Path.Combine(home, ".nuget", "NuGet"));
        File.Copy(userConfig, Path.Combine(home, ".nuget", "NuGet", "NuGet.Config"));
    }
    clock.Restart();
    var restore = Run("dotnet", ["tool", "restore"], tree, sandboxed: true, TimeSpan.FromMinutes(10));
    if (restore.ExitCode != 0)
    {
        Console.Error.WriteLine(restore.Output);
        Console.Error.WriteLine("error: dotnet tool restore failed.");
        return 2;
    }
    Console.WriteLine($"Restored dotnet-repl in {clock.Elapsed.TotalSeconds:0.0} s");

    foreach (var notebook in notebooks)
    {
        clock.Restart();
        var output = Path.Combine(executed, notebook);
        var repl = Run("dotnet", ["tool", "run", "dotnet-repl", "--", "--run", notebook, "--exit-after-run", "--output-path", output],
            Path.Combine(tree, "notebooks"), sandboxed: true, TimeSpan.FromMinutes(10));
        if (!File.Exists(output))
        {
            Console.Error.WriteLine(repl.Output);
            Console.Error.WriteLine($"error: {notebook}: dotnet-repl wrote no notebook (exit code {repl.ExitCode}).");
            status = 1;
            continue;
        }
        var document = JsonNode.Parse(File.ReadAllText(output))!.AsObject();
        Normalise(document, [(sharedData, "../shared/data/"), (nugetPackages, ""), (scratch, ""), (repository, "")]);
        var errors = Errors(document);
        var images = Images(document);
        var destination = Path.Combine(outFolder ?? notebooksFolder, notebook);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.WriteAllText(destination, ToText(document), new UTF8Encoding(false));
        Console.WriteLine($"{notebook}: {clock.Elapsed.TotalSeconds:0.0} s, {images} image(s), {errors.Count} error(s), exit code {repl.ExitCode} -> {Relative(destination)}");
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"  {notebook}: {error}");
        }
        if (errors.Count > 0 || repl.ExitCode != 0)
        {
            if (errors.Count == 0)
            {
                Console.Error.WriteLine(repl.Output);
            }
            status = 1;
        }
    }
}
finally
{
    if (keep)
    {
        Console.WriteLine($"Scratch folder kept: {scratch}");
    }
    else
    {
        try
        {
            Directory.Delete(scratch, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"warning: could not delete {scratch}: {e.Message}");
        }
    }
}
return status;

// Runs a process with a time limit and returns its exit code and combined output. Sandboxed runs get the private
// HOME and NuGet folder, and none of the MSBuild variables a parent `dotnet test` or `dotnet run` may have set.
(int ExitCode, string Output) Run(string file, string[] arguments, string workingDirectory, bool sandboxed, TimeSpan limit)
{
    var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }
    foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
    {
        start.Environment.Remove(key);
    }
    start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
    start.Environment["DOTNET_NOLOGO"] = "1";
    if (sandboxed)
    {
        start.Environment["HOME"] = home;
        start.Environment["USERPROFILE"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["NUGET_PACKAGES"] = nugetPackages;
        start.Environment["TRADEARMS_SHARED_DATA"] = sharedData;
        // One culture for every run, so numbers in outputs (DataFrames, interpolated strings) do not depend on the machine.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["LANG"] = "C.UTF-8";
    }
    using var process = Process.Start(start)!;
    var text = new StringBuilder();
    process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (text) { text.AppendLine(e.Data); } } };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (text) { text.AppendLine(e.Data); } } };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    if (!process.WaitForExit(limit))
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return (-1, text + $"\n(killed after {limit.TotalMinutes:0} minutes)");
    }
    process.WaitForExit();
    return (process.ExitCode, text.ToString());
}

static string Relative(string path) =>
    Path.GetRelativePath(Directory.GetCurrentDirectory(), path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : path;

// Drops what changes from run to run or names this machine: dotnet-repl's timing metadata, the "Installing Packages"
// progress outputs, local paths (the shared data folder, written ../shared/data/; the scratch NuGet folder, the scratch
// tree, the repository) and the clock-based element
// ids of Microsoft.Data.Analysis's DataFrame tables (numbered in order instead); adds stable cell ids.
static void Normalise(JsonObject document, (string Path, string Replacement)[] paths)
{
    var tables = new Dictionary<string, string>(StringComparer.Ordinal);
    var cells = document["cells"]!.AsArray();
    for (var i = 0; i < cells.Count; i++)
    {
        var cell = cells[i]!.AsObject();
        cell["id"] = $"cell-{i + 1:00}";
        if (cell["metadata"] is JsonObject metadata)
        {
            foreach (var key in metadata.Select(p => p.Key).Where(k => k.StartsWith("dotnet_repl_", StringComparison.Ordinal)).ToList())
            {
                metadata.Remove(key);
            }
        }
        if (cell["outputs"] is not JsonArray outputs)
        {
            continue;
        }
        for (var o = outputs.Count - 1; o >= 0; o--)
        {
            var text = outputs[o]!.ToJsonString(Json);
            if (text.Contains("<strong>Installing Packages</strong>", StringComparison.Ordinal))
            {
                outputs.RemoveAt(o);
                continue;
            }
            var replaced = ClockIds().Replace(text, m => tables.TryGetValue(m.Value, out var n) ? n
                : tables[m.Value] = (tables.Count + 1).ToString(CultureInfo.InvariantCulture));
            foreach (var (path, replacement) in paths)
            {
                replaced = replaced.Replace(JsonEncodedText.Encode(path + Path.DirectorySeparatorChar, Json.Encoder).Value, replacement, StringComparison.Ordinal);
            }
            if (replaced != text)
            {
                outputs[o] = JsonNode.Parse(replaced);
            }
        }
    }
}

static List<string> Errors(JsonObject document)
{
    var errors = new List<string>();
    var cells = document["cells"]!.AsArray();
    for (var i = 0; i < cells.Count; i++)
    {
        foreach (var output in cells[i]!["outputs"]?.AsArray() ?? [])
        {
            if (output!["output_type"]?.GetValue<string>() == "error")
            {
                errors.Add($"cell {i + 1}: {output["ename"]}: {output["evalue"]}");
            }
        }
    }
    return errors;
}

static int Images(JsonObject document) => document["cells"]!.AsArray()
    .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
    .Count(o => o!["data"] is JsonObject data && (data.ContainsKey("image/png") || data.ContainsKey("image/svg+xml")));

// The layout Jupyter writes (one-space indent, HTML kept readable), with a final newline.
static string ToText(JsonObject document) => document.ToJsonString(new JsonSerializerOptions(Json) { WriteIndented = true, IndentSize = 1 }) + "\n";

static void CopyFolder(string from, string to)
{
    foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
    {
        Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
    }
    Directory.CreateDirectory(to);
    foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }
}

internal static partial class Program
{
    // JSON as notebooks keep it: HTML and non-ASCII text unescaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // DataFrame tables are ids from DateTime.Now.Ticks (18 digits).
    [GeneratedRegex(@"(?<=id=\\""table_)\d{12,}|(?<=#table_)\d{12,}")]
    private static partial Regex ClockIds();
}
