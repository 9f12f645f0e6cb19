using System.Text.Json.Nodes;

namespace TradeArms.Interactive.Tests.Infrastructure;

/// <summary>A .ipynb file read as JSON: its code cells with their source and outputs.</summary>
internal sealed class Notebook
{
    private Notebook(string path, JsonObject document)
    {
        Path = path;
        Text = File.ReadAllText(path);
        Cells = [.. document["cells"]!.AsArray().Select((c, i) => new Cell(i + 1, c!.AsObject()))];
    }

    public string Path { get; }

    public string Text { get; }

    public IReadOnlyList<Cell> Cells { get; }

    public IEnumerable<Cell> CodeCells => Cells.Where(c => c.IsCode);

    public static Notebook Read(string path) => new(path, JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>One cell: 1-based number, kind, source and outputs.</summary>
    internal sealed class Cell(int number, JsonObject json)
    {
        public int Number { get; } = number;

        public bool IsCode => json["cell_type"]?.GetValue<string>() == "code";

        public string Source { get; } = json["source"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
            JsonValue text => text.GetValue<string>(),
            _ => "",
        };

        public IReadOnlyList<JsonObject> Outputs { get; } = [.. (json["outputs"] as JsonArray ?? []).Select(o => o!.AsObject())];

        public IEnumerable<JsonObject> Errors => Outputs.Where(o => o["output_type"]?.GetValue<string>() == "error"
            || (o["output_type"]?.GetValue<string>() == "stream" && o["name"]?.GetValue<string>() == "stderr"));

        public bool HasImage => Outputs.Any(o => o["data"] is JsonObject d && (d.ContainsKey("image/png") || d.ContainsKey("image/svg+xml")));

        /// <summary>Each output as its type and mime types, e.g. <c>display_data text/html</c>.</summary>
        public IEnumerable<string> Shapes => Outputs.Select(o =>
            o["output_type"]?.GetValue<string>() + (o["data"] is JsonObject d ? " " + string.Join(",", d.Select(p => p.Key)) : ""));

        /// <summary>The text outputs (HTML, plain text, streams) in order; images are left out (their bytes may differ across CPUs).</summary>
        public IEnumerable<string> Texts => Outputs.SelectMany(o =>
            o["data"] is JsonObject d
                ? d.Where(p => p.Key.StartsWith("text/", StringComparison.Ordinal)).Select(p => p.Key + ": " + Flatten(p.Value))
                : [Flatten(o["text"] ?? o["evalue"])]);

        public string Describe(JsonObject output) => $"cell {Number} ({Source.Split('\n')[0]}): {output["ename"]} {output["evalue"]} {Flatten(output["text"])}";

        private static string Flatten(JsonNode? node) => node switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
            JsonValue value => value.GetValue<string>(),
            _ => "",
        };
    }
}
