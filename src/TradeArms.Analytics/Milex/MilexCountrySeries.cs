using System.Globalization;
using Microsoft.Data.Analysis;
using TradeArms.Text;

namespace TradeArms.Milex;

/// <summary>
/// One country's row of a milex sheet as SIPRI publishes it, with its markers (<see cref="MilexValue.Status"/>), the
/// unit as the sheet states it (the country's currency for the local-currency sheets) and what a reader must know:
/// financial years, the even spread onto calendar years, SIPRI's notes for the country and the workbook's findings
/// (<see cref="MilexWorkbook.CountrySeries"/>).
/// </summary>
public sealed class MilexCountrySeries : IAnalysisResult
{
    internal MilexCountrySeries(MilexWorkbook workbook, MilexSheet sheet, string country, string unit, IReadOnlyDictionary<int, MilexValue> values,
        bool calendarYears, IReadOnlyList<string> notes)
    {
        Workbook = workbook;
        Sheet = sheet;
        Country = country;
        Unit = unit;
        Values = values;
        CalendarYears = calendarYears;
        Notes = notes;
    }

    /// <summary>The workbook read.</summary>
    public MilexWorkbook Workbook { get; }

    /// <summary>The sheet.</summary>
    public MilexSheet Sheet { get; }

    /// <summary>The country as SIPRI names it.</summary>
    public string Country { get; }

    /// <summary>The unit as stated, e.g. <c>constant (2023) US$ m.</c> or <c>PKR (local currency, calendar years by even spread)</c>.</summary>
    public string Unit { get; }

    /// <summary>The values by year (financial years labelled by the year they start, unless <see cref="CalendarYears"/>).</summary>
    public IReadOnlyDictionary<int, MilexValue> Values { get; }

    /// <summary>True when the years are calendar years (every sheet but the financial-year one, or after the even spread).</summary>
    public bool CalendarYears { get; }

    /// <summary>For example <c>Pakistan, military expenditure (Constant (2023) US$)</c>.</summary>
    public string Title => $"{Country}, military expenditure ({Sheet.Name})";

    /// <summary>The sheet's unit with its price basis (<c>US$ million, current prices</c>, <c>constant (2023) US$ million</c>); a ratio for the share sheets.</summary>
    public Measure Measure => Sheet.Unit switch
    {
        { IsFraction: true } => Measure.Ratio,
        { Money: { } money } => Measure.WithPriceBasis(money),
        _ => Measure.MoneyAsStated(Unit),
    };

    /// <summary>The first to the last year of the row.</summary>
    public string Window => Values.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{Values.Keys.Min()}-{Values.Keys.Max()}");

    /// <summary>The workbook's citation and vintage.</summary>
    public DataSource Source => Workbook.Source;

    /// <summary>What a reader must know of the row: financial years, the even spread, SIPRI's notes, the workbook's findings.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>What SIPRI's markers mean, in the status codes of the rows.</summary>
    public const string StatusLegend =
        "Status: estimate = SIPRI estimate (blue in the workbook), uncertain = highly uncertain (red), unavailable = data unavailable ('. .'), didNotExist = the country did not exist ('xxx').";

    /// <summary>For a share sheet, how the fraction reads as a percent; then the row's notes and the status legend.</summary>
    IReadOnlyList<string> IAnalysisResult.Notes =>
    [
        .. Sheet.Unit.IsFraction ? [$"Value: {Unit}; share (%) = value x 100."] : Array.Empty<string>(),
        .. Notes,
        StatusLegend,
    ];

    /// <summary>
    /// The row as a DataFrame: <c>year</c>, <c>value</c> (as the workbook holds it; null for SIPRI's markers), for the
    /// share sheets <c>share_pct</c> (the fraction x 100, as SIPRI shows it), and <c>status</c> (<see cref="CodeText"/>:
    /// <c>value</c>, <c>estimate</c>, <c>uncertain</c>, <c>unavailable</c>, <c>didNotExist</c>): the columns of
    /// <c>tradearms milex series --format csv</c>. The unit and price basis are <see cref="Measure"/>'s.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("year", Values.Keys.Select(y => (int?)y)),
            new DoubleDataFrameColumn("value", Values.Values.Select(v => v.Number)));
        if (Sheet.Unit.IsFraction)
        {
            frame.Columns.Add(new DoubleDataFrameColumn("share_pct", Values.Values.Select(v => v.Number * 100)));
        }
        frame.Columns.Add(new StringDataFrameColumn("status", Values.Values.Select(v => CodeText.Of(v.Status))));
        return frame;
    }

    /// <summary>The row as a text table (<see cref="Rendering.TableRenderer"/>).</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
