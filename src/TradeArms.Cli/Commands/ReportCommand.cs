using System.Globalization;
using System.Text;
using TradeArms.Charts.Reporting;
using TradeArms.Cli.Infrastructure;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms report</c>: a country report as one self-contained HTML page (inline SVG charts, tables, sources).</summary>
internal static class ReportCommand
{
    private const string Name = "report";

    public static Command Definition { get; } = new(
        Name,
        "A country report as one self-contained HTML page: arms profile, suppliers by window with shares and HHI, fact-sheet figures (whole release), trade with balance, military expenditure.",
        "tradearms report <country> --out <folder> [--data <file-or-folder>] [--trade <table>] [--milex <workbook.xlsx>] [--from <year>] [--to <year>] [--window <n>] [--top <n>] [--combine-releases]",
        [
            ("--out <folder>", "The folder to write <country>-report.html into (created if needed; the file is replaced atomically)."),
            .. ReportInputs.Help,
        ],
        ["out", .. ReportInputs.ValueOptions],
        ReportInputs.FlagOptions,
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        var folder = args.Option("out") ?? throw new UsageException($"{Name} needs --out <folder>. See 'tradearms {Name} --help'.");
        if (File.Exists(folder))
        {
            throw new UsageException($"--out: '{folder}' is a file; give a folder to write the report into.");
        }
        var report = ReportInputs.Build(args, Name);
        var path = Path.Combine(folder, CountryReportPage.FileName(report));
        var html = CountryReportPage.Html(report);
        AtomicFile.WriteAllText(path, html);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({Encoding.UTF8.GetByteCount(html):#,0} bytes)"));
        foreach (var note in report.Notes)
        {
            context.Error.WriteLine("note: " + note);
        }
        return App.Ok;
    }
}
