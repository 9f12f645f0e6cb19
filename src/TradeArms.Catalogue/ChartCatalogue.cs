using TradeArms.Profiles;

namespace TradeArms.Catalogue;

/// <summary>
/// The project's standard charts. <c>tradearms charts</c> and <c>notebooks/regenerate-charts.cs</c> both render
/// exactly this list, so every chart of the project comes from one code path.
/// </summary>
public static class ChartCatalogue
{
    // The windows come from the data drawn, never from fixed years: the last 5 years (SIPRI's comparison window) and
    // the last 30 (1992-2021 for the 2022 release). The ids and manifest titles name the shipped data's windows.
    private static YearRange Recent(ChartData d) => d.Arms.Years.LastYears(Math.Min(5, d.Arms.Years.Count));

    private static YearRange Long(ChartData d) => d.Arms.Years.LastYears(Math.Min(30, d.Arms.Years.Count));

    /// <summary>The standard charts, in order.</summary>
    public static IReadOnlyList<ChartDefinition> Standard { get; } =
    [
        new("pakistan-russia-trade-flows", "Pakistan-Russia trade: flows and balance, FY2010-11 to 2014-15",
            "Pakistan-Russia bilateral trade table (Table 1), US$ million", ChartSize.Standard,
            d => ChartFigure.Of(TradeCharts.FlowsAndBalance(d.Trade, "Pakistan-Russia trade: flows and balance, FY2010-11 to 2014-15"))),
        new("pakistan-russia-balance", "Pakistan's trade balance with Russia",
            "Pakistan-Russia bilateral trade table (Table 1), US$ million", ChartSize.Standard,
            d => ChartFigure.Of(TradeCharts.Balance(d.Trade))),
        new("pakistan-russia-turnover-coverage", "Pakistan-Russia trade: turnover and coverage",
            "Pakistan-Russia bilateral trade table (Table 1), US$ million", ChartSize.Standard,
            d => ChartFigure.Of(TradeCharts.TurnoverAndCoverage(d.Trade))),
        new("pakistan-exports-to-russia-trend", "Pakistan's exports to Russia: linear trend",
            "Pakistan-Russia bilateral trade table (Table 1), exports, US$ million", ChartSize.Standard,
            d => ChartFigure.Of(SeriesCharts.WithTrend(Trend.Linear(d.Trade.Series(TradeFlow.Exports)), "Pakistan's exports to Russia: linear trend"))),
        new("russia-india-deliveries", "Russia's arms deliveries to India, 1992-2021, with 5-year moving average",
            "SIPRI TIV, Russia to India, 1992-2021", ChartSize.Standard,
            d => ChartFigure.Of(SeriesCharts.WithRollingAverage(
                d.Arms.Series(d.Require("Russia", false, "russia-india-deliveries"), d.Require("India", true, "russia-india-deliveries"), Long(d)), 5,
                $"Russia's arms deliveries to India, {Long(d)}"))),
        new("india-supplier-shares-by-window", "India's arms imports by supplier, 5-year windows 1992-2021",
            "SIPRI TIV, India's imports by supplier, 1992-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.SupplierSharesByWindow(d.Arms, d.Require("India", true, "india-supplier-shares-by-window"), Windows(Long(d)), 5,
                "India's arms imports by supplier, share per 5-year window"))),
        new("pakistan-supplier-shares-by-window", "Pakistan's arms imports by supplier, 5-year windows 1992-2021",
            "SIPRI TIV, Pakistan's imports by supplier, 1992-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.SupplierSharesByWindow(d.Arms, d.Require("Pakistan", true, "pakistan-supplier-shares-by-window"), Windows(Long(d)), 5,
                "Pakistan's arms imports by supplier, share per 5-year window"))),
        new("pakistan-supplier-shares-over-time", "Pakistan's arms imports by supplier, share of each year, 1992-2021",
            "SIPRI TIV, Pakistan's imports by supplier, 1992-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.SupplierSharesOverTime(d.Arms, d.Require("Pakistan", true, "pakistan-supplier-shares-over-time"), Long(d), 5))),
        new("russia-deliveries-pakistan-vs-india", "Russia's arms deliveries to Pakistan and to India, 1992-2021",
            "SIPRI TIV, Russia to Pakistan and Russia to India, 1992-2021", new ChartSize(800, 700),
            d => ChartFigure.Of(ArmsCharts.SmallMultiples(
            [
                d.Arms.Series(d.Require("Russia", false, "russia-deliveries-pakistan-vs-india"), d.Require("India", true, "russia-deliveries-pakistan-vs-india"), Long(d)),
                d.Arms.Series(d.Arms.Actor("Russia"), d.Require("Pakistan", true, "russia-deliveries-pakistan-vs-india"), Long(d)),
            ]))),
        new("pakistan-top-suppliers-2017-2021", "Main suppliers of Pakistan's arms imports, 2017-2021",
            "SIPRI TIV, Pakistan's imports by supplier, 2017-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.TopPartners(d.Arms, d.Require("Pakistan", true, "pakistan-top-suppliers-2017-2021"), Recent(d)))),
        new("suppliers-india-pakistan-heatmap-2017-2021", "Main suppliers of India and Pakistan, 2017-2021",
            "SIPRI TIV, Russia, China, United States, France, Israel to India and Pakistan, 2017-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.Heatmap(d.Arms,
                [.. new[] { "Russia", "China", "United States", "France", "Israel" }.Select(d.Arms.Actor)],
                [d.Require("India", true, "suppliers-india-pakistan-heatmap-2017-2021"), d.Require("Pakistan", true, "suppliers-india-pakistan-heatmap-2017-2021")],
                Recent(d), $"Arms deliveries to India and Pakistan by supplier, {Recent(d)}"))),
    ];

    /// <summary>
    /// The charts for some data: the standard charts, plus, when the data hold a Trade Register
    /// (<see cref="ChartData.Register"/>), a deal timeline for each of the pairs Russia-Pakistan, Russia-India,
    /// China-Pakistan and United States-Pakistan that the register has deals for.
    /// </summary>
    public static IReadOnlyList<ChartDefinition> For(ChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Register is not { } register)
        {
            return Standard;
        }
        var extra = new List<ChartDefinition>();
        foreach (var (supplier, recipient) in new[] { ("Russia", "Pakistan"), ("Russia", "India"), ("China", "Pakistan"), ("United States", "Pakistan") })
        {
            var s = register.Actor(supplier);
            var r = register.Actor(recipient);
            if (register.Between(s, r).IsEmpty)
            {
                continue;
            }
            var id = $"deals-{Slug(s)}-{Slug(r)}";
            extra.Add(new ChartDefinition(id, $"{s.Name}'s arms deals with {r.Name}: order to last delivery",
                $"SIPRI Trade Register, {s.Name} to {r.Name}", new ChartSize(1000, 600),
                d => ChartFigure.Of(RegisterCharts.DealTimeline(d.Register!, s, r)),
                d => d.Register!.Source));
        }
        return [.. Standard, .. extra];
    }

    /// <summary>
    /// A country's chart set (see <see cref="CountryProfile"/>): as recipient, its imports with their fitted linear trend,
    /// its suppliers' shares by 5-year window and its top suppliers in the last window; as supplier, its exports with
    /// their trend and its top recipients in the last window. Ids start with the actor's name (<c>india-imports-trend</c>).
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="name">The actor: a SIPRI name, alias or ISO3 code.</param>
    /// <param name="years">The years; null for all years of the data.</param>
    /// <exception cref="ActorNotFoundException">No actor has that name.</exception>
    /// <exception cref="DataCoverageException">The data hold no transfers to or from the actor.</exception>
    /// <exception cref="WindowOutsideDataException">The years are outside the data.</exception>
    /// <exception cref="ArgumentException">The years are shorter than one 5-year window.</exception>
    public static IReadOnlyList<ChartDefinition> ForProfile(ChartData data, string name, YearRange? years = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(name);
        var actor = data.Arms.Actor(name);
        var profile = CountryProfile.Of(data.Arms, actor, years);
        var stem = Slug(actor);
        var last = profile.Windows[^1];
        var charts = new List<ChartDefinition>();
        if (profile.AsRecipient is { } imports)
        {
            if (imports.Trend is { } fit)
            {
                charts.Add(new($"{stem}-imports-trend", $"{actor}'s arms imports, {profile.Years}, with linear trend", $"SIPRI TIV, {actor}'s imports", ChartSize.Standard,
                    _ => ChartFigure.Of(SeriesCharts.WithTrend(fit, $"{actor}'s arms imports, {profile.Years}: linear trend"))));
            }
            charts.Add(new($"{stem}-suppliers-by-window", $"{actor}'s arms imports by supplier, 5-year windows", $"SIPRI TIV, {actor}'s imports by supplier", ChartSize.Standard,
                d => ChartFigure.Of(ArmsCharts.SupplierSharesByWindow(d.Arms, actor, profile.Windows, 5, $"{actor}'s arms imports by supplier, share per 5-year window"))));
            charts.Add(new($"{stem}-top-suppliers-{last}", $"Main suppliers of {actor}'s arms imports, {last}", $"SIPRI TIV, {actor}'s imports by supplier, {last}", ChartSize.Standard,
                d => ChartFigure.Of(ArmsCharts.TopPartners(d.Arms, actor, last))));
        }
        if (profile.AsSupplier is { } exports)
        {
            if (exports.Trend is { } fit)
            {
                charts.Add(new($"{stem}-exports-trend", $"{actor}'s arms exports, {profile.Years}, with linear trend", $"SIPRI TIV, {actor}'s exports", ChartSize.Standard,
                    _ => ChartFigure.Of(SeriesCharts.WithTrend(fit, $"{actor}'s arms exports, {profile.Years}: linear trend"))));
            }
            charts.Add(new($"{stem}-top-recipients-{last}", $"Main recipients of {actor}'s arms exports, {last}", $"SIPRI TIV, {actor}'s exports by recipient, {last}", ChartSize.Standard,
                d => ChartFigure.Of(ArmsCharts.TopPartners(d.Arms, actor, last, markets: true))));
        }
        return charts;
    }

    // An actor's name as part of a chart id and file name: "United States" -> "united-states", "Rebels (X)*" -> "rebels-x".
    private static string Slug(Actor actor) =>
        actor.Name.ToLowerInvariant().Replace(' ', '-').Replace("*", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);

    /// <summary>
    /// Consecutive windows of a range by the library's one rule (<see cref="YearRange.Split"/>, aligned to end with the
    /// range as SIPRI's fact sheets and <see cref="CountryProfile"/> do): 1992-1996, 1997-2001, ... for 1992-2021.
    /// </summary>
    public static IReadOnlyList<YearRange> Windows(YearRange range, int length = 5) => range.Split(length, WindowAlignment.FromEnd).Windows;
}
