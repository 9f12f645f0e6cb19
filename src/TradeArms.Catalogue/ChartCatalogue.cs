using ScottPlot;
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

    // Titles: the manifest's (and --list's) title is the one drawn, so each chart passes its definition's title.
    private const string FlowsTitle = "Pakistan-Russia trade: flows and balance, 2010-11 to 2014-15";
    private const string BalanceTitle = "Pakistan's trade balance with Russia, 2010-11 to 2014-15";
    private const string TurnoverTitle = "Pakistan-Russia trade: turnover and coverage, 2010-11 to 2014-15";
    private const string ExportsTrendTitle = "Pakistan's exports to Russia, 2010-11 to 2014-15: linear trend";
    private const string IndiaDeliveriesTitle = "Russia's arms deliveries to India, 1992-2021";
    private const string IndiaSharesTitle = "India's arms imports by supplier, 5-year windows, 1992-2021";
    private const string PakistanSharesTitle = "Pakistan's arms imports by supplier, 5-year windows, 1992-2021";
    private const string PakistanMainTitle = "Pakistan's arms imports from its four main suppliers, 1992-2021";
    private const string PairsTitle = "Russia's arms deliveries to India and to Pakistan, 1992-2021";
    private const string TopTitle = "Main suppliers of Pakistan's arms imports, 2017-2021";
    private const string HeatmapTitle = "Arms deliveries to India and Pakistan by supplier, 2017-2021";

    /// <summary>The standard charts, in order.</summary>
    public static IReadOnlyList<ChartDefinition> Standard { get; } =
    [
        new("pakistan-russia-trade-flows", FlowsTitle,
            "Pakistan-Russia bilateral trade table (Table 1), US$ million", ChartSize.Standard,
            d => ChartFigure.Of(TradeCharts.FlowsAndBalance(d.Trade, FlowsTitle))),
        new("pakistan-russia-balance", BalanceTitle,
            "Pakistan-Russia bilateral trade table (Table 1), US$ million", ChartSize.Standard,
            d => ChartFigure.Of(TradeCharts.Balance(d.Trade, BalanceTitle))),
        new("pakistan-russia-turnover-coverage", TurnoverTitle,
            "Pakistan-Russia bilateral trade table (Table 1), US$ million", ChartSize.Standard,
            d => ChartFigure.Of(TradeCharts.TurnoverAndCoverage(d.Trade, TurnoverTitle))),
        new("pakistan-exports-to-russia-trend", ExportsTrendTitle,
            "Pakistan-Russia bilateral trade table (Table 1), exports, US$ million", ChartSize.Standard,
            d => ChartFigure.Of(SeriesCharts.WithTrend(Trend.Linear(d.Trade.Series(TradeFlow.Exports)), ExportsTrendTitle))),
        new("russia-india-deliveries", IndiaDeliveriesTitle,
            "SIPRI TIV, Russia to India, 1992-2021", ChartSize.Standard,
            d => ChartFigure.Of(SeriesCharts.WithRollingAverage(
                d.Arms.Series(d.Require("Russia", false, "russia-india-deliveries"), d.Require("India", true, "russia-india-deliveries"), Long(d)), 5,
                $"Russia's arms deliveries to India, {Long(d)}"))),
        new("india-supplier-shares-by-window", IndiaSharesTitle,
            "SIPRI TIV, India's imports by supplier, 1992-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.SupplierSharesByWindow(d.Arms, d.Require("India", true, "india-supplier-shares-by-window"), Windows(Long(d)), 5,
                $"India's arms imports by supplier, 5-year windows, {Long(d)}"))),
        new("pakistan-supplier-shares-by-window", PakistanSharesTitle,
            "SIPRI TIV, Pakistan's imports by supplier, 1992-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.SupplierSharesByWindow(d.Arms, d.Require("Pakistan", true, "pakistan-supplier-shares-by-window"), Windows(Long(d)), 5,
                $"Pakistan's arms imports by supplier, 5-year windows, {Long(d)}"))),
        // Yearly shares of a small importer jump from year to year (one delivery is a whole year's imports); the
        // 5-year trailing average of each main supplier's deliveries, SIPRI's own smoothing, reads as a trend.
        new("pakistan-main-suppliers-5-year-average", PakistanMainTitle,
            "SIPRI TIV, Pakistan's imports from its four main suppliers, 1992-2021, 5-year moving average", ChartSize.Standard,
            d => ChartFigure.Of(MainSuppliers(d, d.Require("Pakistan", true, "pakistan-main-suppliers-5-year-average"), Long(d), 4,
                $"Pakistan's arms imports from its four main suppliers, {Long(d)}"))),
        new("russia-deliveries-pakistan-vs-india", PairsTitle,
            "SIPRI TIV, Russia to Pakistan and Russia to India, 1992-2021", new ChartSize(800, 700),
            d => ChartFigure.Of(ArmsCharts.SmallMultiples(
            [
                d.Arms.Series(d.Require("Russia", false, "russia-deliveries-pakistan-vs-india"), d.Require("India", true, "russia-deliveries-pakistan-vs-india"), Long(d)),
                d.Arms.Series(d.Arms.Actor("Russia"), d.Require("Pakistan", true, "russia-deliveries-pakistan-vs-india"), Long(d)),
            ], $"Russia's arms deliveries to India and to Pakistan, {Long(d)}"))),
        new("pakistan-top-suppliers-2017-2021", TopTitle,
            "SIPRI TIV, Pakistan's imports by supplier, 2017-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.TopPartners(d.Arms, d.Require("Pakistan", true, "pakistan-top-suppliers-2017-2021"), Recent(d)))),
        new("suppliers-india-pakistan-heatmap-2017-2021", HeatmapTitle,
            "SIPRI TIV, Russia, China, United States, France, Israel to India and Pakistan, 2017-2021", ChartSize.Standard,
            d => ChartFigure.Of(ArmsCharts.Heatmap(d.Arms,
                [.. new[] { "Russia", "China", "United States", "France", "Israel" }.Select(d.Arms.Actor)],
                [d.Require("India", true, "suppliers-india-pakistan-heatmap-2017-2021"), d.Require("Pakistan", true, "suppliers-india-pakistan-heatmap-2017-2021")],
                Recent(d), $"Arms deliveries to India and Pakistan by supplier, {Recent(d)}"))),
    ];

    // A recipient's main suppliers over the years (the library's ranking), each as its trailing 5-year average.
    private static Plot MainSuppliers(ChartData d, Actor recipient, YearRange years, int top, string title)
    {
        var suppliers = d.Arms.SupplierShares(recipient, years).Partners.Take(top).Select(p => p.Partner!).ToList();
        var series = suppliers.Select(s => Trend.MovingAverage(d.Arms.Series(s, recipient, years).ToTimeSeries(), 5).WithName(s.Name)).ToList();
        return SeriesCharts.Lines(series, title, ValueScale.Linear, [.. suppliers.Select(s => s.Name)],
            $"Deliveries of major arms to {recipient} from each supplier, trailing 5-year average, {Tiv.UnitLabel}");
    }

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
            var title = $"{s.Name}'s arms deals with {r.Name}: order to last delivery";
            extra.Add(new ChartDefinition(id, title,
                $"SIPRI Trade Register, {s.Name} to {r.Name}", new ChartSize(1000, 600),
                d => ChartFigure.Of(RegisterCharts.DealTimeline(d.Register!, s, r, title: title)),
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
                var title = $"{actor}'s arms imports, {profile.Years}: linear trend";
                charts.Add(new($"{stem}-imports-trend", title, $"SIPRI TIV, {actor}'s imports", ChartSize.Standard,
                    _ => ChartFigure.Of(SeriesCharts.WithTrend(fit, title))));
            }
            var sharesTitle = $"{actor}'s arms imports by supplier, 5-year windows, {profile.Windows[0].First}-{last.Last}";
            charts.Add(new($"{stem}-suppliers-by-window", sharesTitle, $"SIPRI TIV, {actor}'s imports by supplier", ChartSize.Standard,
                d => ChartFigure.Of(ArmsCharts.SupplierSharesByWindow(d.Arms, actor, profile.Windows, 5, sharesTitle))));
            charts.Add(new($"{stem}-top-suppliers-{last}", $"Main suppliers of {actor}'s arms imports, {last}", $"SIPRI TIV, {actor}'s imports by supplier, {last}", ChartSize.Standard,
                d => ChartFigure.Of(ArmsCharts.TopPartners(d.Arms, actor, last))));
        }
        if (profile.AsSupplier is { } exports)
        {
            if (exports.Trend is { } fit)
            {
                var title = $"{actor}'s arms exports, {profile.Years}: linear trend";
                charts.Add(new($"{stem}-exports-trend", title, $"SIPRI TIV, {actor}'s exports", ChartSize.Standard,
                    _ => ChartFigure.Of(SeriesCharts.WithTrend(fit, title))));
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
