using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using TradeArms.FactSheets;
using TradeArms.Milex;
using TradeArms.Profiles;
using TradeArms.Sipri;

namespace TradeArms.Reports;

/// <summary>
/// Everything a country report shows, assembled from the library's own results (nothing is computed twice): the arms
/// profile (<see cref="CountryProfile"/>: suppliers and markets by window with shares and HHI, trend, rank), SIPRI's
/// fact-sheet figures when the data are a whole release, the trade table with its balance when one is given, and
/// military expenditure beside arms imports and trade (<see cref="ArmsSpendingProfile"/>) when a milex workbook is
/// given. Each section keeps its own unit: TIV million (a volume), money with its price basis, percent of GDP.
/// </summary>
public sealed class CountryReport : IAnalysisResult
{
    private CountryReport(ArmsTransfers data, CountryProfile arms)
    {
        Data = data;
        Arms = arms;
    }

    /// <summary>The country.</summary>
    public Actor Actor => Arms.Actor;

    /// <summary>The arms data the report was built from (charts draw from it).</summary>
    public ArmsTransfers Data { get; }

    /// <summary>The arms profile: imports and exports by window, partners' shares, HHI, trend and rank.</summary>
    public CountryProfile Arms { get; }

    /// <summary>
    /// SIPRI's fact-sheet figures for the profile's last two windows; null unless the data are a whole release
    /// (SIPRI's world total loaded and matched by the cells, <see cref="ArmsTransfers.WorldCoverage"/>).
    /// </summary>
    public FactSheet? FactSheet { get; private init; }

    /// <summary>The country among the fact sheet's top exporters; null when it is not among them (or there is no fact sheet).</summary>
    public FactSheetEntry? AsTopExporter { get; private init; }

    /// <summary>The country among the fact sheet's top importers; null when it is not among them (or there is no fact sheet).</summary>
    public FactSheetEntry? AsTopImporter { get; private init; }

    /// <summary>The trade table given, as published; null when none was given.</summary>
    public BilateralTradeTable? Trade { get; private init; }

    /// <summary>The check of the trade table's published totals and balances; null without a table.</summary>
    public ValidationReport? TradeValidation { get; private init; }

    /// <summary>The trade table's balance measures period by period; null without a table.</summary>
    public BalanceSummary? Balance { get; private init; }

    /// <summary>The milex workbook given; null when none was given.</summary>
    public MilexWorkbook? Milex { get; private init; }

    /// <summary>Arms imports, military expenditure, its share of GDP and (with a trade table) trade on one time axis; null without a workbook or when the country is not in it.</summary>
    public ArmsSpendingProfile? Spending { get; private init; }

    /// <summary>The two windows of <see cref="SpendingWindows"/>: the first and the last window of the milex axis.</summary>
    public (YearRange First, YearRange Second)? SpendingWindowRanges { get; private init; }

    /// <summary>Each milex-section track's annual mean over the two windows and its change; empty without a milex section.</summary>
    public ImmutableArray<TrackWindowChange> SpendingWindows { get; private init; } = [];

    /// <summary>What the reader must know: sections left out and why, coverage, alignment of fiscal years, the profile's own notes.</summary>
    public ImmutableArray<string> Notes { get; private init; } = [];

    /// <summary>Every source of the report, each with its vintage, in the order of the sections.</summary>
    public ImmutableArray<DataSource> Sources { get; private init; } = [];

    /// <summary>For example <c>Country report: Pakistan, 1950-2021</c>.</summary>
    public string Title => $"Country report: {Actor.Name}, {Arms.Years}";

    /// <summary>The measure of the arms sections, TIV million; the trade and milex sections state their own units.</summary>
    public Measure Measure => Measure.TivMillions;

    string IAnalysisResult.Window => Arms.Years.ToString();

    /// <summary>The arms data's source and vintage (every source: <see cref="Sources"/>).</summary>
    public DataSource Source => Arms.Source;

    IReadOnlyList<string> IAnalysisResult.Notes => Notes;

    /// <summary>The arms profile's partners by window (see <see cref="CountryProfile.ToDataFrame"/>).</summary>
    public DataFrame ToDataFrame() => Arms.ToDataFrame();

    /// <summary>The country's place in the fact sheet's lists (world rank, share and change), when it is among them.</summary>
    public IReadOnlyList<string> Summary =>
    [
        .. FactSheet is { } sheet && AsTopImporter is { } importer ? [$"Among the largest importers, {sheet.Second} vs {sheet.First}: {importer}."] : Array.Empty<string>(),
        .. FactSheet is { } s && AsTopExporter is { } exporter ? [$"Among the largest exporters, {s.Second} vs {s.First}: {exporter}."] : Array.Empty<string>(),
    ];

    /// <summary>
    /// The report's parts, each rendered as a result of its own: the arms profile, military expenditure beside arms
    /// imports and its window means (with a milex workbook), and the trade balance and its validation (with a trade table).
    /// </summary>
    public IReadOnlyList<IAnalysisResult> Sections =>
    [
        Arms,
        .. Spending is { } spending ? [spending] : Array.Empty<IAnalysisResult>(),
        // The window means the report computed once (SpendingWindows), not computed again.
        .. Spending is { } p && SpendingWindowRanges is var (first, second) ? [new TrackWindowComparison(p, first, second, SpendingWindows)] : Array.Empty<IAnalysisResult>(),
        .. Balance is { } balance ? [balance] : Array.Empty<IAnalysisResult>(),
        .. TradeValidation is { } validation ? [validation] : Array.Empty<IAnalysisResult>(),
    ];

    /// <summary>The report as text by the one <see cref="Rendering.TableRenderer"/>: every part in turn, the notes and sources once.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);

    /// <summary>Builds the report of a country.</summary>
    /// <param name="arms">SIPRI's arms-transfer data; a whole release for world ranks, shares and the fact sheet.</param>
    /// <param name="actor">The country.</param>
    /// <param name="options">Years, windows, trade table and milex workbook; null for <see cref="CountryReportOptions.Default"/>.</param>
    /// <exception cref="DataCoverageException">The country has no transfers in the data, or the trade table is not the country's.</exception>
    /// <exception cref="WindowOutsideDataException">The years reach outside the arms data.</exception>
    /// <exception cref="ArgumentException">The years are shorter than one window or outside the country's lifetime.</exception>
    public static CountryReport Build(ArmsTransfers arms, Actor actor, CountryReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(actor);
        options ??= CountryReportOptions.Default;
        var profile = CountryProfile.Of(arms, actor, options.Years, options.WindowLength, options.Top);
        var notes = new List<string>(profile.Notes);
        var sources = new List<DataSource>(arms.Sources.IsDefaultOrEmpty ? [arms.Source] : arms.Sources);

        FactSheet? sheet = null;
        if (profile.Windows.Length < 2)
        {
            notes.Add($"Fact-sheet figures need two {options.WindowLength}-year windows; {profile.Years} holds one.");
        }
        else if (arms.WorldCoverage(profile.Windows[^2]) == ShareCoverage.Verified && arms.WorldCoverage(profile.Windows[^1]) == ShareCoverage.Verified)
        {
            sheet = FactSheets.FactSheet.Compute(arms, profile.Windows[^2], profile.Windows[^1]);
        }
        else
        {
            notes.Add("Fact-sheet figures (world shares and ranks) need a whole SIPRI release (every by-recipient table with SIPRI's world total); the data loaded are not one, so ranks and shares in this report are among the actors loaded.");
        }

        BilateralTradeTable? trade = null;
        if (options.Trade is { } table)
        {
            if (table.Reporter != actor && table.Partner != actor)
            {
                throw new DataCoverageException($"The trade table ({table.Reporter.Name}-{table.Partner.Name}, {table.Source.Caption}) is not {actor.Name}'s: give a table whose reporter or partner is {actor.Name}.");
            }
            trade = table;
            sources.Add(table.Source);
        }

        ArmsSpendingProfile? spending = null;
        (YearRange, YearRange)? ranges = null;
        ImmutableArray<TrackWindowChange> windows = [];
        if (options.Milex is { } milex)
        {
            sources.Add(milex.Source);
            var country = milex.FindCountry(actor.Name) ?? (actor.Iso3 is { } iso ? milex.FindCountry(iso) : null);
            var imports = arms.ImportsOf(actor);
            // The profile's years: within the data and the country's lifetime (no year it did not exist counts as 0 TIV).
            var axis = profile.Years.Intersect(milex[MilexMeasure.ConstantUsDollars].Years);
            if (country is null)
            {
                notes.Add($"{actor.Name} is not a country of {milex.Source.Citation}: the report has no military expenditure section.");
            }
            else if (profile.AsRecipient is null)
            {
                notes.Add($"The arms data ({arms.Source.Caption}) hold no imports of {actor.Name} (load its by-recipient table): the military expenditure section, which sets spending beside arms imports, is left out rather than shown against zeros.");
            }
            else if (axis is not { } years)
            {
                notes.Add($"The arms data ({imports.Years}) and {milex.Source.Citation} share no years: the report has no military expenditure section.");
            }
            else
            {
                TimeSeries? tradeSeries = null;
                if (trade is not null)
                {
                    // The money flow, not a ratio: turnover can be spread over calendar years; TIV and money stay on their own axes.
                    var turnover = trade.Series(TradeFlow.Total);
                    tradeSeries = turnover.ToCalendarYears(options.TradeAlignment);
                    if (turnover.Periods.Any(p => p.Kind == PeriodKind.FiscalYear))
                    {
                        notes.Add($"Trade is by fiscal year in the table; in the military expenditure section its turnover is put on calendar years by {options.TradeAlignment}: {tradeSeries.Name}.");
                        tradeSeries = tradeSeries.WithName($"{trade.Reporter.Name}-{trade.Partner.Name} trade (turnover, calendar years)");
                    }
                }
                spending = ArmsSpendingProfile.Build(milex, country, imports, years, tradeSeries);
                var length = Math.Min(options.WindowLength, years.Count);
                var first = years.FirstYears(length);
                var second = years.LastYears(length);
                ranges = (first, second);
                windows = [.. spending.CompareWindows(first, second)];
            }
        }

        return new CountryReport(arms, profile)
        {
            FactSheet = sheet,
            AsTopExporter = sheet?.TopExporters.FirstOrDefault(e => e.Actor == actor),
            AsTopImporter = sheet?.TopImporters.FirstOrDefault(e => e.Actor == actor),
            Trade = trade,
            TradeValidation = trade?.Validate(),
            Balance = trade is null ? null : TradeArms.Balance.Summarise(trade),
            Milex = options.Milex,
            Spending = spending,
            SpendingWindowRanges = ranges,
            SpendingWindows = windows,
            Notes = [.. notes],
            Sources = [.. sources.Distinct()],
        };
    }
}
