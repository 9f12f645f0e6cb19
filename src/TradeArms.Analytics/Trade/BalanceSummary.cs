using System.Collections.Immutable;
using System.Globalization;

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

    /// <summary>
    /// What the reader must know about the data beyond each period's own notes, e.g. the codes of a source file that
    /// could not be mapped, with the values they carry; none by default.
    /// </summary>
    public ImmutableArray<string> DataNotes { get; init; } = [];

    /// <summary>For example <c>Pakistan-Russia trade balance, US$ million (reporter's view: balance = exports - imports)</c>.</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"{Reporter.Name}-{Partner.Name} trade balance, {Unit} (reporter's view: balance = exports - imports)");

    /// <summary>What the columns mean: coverage, normalised balance, shares of turnover and the cumulative balance.</summary>
    public IReadOnlyList<string> Summary =>
    [
        "Coverage = exports / imports; normalised balance = (exports - imports) / (exports + imports); export and import shares = % of turnover; cumulative balance = balance summed from the first period.",
    ];

    /// <summary>The summary as a text table (<see cref="Rendering.TableRenderer"/>): the periods, the definitions, the notes for missing figures and the source.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
