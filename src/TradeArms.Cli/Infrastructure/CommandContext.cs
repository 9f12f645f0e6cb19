namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// One run of a command: results go to <see cref="Out"/>, diagnostics to <see cref="Error"/>; <see cref="CsvRaw"/>
/// is the global <c>--csv-raw</c> (CSV text cells written as they are, without the leading <c>'</c> that keeps a
/// spreadsheet from running them as formulas).
/// </summary>
internal sealed record CommandContext(TextWriter Out, TextWriter Error, bool CsvRaw = false)
{
    /// <summary>A text cell of CSV output (<see cref="TradeArms.Text.CsvField"/>): quoted where needed, formula-neutralised unless --csv-raw.</summary>
    public string CsvField(string field) => TradeArms.Text.CsvField.Text(field, CsvRaw);

    /// <summary>
    /// A result as the command line's CSV (<c>--format csv</c>, <c>--out</c>): the one CSV renderer with the stable
    /// snake_case column names and no comment lines, formula-guarded unless --csv-raw.
    /// </summary>
    public string Csv(IAnalysisResult result) => TradeArms.Rendering.CsvRenderer.Render(result, TradeArms.Rendering.CsvLayout.Data, CsvRaw);
}
