using MathNet.Numerics.Statistics;
using TradeArms.Sipri;

namespace TradeArms.Milex;

/// <summary>
/// A country's arms imports (TIV), military expenditure (constant US$ and share of GDP) and, where given, trade with
/// a partner, on one time axis and each in its own unit, with the correlations and window comparisons an analyst
/// quotes. TIV is never put on a money axis: each track keeps its unit, and only unit-free statistics join them.
/// </summary>
public sealed partial class ArmsSpendingProfile
{
    private ArmsSpendingProfile(string country, YearRange years, IReadOnlyList<ProfileTrack> tracks, IReadOnlyList<TrackCorrelation> correlations, MoneyUnit? spendingUnit)
    {
        SpendingUnit = spendingUnit;
        Country = country;
        Years = years;
        Tracks = tracks;
        Correlations = correlations;
    }

    /// <summary>The country (SIPRI's milex name).</summary>
    public string Country { get; }

    /// <summary>The common time axis.</summary>
    public YearRange Years { get; }

    /// <summary>The tracks: arms imports, military expenditure, its share of GDP, then trade if given.</summary>
    public IReadOnlyList<ProfileTrack> Tracks { get; }

    /// <summary>The correlation of every pair of tracks.</summary>
    public IReadOnlyList<TrackCorrelation> Correlations { get; }

    /// <summary>
    /// Builds the profile. Arms imports count a year without deliveries as 0 TIV (SIPRI's empty cell: none
    /// identified); milex markers are missing; the GDP share is shown in percent (SIPRI's fraction x 100).
    /// </summary>
    /// <param name="milex">A milex release.</param>
    /// <param name="country">The country as SIPRI's milex workbook names it (see <see cref="MilexWorkbook.FindCountry"/>).</param>
    /// <param name="armsImports">The country's arms imports from SIPRI's TIV tables.</param>
    /// <param name="years">The time axis; it must lie within the arms series' years.</param>
    /// <param name="trade">A calendar-year trade series (put fiscal years on calendar years first, by an explicit rule), or null.</param>
    /// <exception cref="DataCoverageException">The country is not in the workbook.</exception>
    /// <exception cref="WindowOutsideDataException">The years lie outside the arms series.</exception>
    /// <exception cref="ArgumentException">The trade series is by fiscal year.</exception>
    public static ArmsSpendingProfile Build(MilexWorkbook milex, string country, TivSeries armsImports, YearRange years, TimeSeries? trade = null)
    {
        ArgumentNullException.ThrowIfNull(milex);
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(armsImports);
        var constant = milex[MilexMeasure.ConstantUsDollars].Find(country)
            ?? throw new DataCoverageException($"'{country}' is not in {milex.Source.Citation}.");
        var gdp = milex[MilexMeasure.ShareOfGdp].Find(country)!;
        if (!armsImports.Years.Contains(years))
        {
            throw new WindowOutsideDataException(years, armsImports.Years, "the arms imports series (" + armsImports.Source.Caption + ")");
        }
        if (trade is not null && trade.Periods.Any(p => p.Kind != PeriodKind.CalendarYear))
        {
            throw new ArgumentException($"'{trade.Name}' is by fiscal year: put it on calendar years first (TimeSeries.ToCalendarYears with an explicit FiscalYearAlignment).", nameof(trade));
        }
        IReadOnlyDictionary<int, double?> Axis(Func<int, double?> value) => years.ToDictionary(y => y.Year, y => value(y.Year));
        var tracks = new List<ProfileTrack>
        {
            new("arms imports", Tiv.UnitLabel, Axis(y => armsImports[new CalendarYear(y)].Millions), armsImports.Source),
            new("military expenditure", milex[MilexMeasure.ConstantUsDollars].Unit.Label, Axis(y => constant.Values.GetValueOrDefault(y).Number), milex.Source),
            new("military expenditure, share of GDP", "% of GDP", Axis(y => gdp.Values.GetValueOrDefault(y).Number * 100), milex.Source),
        };
        if (trade is not null)
        {
            tracks.Add(new ProfileTrack(trade.Name, trade.Measure.Label, Axis(y => trade[new CalendarYear(y)]), trade.Source));
        }
        var correlations = new List<TrackCorrelation>();
        for (var i = 0; i < tracks.Count; i++)
        {
            for (var j = i + 1; j < tracks.Count; j++)
            {
                correlations.Add(Correlate(tracks[i], tracks[j]));
            }
        }
        return new ArmsSpendingProfile(constant.Country, years, tracks, correlations, milex[MilexMeasure.ConstantUsDollars].Unit.Money);
    }

    /// <summary>The unit and price basis of the military expenditure track (constant US$ of the release's base year); null if the workbook states none.</summary>
    public MoneyUnit? SpendingUnit { get; }

    /// <summary>Each track's annual mean over two windows and its change, as a result to render (see <see cref="CompareWindows"/>).</summary>
    /// <exception cref="WindowOutsideDataException">A window lies outside the profile's years.</exception>
    public TrackWindowComparison Compare(YearRange first, YearRange second) => new(this, first, second, CompareWindows(first, second));

    /// <summary>Each track's annual mean over two windows and its change (a window must lie within the profile's years).</summary>
    /// <exception cref="WindowOutsideDataException">A window lies outside the profile's years.</exception>
    public IReadOnlyList<TrackWindowChange> CompareWindows(YearRange first, YearRange second)
    {
        foreach (var w in new[] { first, second })
        {
            if (!Years.Contains(w))
            {
                throw new WindowOutsideDataException(w, Years, "the profile of " + Country);
            }
        }
        double? Mean(ProfileTrack t, YearRange w) => w.All(y => t.Values[y.Year] is not null) ? w.Average(y => t.Values[y.Year]!.Value) : null;
        return Tracks.Select(t =>
        {
            var a = Mean(t, first);
            var b = Mean(t, second);
            return new TrackWindowChange(t.Name, t.Unit, a, b, a is { } x && b is { } z && x != 0 ? (z - x) / Math.Abs(x) * 100 : null);
        }).ToList();
    }

    private static TrackCorrelation Correlate(ProfileTrack a, ProfileTrack b)
    {
        var pairs = a.Values.Where(p => p.Value is not null && b.Values[p.Key] is not null).Select(p => (X: p.Value!.Value, Y: b.Values[p.Key]!.Value)).ToList();
        double? r = null;
        if (pairs.Count >= 3 && pairs.Select(p => p.X).Distinct().Count() > 1 && pairs.Select(p => p.Y).Distinct().Count() > 1)
        {
            r = Correlation.Pearson(pairs.Select(p => p.X), pairs.Select(p => p.Y));
        }
        return new TrackCorrelation(a.Name, b.Name, pairs.Count, r);
    }
}
