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

    /// <summary>None: the register's reading notes stay on the register.</summary>
    public IReadOnlyList<string> Notes => [];

    /// <summary>
    /// One row per deal, with the columns of <c>tradearms arms deals --format csv</c>: <c>recipient</c>, <c>supplier</c>,
    /// <c>orderYear</c>, <c>orderYearIsEstimate</c>, <c>numberOrdered</c>, <c>numberOrderedIsEstimate</c>,
    /// <c>designation</c>, <c>description</c>, <c>category</c>, <c>numberDelivered</c>, <c>numberDeliveredIsEstimate</c>,
    /// <c>deliveryYears</c> (SIPRI's text), <c>status</c> (as printed), <c>comments</c>, <c>tivPerUnit</c>,
    /// <c>totalOrderTiv</c>, <c>deliveredTiv</c> (TIV million: null for none stated or no deliveries, 0 under the
    /// printed precision), <c>dealId</c>, <c>generated</c> (yyyy-MM-dd) and <c>location</c> (file:line).
    /// </summary>
    public DataFrame ToDataFrame() => new(
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
