
namespace TradeArms.Sources;

/// <summary>The one rule that turns a Comtrade Plus (API v1) record, from CSV or JSON, into a <see cref="TradeRecord"/>.</summary>
internal static class ComtradePlusFields
{
    /// <summary>The 47 columns of a Comtrade Plus (API v1) record, in the order of the CSV export.</summary>
    public static readonly string[] Columns =
    [
        "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc", "flowCode",
        "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc", "classificationCode",
        "classificationSearchCode", "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc",
        "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty",
        "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue",
        "legacyEstimationFlag", "isReported", "isAggregate",
    ];

    /// <summary>The columns a record cannot do without.</summary>
    public static readonly string[] Required =
        ["freqCode", "refYear", "period", "reporterCode", "flowCode", "partnerCode", "classificationCode", "cmdCode", "primaryValue"];

    public static readonly MoneyUnit UsDollars = new("USD", MoneyScale.Units);

    public static TradeRecord Read(FieldSource f, EconomyMapper economies)
    {
        var frequency = f.Text("freqCode", "a frequency") switch
        {
            "A" => TradeFrequency.Annual,
            "M" => TradeFrequency.Monthly,
            var other => throw f.Error("freqCode", "a frequency A or M in column 'freqCode'", other),
        };
        var year = f.Int("refYear", "a year");
        var periodText = f.Text("period", "a period");
        if (!TradePeriod.TryParse(periodText, frequency, out var period) || period.Year != year)
        {
            throw f.Error("period", $"{(frequency == TradeFrequency.Annual ? "the year" : "a month such as 202001")} of refYear {year} in column 'period'", periodText);
        }
        var flow = f.Text("flowCode", "a flow") switch
        {
            "M" => SourceFlow.Imports,
            "X" => SourceFlow.Exports,
            "RM" => SourceFlow.ReImports,
            "RX" => SourceFlow.ReExports,
            var other => throw f.Error("flowCode", "a flow M, X, RM or RX in column 'flowCode'", other),
        };
        var product = f.Product("classificationCode", "cmdCode", "a product code");
        var reporter = f.Int("reporterCode", "a reporter code").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var partner = f.Int("partnerCode", "a partner code").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var primary = f.Number("primaryValue", "a value in US$");
        var qtyUnit = f.OptionalText("qtyUnitAbbr");
        var qty = f.NonNegative("qty", "a quantity");
        var weight = f.NonNegative("netWgt", "a net weight in kg");
        var record = new TradeRecord
        {
            Line = f.Line,
            Period = period,
            ReporterCode = reporter,
            Reporter = economies.Map(reporter, year),
            PartnerCode = partner,
            Partner = economies.Map(partner, year),
            Flow = flow,
            Product = product,
            Value = primary is { } p ? new TradeValue(new Money(p, UsDollars), Valuation.Primary) : null,
            Cif = f.Number("cifvalue", "a CIF value in US$") is { } c ? new Money(c, UsDollars) : null,
            Fob = f.Number("fobvalue", "a FOB value in US$") is { } o ? new Money(o, UsDollars) : null,
            NetWeight = weight is { } w ? new Quantity(w, "kg", f.Bool("isNetWgtEstimated") == true) : null,
            Quantity = qty is { } q && qtyUnit is not null and not "N/A" ? new Quantity(q, qtyUnit, f.Bool("isQtyEstimated") == true) : null,
            Partner2Code = f.OptionalText("partner2Code") is { } p2 ? f.Int("partner2Code", "a second partner code").ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            CustomsCode = f.OptionalText("customsCode"),
            TransportCode = f.OptionalText("motCode") is { } mot ? f.Int("motCode", "a mode of transport code").ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            PublishedAggregateFlag = f.Bool("isAggregate"),
        };
        f.Bool("isOriginalClassification");
        f.Bool("isLeaf");
        f.Bool("isReported");
        economies.Track(record, f.OptionalText("reporterDesc"), f.OptionalText("partnerDesc"));
        return record;
    }
}
