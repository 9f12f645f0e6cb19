using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Register;

namespace TradeArms.Cli.Tests.Hostile;

/// <summary>
/// Property-based fuzzing (CsCheck) of every reader through the command that reads it, in-process: a valid input
/// (the shipped SIPRI tables, Table 1, the DOTS extract, hand-made register rows, a small matrix, a tidy file) with
/// one to four random hostile edits (bytes from a hostile alphabet, extreme numbers and years, cuts, deleted and
/// doubled spans, encodings). The invariant: exit 0 with a result, 1 with findings, or 2 with one line
/// "error: file:line:column: expected ..., found ..." (or the file alone when the problem is the whole file); never
/// an unhandled exception, a stack trace, a non-finite number, a temporary file or, after an error, an output file.
/// </summary>
/// <remarks>
/// <c>dotnet test</c> runs <see cref="DefaultIterations"/> inputs per reader (well under two minutes in all). A longer
/// run: <c>TRADEARMS_FUZZ_ITERATIONS=20000 dotnet test tests/TradeArms.Cli.Tests --filter FullyQualifiedName~FuzzTest</c>;
/// a failure prints CsCheck's seed, and <c>TRADEARMS_FUZZ_SEED=&lt;seed&gt;</c> replays it.
/// </remarks>
public class FuzzTest
{
    private const int DefaultIterations = 150;

    private static readonly long s_iterations =
        long.TryParse(Environment.GetEnvironmentVariable("TRADEARMS_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultIterations;

    private static readonly string? s_seed = Environment.GetEnvironmentVariable("TRADEARMS_FUZZ_SEED") is { Length: > 0 } s ? s : null;

    /// <summary>A reader's valid input and the command that reads it ({dir}/in is the input file).</summary>
    public static TheoryData<string> Targets() => new(s_targets.Keys.Concat(s_realTargets.Value.Keys));

    /// <summary>
    /// The readers issue 15 added, fuzzed from the first lines of real downloads in ../shared/data (not shipped: their terms
    /// allow development use only); absent without that folder, where the readers' malformed corpora still run.
    /// </summary>
    private static readonly Lazy<Dictionary<string, (byte[] Input, string[] Args)>> s_realTargets = new(() =>
    {
        var targets = new Dictionary<string, (byte[] Input, string[] Args)>(StringComparer.Ordinal);
        if (SharedData.Root is null)
        {
            return targets;
        }
        static byte[] Head(string path, int lines) =>
            [.. File.ReadLines(path, Encoding.Latin1).Take(lines).SelectMany(l => Encoding.Latin1.GetBytes(l + "\n"))];
        targets["Comtrade Plus CSV"] = (Head(SharedData.Path("comtrade", "methakanb__taiwan-semiconductor-risk-thailand", "TradeData.csv"), 6),
            ["trade", "summary", "{dir}/in.csv", "--partner", "AUS", "--format", "json"]);
        targets["Comtrade legacy CSV"] = (Head(SharedData.Path("comtrade", "ITWS-Hackathon__Grain_production_Ukraine", "comtrade.csv"), 6),
            ["trade", "summary", "{dir}/in.csv", "--format", "csv"]);
        targets["Comtrade JSON"] = (File.ReadAllBytes(SharedData.Path("comtrade", "ropensci__comtradr", "HS-60a6ad.json")),
            ["trade", "summary", "{dir}/in.csv", "--partner", "ARG", "--format", "json"]);
        using var temp = new TempFolder();
        var baci = Head(TradeArms.Tests.Sources.RealFiles.WriteDerivedBaci(temp), 8);
        targets["BACI"] = (baci, ["trade", "summary", "{dir}/BACI_HS17_Y2018_V202301.csv", "--reporter", "CHN", "--partner", "USA", "--format", "json"]);
        // The UNSD table is read on every run (about 0.3 s): fewer inputs, see s_costly.
        var tables = SharedData.Path("classifications", "insongkim__concordance");
        targets["trade convert"] = (baci, ["trade", "convert", "{dir}/BACI_HS17_Y2018_V202301.csv", "--to", "HS2022", "--tables", tables, "--out", "{dir}/out.csv"]);
        targets["codes product"] = ("010121"u8.ToArray(), ["codes", "{text}", "--from", "HS2022", "--to", "HS2017", "--tables", tables, "--format", "json"]);
        return targets;
    });

    /// <summary>The milex targets whose input is one part of the workbook: the part's name (the edited bytes go back into a copy of the zip).</summary>
    private static readonly Dictionary<string, string> s_parts = new(StringComparer.Ordinal)
    {
        ["milex series (constant sheet)"] = "xl/worksheets/sheet5.xml",
        ["milex series (local currency sheet)"] = "xl/worksheets/sheet3.xml",
        ["milex compare (shared strings)"] = "xl/sharedStrings.xml",
        ["milex profile (share of GDP sheet)"] = "xl/worksheets/sheet7.xml",
        ["milex profile (styles)"] = "xl/styles.xml",
    };

    private static readonly Dictionary<string, (byte[] Input, string[] Args)> s_targets = new(StringComparer.Ordinal)
    {
        ["SIPRI by recipient"] = (HostileCorpus.Latin1(HostileCorpus.Pakistan), ["arms", "shares", "--recipient", "Pakistan", "--data", "{dir}/in.csv", "--from", "2017", "--to", "2021", "--format", "csv"]),
        ["SIPRI by supplier"] = (HostileCorpus.Latin1(HostileCorpus.Russia), ["arms", "series", "--supplier", "Russia", "--recipient", "India", "--data", "{dir}/in.csv", "--format", "json"]),
        ["SIPRI import"] = (HostileCorpus.Latin1(HostileCorpus.Pakistan), ["import", "sipri", "{dir}/in.csv", "--out", "{dir}/out.csv"]),
        ["SIPRI profile"] = (HostileCorpus.Latin1(HostileCorpus.Pakistan), ["arms", "profile", "Pakistan", "--data", "{dir}/in.csv", "--format", "json"]),
        ["SIPRI overview"] = (HostileCorpus.Latin1(HostileCorpus.Pakistan), ["overview", "--data", "{dir}/in.csv", "--window", "2017-2021"]),
        ["SIPRI factsheet"] = (HostileCorpus.Latin1(HostileCorpus.Pakistan), ["arms", "factsheet", "--data", "{dir}/in.csv", "--first", "2012-2016", "--second", "2017-2021", "--format", "json"]),
        ["SIPRI compare"] = (HostileCorpus.Latin1(HostileCorpus.Pakistan), ["arms", "compare", "--recipient", "Pakistan", "--data", "{dir}/in.csv", "--first", "2012-2016", "--second", "2017-2021", "--format", "json"]),
        ["trade table validate"] = (HostileCorpus.Utf8(HostileCorpus.Table1), ["validate", "{dir}/in.tsv", "--format", "json"]),
        ["trade table summary"] = (HostileCorpus.Utf8(HostileCorpus.Table1), ["trade", "summary", "{dir}/in.tsv", "--format", "csv"]),
        ["DOTS CSV"] = (HostileCorpus.Utf8(HostileCorpus.Dots), ["trade", "summary", "{dir}/in.csv", "--reporter", "Pakistan", "--partner", "Russia", "--format", "json"]),
        ["register full"] = (HostileCorpus.Utf8(RegisterFiles.FiveDeals), ["arms", "deals", "--data", "{dir}/in.csv", "--format", "csv"]),
        ["register by year"] = (HostileCorpus.Utf8(RegisterFiles.FiveRows), ["arms", "deals", "--data", "{dir}/in.csv", "--format", "json"]),
        ["register diff"] = (HostileCorpus.Utf8(RegisterFiles.FiveDeals), ["arms", "register-diff", "{dir}/old.csv", "{dir}/in.csv", "--format", "json"]),
        ["matrix"] = (HostileCorpus.Utf8(HostileCorpus.Matrix), ["matrix", "summarize", "{dir}/in.csv", "--out", "{dir}/out.csv"]),
        ["tidy TIV"] = (HostileCorpus.Utf8("supplier,recipient,year,tiv\nChina,Pakistan,2017,683\nChina,Pakistan,2018,499\nUnited States,Pakistan,2018,0\n"), ["@lib", "tidy", "{dir}/in.csv"]),
        ["charts"] = (HostileCorpus.Latin1(HostileCorpus.Pakistan), ["charts", "--data", "{dir}/data", "--out", "{dir}/charts", "--only", "pakistan-top-suppliers-2017-2021", "--format", "svg"]),
        ["IMTS SDMX-CSV"] = (HostileCorpus.Utf8(HostileCorpus.Imts), ["trade", "summary", "{dir}/in.csv", "--reporter", "PAK", "--partner", "RUS", "--format", "json"]),
        ["codes economy"] = ("Pakistan"u8.ToArray(), ["codes", "{text}", "--format", "json"]),
        ["codes economy in a year"] = ("586"u8.ToArray(), ["codes", "{text}", "--year", "1990", "--format", "json"]),
        // The milex targets edit one XML part of the SYNTHETIC workbook (tests/TradeArms.Analytics.Tests/Milex/MilexFixture.cs), see s_parts.
        ["milex workbook bytes"] = (HostileCorpus.MilexWorkbook, ["milex", "series", "India", "--data", "{dir}/in.xlsx", "--format", "json"]),
        ["milex series (constant sheet)"] = (HostileCorpus.MilexPart(s_parts["milex series (constant sheet)"]), ["milex", "series", "India", "--data", "{dir}/in.xlsx", "--format", "csv"]),
        ["milex series (local currency sheet)"] = (HostileCorpus.MilexPart(s_parts["milex series (local currency sheet)"]), ["milex", "series", "Pakistan", "--data", "{dir}/in.xlsx", "--measure", "local-fy", "--calendar-years", "--format", "json"]),
        ["milex compare (shared strings)"] = (HostileCorpus.MilexPart(s_parts["milex compare (shared strings)"]), ["milex", "compare", "{dir}/old.xlsx", "{dir}/in.xlsx", "--format", "json"]),
        ["milex profile (share of GDP sheet)"] = (HostileCorpus.MilexPart(s_parts["milex profile (share of GDP sheet)"]), ["milex", "profile", "Pakistan", "--data", "{dir}/in.xlsx", "--from", "2022", "--to", "2024", "--format", "json"]),
        ["milex profile (styles)"] = (HostileCorpus.MilexPart(s_parts["milex profile (styles)"]), ["milex", "profile", "India", "--data", "{dir}/in.xlsx", "--from", "2022", "--to", "2024", "--format", "json"]),
    };

    /// <summary>Targets whose every run reads a workbook or a UNSD table: this many inputs (a fifth) in the default run.</summary>
    private static readonly HashSet<string> s_costly = new(StringComparer.Ordinal)
    {
        "milex workbook bytes", "milex series (constant sheet)", "milex series (local currency sheet)", "milex compare (shared strings)",
        "milex profile (share of GDP sheet)", "milex profile (styles)", "trade convert", "codes product",
    };

    private static readonly string[] s_hostile =
    [
        "9999", "0001", "1699", "2201", "9998-99", "1000-9998", "-", "-1", "1e308", "1.7e308", "NaN", "Infinity", "-0", "79228162514264337593543950335",
        new string('9', 400), "\0", "\u0001", "\u001b[2J", "\r", "\n", "\r\n", "\"", ",", ";", "\t", "=", "+", "@", "\u00e9", "\u00fc", "\u00c3\u00bc", "\u2212",
        new string('A', 300), "Total", "Generated: 31 February 2022", " ", "..",
    ];

    /// <summary>One hostile edit of the bytes.</summary>
    private static readonly Gen<Func<byte[], byte[]>> s_edit = Gen.OneOf(
        // Replace a span with a hostile token (UTF-8 or Latin-1 bytes).
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 12], Gen.Int[0, s_hostile.Length - 1], Gen.Bool, (at, length, token, latin1) =>
            (Func<byte[], byte[]>)(b => Splice(b, at, length, (latin1 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(s_hostile[token])))),
        // Insert random bytes.
        Gen.Select(Gen.Double[0, 1], Gen.Byte.Array[1, 6], (at, bytes) => (Func<byte[], byte[]>)(b => Splice(b, at, 0, bytes))),
        // Cut the file (a download stopped), anywhere.
        Gen.Double[0, 1].Select(at => (Func<byte[], byte[]>)(b => b[..(int)(at * b.Length)])),
        // Delete a span.
        Gen.Select(Gen.Double[0, 1], Gen.Int[1, 200], (at, length) => (Func<byte[], byte[]>)(b => Splice(b, at, length, []))),
        // Double a span (a repeated line or cell).
        Gen.Select(Gen.Double[0, 1], Gen.Int[1, 120], (at, length) => (Func<byte[], byte[]>)(b =>
        {
            var start = (int)(at * b.Length);
            var span = b[start..Math.Min(b.Length, start + length)];
            return Splice(b, at, 0, span);
        })),
        // Change the whole file's encoding or line ends.
        Gen.Int[0, 3].Select(kind => (Func<byte[], byte[]>)(b => kind switch
        {
            0 => Encoding.Unicode.GetBytes(Encoding.Latin1.GetString(b)),
            1 => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(b).Replace("\n", "\r", StringComparison.Ordinal)),
            2 => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(b).Replace("\n", "\r\n", StringComparison.Ordinal)),
            _ => [0xEF, 0xBB, 0xBF, .. b],
        })));

    private static readonly Gen<Func<byte[], byte[]>[]> s_edits = s_edit.Array[1, 4];

    private static byte[] Splice(byte[] bytes, double at, int length, byte[] insert)
    {
        var start = (int)(at * bytes.Length);
        var end = Math.Min(bytes.Length, start + length);
        return [.. bytes.AsSpan(0, start), .. insert, .. bytes.AsSpan(end)];
    }

    // A data error: "error: <file>:<line>:<column>: expected ..., found ...", or with the line or the file alone.
    private static readonly Regex s_dataError = new(@"^error: .+?(:\d+(:\d+)?)?: expected .+, (found .+|found nothing)\.\n$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    // Errors that are not about a position in the file, each a complete sentence about the input as a whole.
    private static readonly Regex s_wholeInputError = new(
        @"^error: (The window .+ is outside the data: .+|.+ reaches beyond the data .+|'.*' is not (a|an) .+|A product lookup needs .+|'.+' has no option .+|.+ has \d+ (reporters|partners) .+|Actor '.+' is not .+|.+ has no deliveries .+|.+ holds? no .+|Chart '.+' needs deliveries .+|.+ See 'tradearms .+ --help'\.|No .+|An IMF DOTS file .+|.+ is not in the data.*|--[a-z-]+: .+)\n$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [Theory]
    [MemberData(nameof(Targets))]
    public void EveryHostileEdit_GivesAResultOrAPositionedError_NeverACrash(string target)
    {
        var (input, args) = s_targets.TryGetValue(target, out var known) ? known : s_realTargets.Value[target];
        s_edits.Sample(edits =>
        {
            var bytes = edits.Aggregate(input, (b, edit) => edit(b));
            using var temp = new TempFolder();
            var inputName = target == "charts" ? "data/Pakistan.csv"
                : args.FirstOrDefault(a => a.StartsWith("{dir}/in.", StringComparison.Ordinal) || a.StartsWith("{dir}/BACI_", StringComparison.Ordinal)) is { } named ? named["{dir}/".Length..]
                : "in.csv";
            var path = Path.Combine(temp.Path, inputName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // For codes the input is an argument, not a file: the edited bytes as UTF-8 text (an invalid sequence becomes U+FFFD).
            string[] runArgs = [.. args.Select(a => a == "{text}" ? Encoding.UTF8.GetString(bytes) : a)];
            if (!args.Contains("{text}"))
            {
                File.WriteAllBytes(path, s_parts.TryGetValue(target, out var part) ? HostileCorpus.WithMilexPart(part, bytes) : bytes);
            }
            if (target == "register diff")
            {
                File.WriteAllBytes(Path.Combine(temp.Path, "old.csv"), input);
            }
            if (target.StartsWith("milex compare", StringComparison.Ordinal))
            {
                File.WriteAllBytes(Path.Combine(temp.Path, "old.xlsx"), HostileCorpus.MilexWorkbookOlder);
            }
            var before = Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
            var c = new HostileCase("fuzz", target, [], runArgs, HostileKind.CorrectResult, "");
            CliResult result;
            try
            {
                result = HostileRunner.Run(c, temp.Path);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"unhandled {e.GetType().Name}: {e.Message}", e);
            }
            if (HostileRunner.Invariants(result, temp.Path, before) is { } broken)
            {
                throw new InvalidOperationException(broken + " (exit " + result.ExitCode + "): " + result.Error);
            }
            if (result.ExitCode == 2)
            {
                var last = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1] + "\n";
                if (!s_dataError.IsMatch(last) && !s_wholeInputError.IsMatch(last))
                {
                    throw new InvalidOperationException("an error without file, line and column and what was expected: " + result.Error);
                }
            }
            else if (args.Contains("{dir}/out.csv") && !File.Exists(Path.Combine(temp.Path, "out.csv")))
            {
                throw new InvalidOperationException("exit " + result.ExitCode + " without the output file");
            }
        }, seed: s_seed, iter: s_costly.Contains(target) ? Math.Max(1, s_iterations / 5) : s_iterations, threads: 1, print: edits => $"{edits.Length} edits");
    }
}
