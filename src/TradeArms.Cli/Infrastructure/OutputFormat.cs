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
}
