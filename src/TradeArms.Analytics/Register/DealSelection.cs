using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms.Register;

/// <summary>
/// The deals of a <see cref="TradeRegister"/> that meet a <see cref="DealQuery"/> (<see cref="TradeRegister.Query"/>),
/// as a result every renderer serves: one row per deal, field by field as SIPRI's register gives it.
/// </summary>
public sealed class DealSelection : IAnalysisResult
{
    private readonly TradeRegister _register;

    internal DealSelection(TradeRegister register, DealQuery query, ImmutableArray<ArmsDeal> deals)
    {
        _register = register;
        Query = query;
        Deals = deals;
    }

    /// <summary>The query.</summary>
    public DealQuery Query { get; }

    /// <summary>The deals, in file order.</summary>
    public ImmutableArray<ArmsDeal> Deals { get; }

    /// <summary>For example <c>Arms deals of SIPRI's Trade Register: 12 deals (supplier Russia, delivered 2017-2021)</c>.</summary>
    public string Title
    {
        get
        {
            var conditions = new List<string>();
            if (Query.Supplier is { } s)
            {
                conditions.Add("supplier " + s.Name);
            }
            if (Query.Recipient is { } r)
            {
                conditions.Add("recipient " + r.Name);
            }
            if (Query.Category is { } c)
            {
                conditions.Add("category " + c);
            }
            if (Query.OrderYears is { } o)
            {
                conditions.Add("ordered " + o);
            }
            if (Query.DeliveryYears is { } d)
            {
                conditions.Add("delivered " + d);
            }
            if (Query.OpenOrdersOnly)
            {
                conditions.Add("open orders");
            }
            var what = string.Create(CultureInfo.InvariantCulture, $"Arms deals of SIPRI's Trade Register: {Deals.Length} deal{(Deals.Length == 1 ? "" : "s")}");
            return conditions.Count == 0 ? what : $"{what} ({string.Join(", ", conditions)})";
        }
    }

    /// <summary>TIV million (the TIV columns).</summary>
    public Measure Measure => Measure.TivMillions;

    /// <summary>The delivery years asked for, or empty.</summary>
    public string Window => Query.DeliveryYears?.ToString() ?? "";

    /// <summary>The register's citation and vintage.</summary>
    public DataSource Source => _register.Source;

    /// <summary>The register's number of deals.</summary>
    public int RegisterCount => _register.Count;

    /// <summary>The TIV delivered by the selected deals in all years (whole deals).</summary>
    public Tiv DeliveredTiv => Tiv.Sum(Deals.Select(d => d.DeliveredTiv));

    /// <summary>
    /// The TIV delivered by the selected deals in the delivery years asked for (SIPRI's rule: only deliveries in the
    /// selected years); null without delivery years, or for a register without TIV by delivery year (the full register).
    /// </summary>
    public Tiv? DeliveredTivInWindow => Query.DeliveryYears is { } window && _register.HasYearlyDeliveries
        ? Tiv.Sum(Deals.Select(d => d.DeliveredTivIn(window) ?? Tiv.NoDeliveries))
        : null;

    /// <summary>How to read the cells, that no deal matches, and that the full register totals whole deals in a window.</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            var notes = new List<string>();
            if (Deals.IsEmpty)
            {
                notes.Add("No deal matches.");
            }
            notes.Add("TIV is a volume indicator, not US$; n/a = none stated or no deliveries, 0 = under the printed precision; 'is estimate' = SIPRI's '?' (uncertain).");
            if (Query.DeliveryYears is { } window && !_register.HasYearlyDeliveries)
            {
                notes.Add($"The full register has no TIV per delivery year, so the deals with deliveries in {window} are totalled whole; SIPRI's by-delivery-year export gives the TIV delivered in {window} itself.");
            }
            return notes;
        }
    }

    /// <summary>
    /// How many of the register's deals are selected, and the TIV they delivered: in all years, and in the delivery
    /// years asked for where the register gives TIV by year (<c>Total TIV delivered in 2015-2018: 197 TIV million ...</c>).
    /// </summary>
    public IReadOnlyList<string> Summary
    {
        get
        {
            var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{Deals.Length:#,0} of {RegisterCount:#,0} deals of the register.") };
            var whole = Text.NumberText.Format(DeliveredTiv.Millions, "N2", null);
            if (DeliveredTivInWindow is { } within)
            {
                lines.Add($"Total TIV delivered in {Query.DeliveryYears}: {Text.NumberText.Format(within.Millions, "N2", null)} {Tiv.UnitLabel} (SIPRI's rule: only deliveries in the selected years).");
                lines.Add($"Total TIV delivered by these deals in all years: {whole} {Tiv.UnitLabel}.");
            }
            else if (Query.DeliveryYears is not null)
            {
                lines.Add($"Total TIV delivered by these deals in all years (whole deals): {whole} {Tiv.UnitLabel}.");
            }
            else
            {
                lines.Add($"Total TIV delivered: {whole} {Tiv.UnitLabel}.");
            }
            return lines;
        }
    }

    /// <summary>
    /// One row per deal, with the columns of <c>tradearms arms deals --format csv</c>: <c>recipient</c>, <c>supplier</c>,
    /// <c>orderYear</c>, <c>orderYearIsEstimate</c>, <c>numberOrdered</c>, <c>numberOrderedIsEstimate</c>,
    /// <c>designation</c>, <c>description</c>, <c>category</c>, <c>numberDelivered</c>, <c>numberDeliveredIsEstimate</c>,
    /// <c>deliveryYears</c> (SIPRI's text), <c>status</c> (as printed), <c>comments</c>, <c>tivPerUnit</c>,
    /// <c>totalOrderTiv</c>, <c>deliveredTiv</c> (TIV million: null for none stated or no deliveries, 0 under the
    /// printed precision), <c>dealId</c>, <c>generated</c> (yyyy-MM-dd) and <c>location</c> (file:line); with
    /// delivery years asked for, also <c>window</c>, <c>deliveredTivInWindow</c> and <c>numberDeliveredInWindow</c>
    /// (null for the full register, which has no TIV by delivery year), as in the JSON.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var frame = Columns();
        if (Query.DeliveryYears is { } window)
        {
            frame.Columns.Add(new StringDataFrameColumn("window", Deals.Select(_ => window.ToString())));
            frame.Columns.Add(new DoubleDataFrameColumn("deliveredTivInWindow", Deals.Select(d => d.DeliveredTivIn(window) is { } t ? NumberTextRound(t.Millions) : (double?)null)));
            frame.Columns.Add(new Int32DataFrameColumn("numberDeliveredInWindow", Deals.Select(d => d.NumberDeliveredIn(window))));
        }
        return frame;
    }

    /// <summary>The text table by the one <see cref="Rendering.TableRenderer"/>.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);

    private DataFrame Columns() => new(
        new StringDataFrameColumn("recipient", Deals.Select(d => d.Recipient.Name)),
        new StringDataFrameColumn("supplier", Deals.Select(d => d.Supplier.Name)),
        new Int32DataFrameColumn("orderYear", Deals.Select(d => (int?)d.OrderYear.Year)),
        new BooleanDataFrameColumn("orderYearIsEstimate", Deals.Select(d => (bool?)d.OrderYearIsEstimate)),
        new Int32DataFrameColumn("numberOrdered", Deals.Select(d => d.NumberOrdered)),
        new BooleanDataFrameColumn("numberOrderedIsEstimate", Deals.Select(d => (bool?)d.NumberOrderedIsEstimate)),
        new StringDataFrameColumn("designation", Deals.Select(d => d.Designation)),
        new StringDataFrameColumn("description", Deals.Select(d => d.Description)),
        new StringDataFrameColumn("category", Deals.Select(d => d.Category)),
        new Int32DataFrameColumn("numberDelivered", Deals.Select(d => d.NumberDelivered)),
        new BooleanDataFrameColumn("numberDeliveredIsEstimate", Deals.Select(d => (bool?)d.NumberDeliveredIsEstimate)),
        new StringDataFrameColumn("deliveryYears", Deals.Select(d => d.DeliveryYears.Text)),
        new StringDataFrameColumn("status", Deals.Select(d => d.Status.Text)),
        new StringDataFrameColumn("comments", Deals.Select(d => d.Comments)),
        new DoubleDataFrameColumn("tivPerUnit", Deals.Select(d => Millions(d.TivPerUnit))),
        new DoubleDataFrameColumn("totalOrderTiv", Deals.Select(d => Millions(d.TotalOrderTiv))),
        new DoubleDataFrameColumn("deliveredTiv", Deals.Select(d => Millions(d.DeliveredTiv))),
        new Int32DataFrameColumn("dealId", Deals.Select(d => d.DealId)),
        new StringDataFrameColumn("generated", Deals.Select(d => d.Source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        new StringDataFrameColumn("location", Deals.Select(d => d.Location)));

    /// <summary>SIPRI's register convention: null for none stated or no deliveries, 0 under the printed precision, else the value as published.</summary>
    private static double? Millions(Tiv? value) => value is { Status: not TivStatus.NoDeliveries } v ? NumberTextRound(v.Millions) : null;

    private static double NumberTextRound(double millions) => Text.NumberText.Round(millions, Tiv.PublishedDecimals);
}
