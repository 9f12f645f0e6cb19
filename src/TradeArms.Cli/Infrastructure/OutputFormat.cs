namespace TradeArms.Cli.Infrastructure;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

internal static class OutputFormats
{
    public static OutputFormat Parse(string? text, string command) => text?.ToLowerInvariant() switch
    {
        null or "table" => OutputFormat.Table,
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => throw new UsageException($"--format takes table, json or csv, not '{text}'. See 'tradearms {command} --help'."),
    };

    /// <summary>
    /// True while a command runs with the global <c>--csv-raw</c> flag: text cells are written as they are, without the
    /// leading <c>'</c> that keeps a spreadsheet from running them as formulas. Per thread (one command per call).
    /// </summary>
    [ThreadStatic]
    internal static bool CsvRaw;

    /// <summary>A text cell of CSV output (<see cref="TradeArms.Text.CsvField"/>): quoted where needed, formula-neutralised unless --csv-raw.</summary>
    public static string CsvField(string field) => TradeArms.Text.CsvField.Text(field, CsvRaw);
}
