using System.Globalization;
using System.Text;

namespace TradeArms.Trade;

/// <summary>
/// Writes a bilateral trade table as TSV with its metadata in <c># key: value</c> lines, so
/// <see cref="BilateralTradeTableReader"/> reads it back unchanged. Published figures are written as published.
/// </summary>
public static class BilateralTradeTableWriter
{
    /// <summary>Writes the table to a file (UTF-8, LF).</summary>
    public static void Write(BilateralTradeTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Text.SafeFile.WriteAllText(path, ToText(table));
    }

    /// <summary>The table as TSV text with metadata lines.</summary>
    public static string ToText(BilateralTradeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.Append("# reporter: ").Append(table.Reporter.Name).Append('\n');
        text.Append("# partner: ").Append(table.Partner.Name).Append('\n');
        text.Append("# unit: ").Append(table.Unit).Append('\n');
        if (table.PeriodKind == PeriodKind.FiscalYear)
        {
            text.Append("# fiscal-year-start: ")
                .Append(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(table.Rows[0].Period.FiscalYear.Convention.StartMonth)).Append('\n');
        }
        text.Append("# source: ").Append(table.Source.Citation).Append('\n');
        if (table.Source.Vintage is { } vintage)
        {
            text.Append("# vintage: ").Append(vintage).Append('\n');
        }
        var hasTotal = table.Rows.Any(r => r.PublishedTotal is not null);
        var hasBalance = table.Rows.Any(r => r.PublishedBalance is not null);
        text.Append("Period\tExports\tImports");
        if (hasTotal)
        {
            text.Append("\tTotal");
        }
        if (hasBalance)
        {
            text.Append("\tBalance");
        }
        text.Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append(row.Period).Append('\t').Append(Format(row.Exports)).Append('\t').Append(Format(row.Imports));
            if (hasTotal)
            {
                text.Append('\t').Append(Format(row.PublishedTotal));
            }
            if (hasBalance)
            {
                text.Append('\t').Append(Format(row.PublishedBalance, signed: true));
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Format(Money? value, bool signed = false) => value is not { } v ? ""
        : signed && v.Amount > 0 ? "+" + v.Amount.ToString(CultureInfo.InvariantCulture)
        : v.Amount.ToString(CultureInfo.InvariantCulture);
}
