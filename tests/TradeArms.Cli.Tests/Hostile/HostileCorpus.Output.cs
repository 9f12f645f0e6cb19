using System.Text;
using TradeArms.Cli.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static IEnumerable<HostileCase> Options()
    {
        const string O = "options";
        (string, byte[]?)[] none = [];
        yield return Error(O, "arms shares --from 9999", none, "arms", "shares", "--recipient", "India", "--from", "9999");
        yield return Error(O, "arms shares --from 0001", none, "arms", "shares", "--recipient", "India", "--from", "0001");
        yield return Error(O, "arms shares --to 2201", none, "arms", "shares", "--recipient", "India", "--to", "2201");
        yield return Error(O, "arms shares window outside the data", none, "arms", "shares", "--recipient", "India", "--from", "2030", "--to", "2040");
        yield return Error(O, "arms series --from 9999", none, "arms", "series", "--supplier", "Russia", "--recipient", "India", "--from", "9999");
        yield return Error(O, "arms compare --first 9995-9999", none, "arms", "compare", "--recipient", "India", "--first", "9995-9999", "--second", "2017-2021");
        yield return Error(O, "arms compare --second 0001-0005", none, "arms", "compare", "--recipient", "India", "--first", "2012-2016", "--second", "0001-0005");
        yield return Error(O, "arms profile --from 9999", none, "arms", "profile", "India", "--from", "9999");
        yield return Error(O, "overview --window 9990-9999", none, "overview", "--window", "9990-9999");
        yield return Error(O, "charts --years 0001-9998", none, "charts", "--profile", "India", "--years", "0001-9998", "--out", "{dir}/c");
        yield return Error(O, "arms deals --from 9999", [F("r.csv", TradeArms.Tests.Register.RegisterFiles.FiveDeals)], "arms", "deals", "--data", "{dir}/r.csv", "--from", "9999");
        yield return Error(O, "import sipri --from 9999", none, "import", "sipri", "{dir}", "--out", "{dir}/o.csv", "--from", "9999");
        yield return Error(O, "arms shares --top with an empty value", none, "arms", "shares", "--recipient", "India", "--top=");
        yield return Error(O, "arms shares --recipient ''", none, "arms", "shares", "--recipient", "");
        yield return Error(O, "validate --reporter with spaces only", [F("t.tsv", Table1)], "validate", "{dir}/t.tsv", "--reporter", "   ");
    }

    private static IEnumerable<HostileCase> OutputPaths()
    {
        const string P = "output paths";
        var pakistan = F("in/Pakistan.csv", Latin1(Pakistan));
        string[] import = ["import", "sipri", "{dir}/in", "--out", "{dir}/o.csv"];
        yield return Error(P, "import sipri --out ''", [pakistan], "import", "sipri", "{dir}/in", "--out", "");
        yield return Error(P, "import sipri --out=", [pakistan], "import", "sipri", "{dir}/in", "--out=");
        yield return Error(P, "import sipri --out a folder", [pakistan, ("o.csv", null)], import);
        yield return Error(P, "import sipri window 2030-2040 outside the data", [pakistan], [.. import, "--from", "2030", "--to", "2040"]);
        yield return Error(P, "import sipri window 1900-1949 before the data", [pakistan], [.. import, "--from", "1900", "--to", "1949"]);
        yield return Error(P, "matrix summarize --out ''", [F("m.csv", Matrix)], "matrix", "summarize", "{dir}/m.csv", "--out", "");
        yield return Error(P, "matrix summarize --out=", [F("m.csv", Matrix)], "matrix", "summarize", "{dir}/m.csv", "--out=");
        yield return Error(P, "matrix summarize --out a folder", [F("m.csv", Matrix), ("out.csv", null)], Summarize);
        yield return Error(P, "matrix generate --out ''", [], "matrix", "generate", "--rows", "10", "--out", "");
        yield return Error(P, "matrix generate --out a folder", [("g.csv", null)], "matrix", "generate", "--rows", "10", "--out", "{dir}/g.csv");
        yield return Error(P, "charts --out ''", [], "charts", "--out", "", "--only", "pakistan-russia-balance");
        yield return Error(P, "charts --out=", [], "charts", "--out=", "--only", "pakistan-russia-balance");

        yield return Result(P, "import sipri formula names neutralised", [F("in/Pakistan.csv", Latin1(Field(Pakistan, 16, 1, "=HYPERLINK(1)")))], [.. import, "--from", "2021", "--to", "2021"], "",
            OutContains("'=HYPERLINK(1),Pakistan,2021,753\n", "o.csv"));
        yield return Result(P, "import sipri --csv-raw", [F("in/Pakistan.csv", Latin1(Field(Pakistan, 16, 1, "=HYPERLINK(1)")))], [.. import, "--from", "2021", "--to", "2021", "--csv-raw"], "",
            OutContains("\n=HYPERLINK(1),Pakistan,2021,753\n", "o.csv"));
        yield return Result(P, "import sipri window partly outside the data", [pakistan], [.. import, "--from", "2021", "--to", "2040"], "", OutContains("China,Pakistan,2021,753\n", "o.csv"));
        yield return Result(P, "import sipri replaces a symbolic link at the target, never writes through it",
            [pakistan, F("victim.txt", "precious\n")], import, "", Linked("o.csv", "victim.txt", "China,Pakistan,2021,753\n"));
        yield return Result(P, "import sipri ignores a planted link at the old predictable temporary name",
            [pakistan, F("victim.txt", "precious\n")], import, "", Planted(".o.csv.tmp", "victim.txt", "o.csv", "China,Pakistan,2021,753\n"));
        yield return Result(P, "matrix summarize replaces a symbolic link at the target",
            [F("m.csv", Matrix), F("victim.txt", "precious\n")], Summarize, "", Linked("out.csv", "victim.txt", "AAA,BBB,2000,10,4,"));
        yield return Result(P, "matrix summarize ignores a planted link at the old predictable temporary name",
            [F("m.csv", Matrix), F("victim.txt", "precious\n")], Summarize, "", Planted(".out.csv.tmp", "victim.txt", "out.csv", "AAA,BBB,2000,10,4,"));
        yield return Result(P, "matrix summarize parquet replaces a symbolic link at the target",
            [F("m.csv", Matrix), F("victim.txt", "precious\n")], ["matrix", "summarize", "{dir}/m.csv", "--out", "{dir}/out.parquet", "--format", "parquet"], "",
            Linked("out.parquet", "victim.txt", "PAR1"));
        yield return Result(P, "matrix generate replaces a symbolic link at the target",
            [F("victim.txt", "precious\n")], ["matrix", "generate", "--rows", "3", "--out", "{dir}/g.csv"], "", Linked("g.csv", "victim.txt", "reporter,partner,year,flow,value\n"));

        string[] charts = ["charts", "--data", "{dir}/data", "--out", "{dir}/out", "--only", "pakistan-top-suppliers-2017-2021", "--format", "svg"];
        var data = F("data/Pakistan.csv", Latin1(Pakistan)); // charts --data reads the folder's own tables, as every --data does
        yield return Result(P, "charts: damaged manifest forces a re-render and says so", [data, F("out/charts.json", "{\"charts\": [ {\"id\": 5")], charts, "1 charts written, 0 unchanged",
            StderrContains("charts.json: damaged ('5' is an invalid end of a number"));
        yield return Result(P, "charts: manifest with a number for a string forces a re-render", [data, F("out/charts.json", "{\"generator\": \"TradeArms.Charts 0.1.0\", \"charts\": [{\"id\": 5, \"fingerprint\": 1, \"files\": []}]}")],
            charts, "1 charts written, 0 unchanged", StderrContains("charts.json: damaged (a chart entry without id, fingerprint and files); every chart is rendered again."));
        yield return Result(P, "charts: foreign manifest forces a re-render", [data, F("out/charts.json", "{\"name\": \"something else\"}")], charts, "1 charts written, 0 unchanged",
            StderrContains("charts.json: not a manifest written by TradeArms.Charts (no generator and charts); every chart is rendered again."));
        yield return Result(P, "charts: manifest naming a file outside the folder is damaged", [data, F("out/charts.json",
            "{\"generator\": \"TradeArms.Charts 0.1.0\", \"charts\": [{\"id\": \"x\", \"fingerprint\": \"f\", \"files\": [{\"path\": \"../../etc/passwd\", \"sha256\": \"0\"}]}]}")],
            charts, "1 charts written, 0 unchanged", StderrContains("charts.json: damaged (a chart entry without id, fingerprint and files)"));
        yield return Result(P, "charts: binary manifest forces a re-render", [data, F("out/charts.json", [0xFF, 0xFE, 0x00, 0x01])], charts, "1 charts written, 0 unchanged",
            StderrContains("charts.json: damaged ("));
        yield return Result(P, "charts: symbolic link loop under the data folder is followed once", [data], charts, "1 charts written",
            (r, dir) => File.ReadAllText(Path.Combine(dir, "out", "charts.json")).Split("Pakistan.csv").Length == 2 ? null : "the table was read more than once");
        yield return Result(P, "charts: a planted link at the chart's old temporary name is not followed", [data, F("victim.txt", "precious\n")], charts, "1 charts written",
            Planted("out/.pakistan-top-suppliers-2017-2021.svg.tmp", "victim.txt", "out/pakistan-top-suppliers-2017-2021.svg", "<svg"));
    }

    private static Func<CliResult, string, string?> StderrContains(string text) => (r, _) =>
        r.Error.Contains(text, StringComparison.Ordinal) ? null : "standard error lacks '" + text + "': " + r.Error;

    /// <summary>Before the run the target is a link to the victim; after it, the target is a new regular file and the victim is untouched.</summary>
    private static Func<CliResult, string, string?> Linked(string target, string victim, string content) => (_, dir) =>
    {
        var t = new FileInfo(Path.Combine(dir, target));
        return t.LinkTarget is not null ? "the link is still there"
            : File.ReadAllText(Path.Combine(dir, victim)) != "precious\n" ? "the victim was overwritten"
            : !File.ReadAllText(t.FullName, Encoding.Latin1).Contains(content, StringComparison.Ordinal) ? "the target lacks the result" : null;
    };

    /// <summary>A link at the old predictable temporary name pointing at the victim: the victim stays as it was.</summary>
    private static Func<CliResult, string, string?> Planted(string temp, string victim, string target, string content) => (_, dir) =>
        File.ReadAllText(Path.Combine(dir, victim)) != "precious\n" ? "the victim was overwritten through the planted link"
        : !File.ReadAllText(Path.Combine(dir, target), Encoding.Latin1).Contains(content, StringComparison.Ordinal) ? "the target lacks the result" : null;

    /// <summary>Links a case needs before it runs: (link, target) relative to the case folder.</summary>
    public static IReadOnlyList<(string Link, string Target)> LinksFor(HostileCase c) => c.Name switch
    {
        var n when n.Contains("replaces a symbolic link", StringComparison.Ordinal) =>
            [(c.Args.First(a => a.StartsWith("{dir}/o", StringComparison.Ordinal) || a.StartsWith("{dir}/g", StringComparison.Ordinal))[6..], "victim.txt")],
        var n when n.Contains("planted link", StringComparison.Ordinal) && n.StartsWith("charts", StringComparison.Ordinal) =>
            [("out/.pakistan-top-suppliers-2017-2021.svg.tmp", "victim.txt")],
        var n when n.Contains("planted link", StringComparison.Ordinal) =>
            [(c.Args.Contains("{dir}/o.csv") ? ".o.csv.tmp" : ".out.csv.tmp", "victim.txt")],
        var n when n.Contains("link loop", StringComparison.Ordinal) => [("data/loop", ".")],
        _ => [],
    };
}
