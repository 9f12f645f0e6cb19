using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TradeArms;

/// <summary>
/// Every balance measure of a <see cref="BilateralTradeTable"/>, period by period (reporter's view); made by
/// <see cref="Balance.Summarise"/>. Money stays <see cref="Money"/> in the table's unit; ratios are plain numbers and
/// shares are percent.
/// </summary>
public sealed partial record BalanceSummary
{
    internal BalanceSummary(BilateralTradeTable table, ImmutableArray<BalancePeriod> rows)
    {
        Reporter = table.Reporter;
        Partner = table.Partner;
        Unit = table.Unit;
        Source = table.Source;
        Rows = rows;
    }

    /// <summary>The reporting country: exports are its exports.</summary>
    public Actor Reporter { get; }

    /// <summary>The partner country.</summary>
    public Actor Partner { get; }

    /// <summary>The unit of every money figure.</summary>
    public MoneyUnit Unit { get; }

    /// <summary>Citation and vintage of the table.</summary>
    public DataSource Source { get; }

    /// <summary>One row per period of the table, in order.</summary>
    public ImmutableArray<BalancePeriod> Rows { get; }

    /// <summary>The summary as a text table, with the notes for missing figures and the source.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Reporter.Name}-{Partner.Name} trade balance, {Unit} (reporter's view: balance = exports - imports)\n");
        var rows = Rows.Select(r => (IReadOnlyList<string>)[
            r.Period.ToString(), Plain(r.Exports), Plain(r.Imports), Signed(r.Balance), Plain(r.Turnover),
            Number(r.Coverage, "0.000"), Number(r.NormalisedBalance, "+0.000;-0.000;0.000"), Number(r.ExportShare, "0.0"), Signed(r.CumulativeBalance),
        ]).ToList();
        text.Append(Text.TextTable.Format(
            ["Period", "Exports", "Imports", "Balance", "Turnover", "Coverage", "Normalised", "Exports %", "Cumulative"],
            [false, true, true, true, true, true, true, true, true], rows));
        text.Append("Coverage = exports / imports; normalised = (exports - imports) / (exports + imports); exports % = share of turnover; cumulative = balance summed from the first period.\n");
        foreach (var r in Rows.Where(r => !r.Notes.IsEmpty))
        {
            text.Append("Note: ").Append(r.Period.ToString()).Append(": ").Append(string.Join("; ", r.Notes)).Append('\n');
        }
        text.Append("Source: ").Append(Source.Citation).Append('\n');
        return text.ToString();
    }

    /// <summary>An amount as printed (published figures keep their decimals); more than two decimals are rounded to two for reading.</summary>
    internal static string Plain(Money? m) => m is { } v ? v.ToString("P2", null) : "missing";

    internal static string Signed(Money? m) => m is { } v ? v.ToString("+P2", null) : "missing";

    internal static string Number(double? d, string format) => d is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
