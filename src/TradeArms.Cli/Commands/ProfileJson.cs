using TradeArms.Cli.Json;
using TradeArms.Milex;
using TradeArms.Profiles;
using TradeArms.Reports;

namespace TradeArms.Cli.Commands;

/// <summary>The JSON of <c>tradearms profile</c>: records serialized by the CLI's one JSON writer (<see cref="JsonOutput"/>).</summary>
internal static class ProfileJson
{
    public static string Of(CountryReport report) =>
        JsonOutput.Write(Dto(report), CliJsonContext.Default.ProfileDocument);

    private static ProfileDocument Dto(CountryReport r) => new(
        r.Actor.Name,
        r.Actor.Iso3,
        r.Arms.Years.ToString(),
        new ArmsSection(Tiv.UnitLabel, Role(r.Arms.AsRecipient), Role(r.Arms.AsSupplier)),
        r.Spending is { } s ? Milex(s, r) : null,
        r.Balance is { } b ? new TradeSection(b.Reporter.Name, b.Partner.Name, b.Unit.ToString(), r.TradeValidation!.IsConsistent, r.TradeValidation.Discrepancies.Count,
            [.. b.Rows.Select(p => new TradePeriodItem(p.Period.ToString(), p.Exports?.Amount, p.Imports?.Amount, p.Balance?.Amount, p.Turnover?.Amount, JsonOutput.Round(p.Coverage, 6), p.CumulativeBalance?.Amount))]) : null,
        [.. r.Notes],
        [.. r.Sources.Select(s => new SourceItem(s.Citation, s.Vintage))]);

    private static RoleSection? Role(RoleProfile? role) => role is null ? null : new(
        JsonOutput.Round(role.Volume.Total.Millions, 6)!.Value,
        JsonOutput.Round(role.Trend?.Slope, 6),
        role.Rank,
        role.RankedActors,
        JsonOutput.Round(role.ShareOfDataPercent, 4),
        JsonOutput.Round(role.ConcentrationChangePoints, 4),
        [.. role.PartnersByWindow.Select(t => new WindowItem(t.Window.ToString(), JsonOutput.Round(t.Total.Millions, 6)!.Value, JsonOutput.Round(t.Concentration.Points, 4),
            [.. t.Rows.Select(p => new PartnerItem(p.Label, JsonOutput.Round(p.Volume.Millions, 6)!.Value, ArmsSeriesCommand.Status(p.Volume.Status), JsonOutput.Round(p.Percent, 4)))]))]);

    private static MilexSection Milex(ArmsSpendingProfile s, CountryReport r) => new(
        s.Country,
        s.Years.ToString(),
        r.Milex?.ConstantBaseYear,
        [.. s.Tracks.Select(t => new TrackItem(t.Name, t.Unit, t.Source.Citation, t.Source.Vintage, [.. t.Values.OrderBy(v => v.Key).Select(v => new YearValue(v.Key, JsonOutput.Round(v.Value, 6)))]))],
        [.. s.Correlations.Select(c => new CorrelationItem(c.First, c.Second, c.Years, JsonOutput.Round(c.Pearson, 6)))],
        r.SpendingWindowRanges?.First.ToString(),
        r.SpendingWindowRanges?.Second.ToString(),
        [.. r.SpendingWindows.Select(w => new WindowChangeItem(w.Track, w.Unit, JsonOutput.Round(w.FirstMean, 6), JsonOutput.Round(w.SecondMean, 6), JsonOutput.Round(w.PercentChange, 4)))]);
}

/// <summary>The document.</summary>
internal sealed record ProfileDocument(string Country, string? Iso3, string Years, ArmsSection Arms, MilexSection? Milex, TradeSection? Trade,
    IReadOnlyList<string> Notes, IReadOnlyList<SourceItem> Sources);

/// <summary>The arms section (TIV million).</summary>
internal sealed record ArmsSection(string Measure, RoleSection? AsRecipient, RoleSection? AsSupplier);

/// <summary>One role: imports or exports.</summary>
internal sealed record RoleSection(double Tiv, double? TrendSlopePerYear, int? Rank, int RankedActors, double? ShareOfDataPercent, double? ConcentrationChangePoints,
    IReadOnlyList<WindowItem> Windows);

/// <summary>One window of a role.</summary>
internal sealed record WindowItem(string Window, double Tiv, double? HhiPoints, IReadOnlyList<PartnerItem> Partners);

/// <summary>One partner (or others) in a window.</summary>
internal sealed record PartnerItem(string Name, double Tiv, string Status, double? Share);

/// <summary>The military expenditure section.</summary>
internal sealed record MilexSection(string Country, string Years, int? ConstantBaseYear, IReadOnlyList<TrackItem> Tracks, IReadOnlyList<CorrelationItem> Correlations,
    string? FirstWindow, string? SecondWindow, IReadOnlyList<WindowChangeItem> Windows);

/// <summary>One track in its own unit.</summary>
internal sealed record TrackItem(string Name, string Unit, string Source, string? Vintage, IReadOnlyList<YearValue> Values);

/// <summary>A year's value; null when missing.</summary>
internal sealed record YearValue(int Year, double? Value);

/// <summary>A correlation between two tracks.</summary>
internal sealed record CorrelationItem(string First, string Second, int Years, double? Pearson);

/// <summary>A track's means over two windows.</summary>
internal sealed record WindowChangeItem(string Track, string Unit, double? FirstMean, double? SecondMean, double? PercentChange);

/// <summary>The trade section.</summary>
internal sealed record TradeSection(string Reporter, string Partner, string Unit, bool Consistent, int Discrepancies, IReadOnlyList<TradePeriodItem> Periods);

/// <summary>One period of the trade table (money as published, decimals kept).</summary>
internal sealed record TradePeriodItem(string Period, decimal? Exports, decimal? Imports, decimal? Balance, decimal? Turnover, double? Coverage, decimal? CumulativeBalance);

/// <summary>A source with its vintage.</summary>
internal sealed record SourceItem(string Citation, string? Vintage);
