using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TradeArms.Text;

namespace TradeArms.Catalogue;

/// <summary>
/// Regenerates the <see cref="ChartCatalogue"/> into a folder: PNG and SVG per chart, written atomically (temporary
/// file, then rename), and a <c>charts.json</c> manifest (id, title, files with SHA-256, data source and vintage,
/// input files, generator). A chart whose inputs, size, formats and code are unchanged since the last run is skipped
/// unless <see cref="ChartRunOptions.Force"/> is set. The manifest has no timestamps, so it is deterministic too.
/// </summary>
public static class ChartRegenerator
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestName = "charts.json";

    /// <summary>Runs the catalogue.</summary>
    /// <param name="data">The data to draw.</param>
    /// <param name="options">What to render and where.</param>
    /// <param name="progress">Where to report progress, one line per chart; null for silence.</param>
    /// <exception cref="ArgumentException">An id in <see cref="ChartRunOptions.Only"/> is not in the catalogue.</exception>
    /// <exception cref="ChartDataMissingException">The data lack what a chart needs.</exception>
    /// <exception cref="IOException">The output folder cannot be written.</exception>
    public static ChartRunResult Run(ChartData data, ChartRunOptions options, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var catalogue = options.Charts ?? ChartCatalogue.For(data);
        var unknown = options.Only.Where(id => catalogue.All(c => c.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"No chart with the id {string.Join(", ", unknown.Select(u => "'" + u + "'"))}. The catalogue has: {string.Join(", ", catalogue.Select(c => c.Id))}.", nameof(options));
        }
        var selected = catalogue.Where(c => options.Only.Count == 0 || options.Only.Contains(c.Id)).ToList();
        Directory.CreateDirectory(options.OutputFolder);
        // One run per folder at a time: a second run waits for the first, then finds its charts current.
        using var folderLock = SafeFile.LockFolder(options.OutputFolder, LockWait);
        var manifestPath = Path.Combine(options.OutputFolder, ManifestName);
        var (previous, manifestProblem) = ReadManifest(manifestPath);
        if (manifestProblem is not null)
        {
            progress?.WriteLine($"{ManifestName}: {manifestProblem}; every chart is rendered again.");
        }
        var inputsHash = Hash(string.Join("\n", data.Inputs.Select(i => i.Sha256)));
        var written = new List<string>();
        var unchanged = new List<string>();
        var entries = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (id, node) in previous)
        {
            entries[id] = node;
        }
        // Every chart is built before any chart file changes: a chart whose data are missing fails the run with no chart
        // half-written.
        var figures = new Dictionary<string, ChartFigure>(StringComparer.Ordinal);
        var plan = new List<(ChartDefinition Chart, List<(string Name, Func<ChartFigure, byte[]> Render)> Files, string Fingerprint, bool Current)>();
        foreach (var chart in selected)
        {
            var files = new List<(string Name, Func<ChartFigure, byte[]> Render)>();
            if (options.Formats.HasFlag(ChartFormats.Png))
            {
                files.Add((chart.Id + ".png", f => f.Png(chart.Size)));
            }
            if (options.Formats.HasFlag(ChartFormats.Svg))
            {
                files.Add((chart.Id + ".svg", f => f.Svg(chart.Size)));
            }
            var fingerprint = Hash(string.Join("\n", Generator, CodeHash.Value, chart.Id, chart.Size.Width, chart.Size.Height, string.Join(",", files.Select(f => f.Name)), inputsHash));
            var current = !options.Force && entries.TryGetValue(chart.Id, out var old) && IsCurrent(old, fingerprint, options.OutputFolder);
            plan.Add((chart, files, fingerprint, current));
        }
        var rendered = plan.Where(p => !p.Current).Select(p => p.Chart.Id).ToHashSet(StringComparer.Ordinal);
        if (rendered.Count > 0 && (File.Exists(manifestPath) || manifestProblem is not null))
        {
            // Before anything changes: the manifest no longer claims the charts this run re-renders, so a run that
            // stops midway (killed, or a chart that cannot be built) leaves a manifest true of every file it names
            // (written last, again, below).
            WriteManifest(manifestPath, data.Inputs, catalogue.Where(c => entries.ContainsKey(c.Id) && !rendered.Contains(c.Id)
                && IsCurrent(entries[c.Id], null, options.OutputFolder)).Select(c => entries[c.Id]));
        }
        foreach (var (chart, _, _, current) in plan)
        {
            if (!current)
            {
                figures[chart.Id] = chart.Build(data);
            }
        }
        for (var i = 0; i < plan.Count; i++)
        {
            var (chart, files, fingerprint, current) = plan[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"[{i + 1}/{selected.Count}] {chart.Id}");
            if (current)
            {
                unchanged.Add(chart.Id);
                progress?.WriteLine(prefix + ": unchanged");
                continue;
            }
            var figure = figures[chart.Id];
            var fileNodes = new JsonArray();
            foreach (var (name, render) in files)
            {
                var bytes = render(figure);
                WriteAtomically(Path.Combine(options.OutputFolder, name), bytes);
                fileNodes.Add(new JsonObject { ["path"] = name, ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)) });
            }
            var source = chart.Source(data);
            entries[chart.Id] = new JsonObject
            {
                ["id"] = chart.Id,
                ["title"] = chart.Title,
                ["dataset"] = chart.Dataset,
                ["width"] = chart.Size.Width,
                ["height"] = chart.Size.Height,
                ["files"] = fileNodes,
                ["source"] = source.Citation,
                ["vintage"] = source.Vintage,
                ["fingerprint"] = fingerprint,
            };
            written.Add(chart.Id);
            progress?.WriteLine(prefix + ": written (" + string.Join(", ", files.Select(f => f.Name)) + ")");
        }
        WriteManifest(manifestPath, data.Inputs, catalogue.Where(c => entries.ContainsKey(c.Id)).Select(c => entries[c.Id]));
        return new ChartRunResult(written, unchanged, manifestPath) { ManifestProblem = manifestProblem };
    }

    /// <summary>The generator named in the manifest: <c>TradeArms.Charts</c> and its version.</summary>
    public static string Generator { get; } = "TradeArms.Charts " +
        (typeof(ChartRegenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    // Charts change when the drawing code changes: the hash of the assemblies that compute and draw them (deterministic
    // builds): this catalogue, the chart builders and style, the core library and ScottPlot.
    private static readonly Lazy<string> CodeHash = new(() => Hash(string.Join("\n",
        new[] { typeof(ChartRegenerator).Assembly, typeof(HouseStyle).Assembly, typeof(Actor).Assembly, typeof(ScottPlot.Plot).Assembly }
            .Select(a => a.Location.Length > 0 && File.Exists(a.Location) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(a.Location))) : a.FullName))));

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(2);

    /// <summary>Do the entry's files exist with the recorded SHA-256 (and, unless null, is the fingerprint the same)?</summary>
    private static bool IsCurrent(JsonObject entry, string? fingerprint, string folder)
    {
        if ((fingerprint is not null && entry["fingerprint"]?.GetValue<string>() != fingerprint) || entry["files"] is not JsonArray files)
        {
            return false;
        }
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file?["path"]?.GetValue<string>() ?? "");
            if (!File.Exists(path) || Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) != file?["sha256"]?.GetValue<string>())
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The entries of the previous manifest, or none and the reason when it is damaged or not one this generator
    /// wrote: such a manifest only means nothing can be skipped, and every chart is rendered again.
    /// </summary>
    private static (Dictionary<string, JsonObject> Entries, string? Problem) ReadManifest(string path)
    {
        var entries = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return (entries, null);
        }
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
            if (root?["generator"] is not JsonValue generator || generator.GetValueKind() != JsonValueKind.String
                || !generator.GetValue<string>().StartsWith("TradeArms.Charts ", StringComparison.Ordinal) || root["charts"] is not JsonArray charts)
            {
                return (entries, "not a manifest written by TradeArms.Charts (no generator and charts)");
            }
            foreach (var chart in charts)
            {
                if (chart is not JsonObject entry || Text(entry, "id") is not { } id || Text(entry, "fingerprint") is null
                    || entry["files"] is not JsonArray files
                    || files.Any(f => f is not JsonObject file || Text(file, "path") is not { } name || Path.GetFileName(name) != name || Text(file, "sha256") is null))
                {
                    return (new(StringComparer.Ordinal), "damaged (a chart entry without id, fingerprint and files)");
                }
                entries[id] = (JsonObject)entry.DeepClone();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or DecoderFallbackException)
        {
            return (new(StringComparer.Ordinal), "damaged (" + e.Message.Split('.')[0] + ")");
        }
        return (entries, null);

        static string? Text(JsonObject o, string name) =>
            o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
    }

    private static void WriteAtomically(string path, byte[] bytes) => SafeFile.WriteAllBytes(path, bytes);

    private static void WriteManifest(string path, IEnumerable<(string Path, string Sha256)> inputs, IEnumerable<JsonObject> charts) =>
        WriteAtomically(path, new UTF8Encoding(false).GetBytes(new JsonObject
        {
            ["generator"] = Generator,
            ["inputs"] = new JsonArray([.. inputs.Select(input => (JsonNode)new JsonObject { ["path"] = input.Path, ["sha256"] = input.Sha256 })]),
            ["charts"] = new JsonArray([.. charts.Select(c => (JsonNode)c.DeepClone())]),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n"));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
