using System.Globalization;

namespace TradeArms.Milex;

/// <summary>
/// Compares the constant-US$ sheets of two milex releases: each release states its own base year (constant (2022) US$
/// in the 2024 release, constant (2023) US$ in the 2025 release), so the older figures are first rebased to the newer
/// base year with a named deflator, and only then is the difference a revision. Rebasing and revisions are reported
/// separately; figures in two bases are never subtracted.
/// </summary>
public sealed partial class MilexReleaseComparison
{
    private MilexReleaseComparison(MilexWorkbook older, MilexWorkbook newer, string deflatorName, IReadOnlyList<MilexRevision> rows,
        IReadOnlyList<string> onlyInOlder, IReadOnlyList<string> onlyInNewer)
    {
        Older = older;
        Newer = newer;
        DeflatorName = deflatorName;
        Rows = rows;
        OnlyInOlder = onlyInOlder;
        OnlyInNewer = onlyInNewer;
    }

    /// <summary>The older release.</summary>
    public MilexWorkbook Older { get; }

    /// <summary>The newer release.</summary>
    public MilexWorkbook Newer { get; }

    /// <summary>The older unit (constant (2022) US$ million).</summary>
    public MoneyUnit OlderUnit => MoneyUnit.ConstantUsDollarMillions(Older.ConstantBaseYear);

    /// <summary>The newer unit, in which rebased figures and revisions are stated.</summary>
    public MoneyUnit NewerUnit => MoneyUnit.ConstantUsDollarMillions(Newer.ConstantBaseYear);

    /// <summary>The deflator used for rebasing, by name.</summary>
    public string DeflatorName { get; }

    /// <summary>Every country-year in both releases, in country then year order.</summary>
    public IReadOnlyList<MilexRevision> Rows { get; }

    /// <summary>Countries only on the older release's constant sheet.</summary>
    public IReadOnlyList<string> OnlyInOlder { get; }

    /// <summary>Countries only on the newer release's constant sheet.</summary>
    public IReadOnlyList<string> OnlyInNewer { get; }

    /// <summary>
    /// One country's older figures rebased to the newer base year, as a calendar-year series in <see cref="NewerUnit"/>
    /// (the years both releases hold; missing where the older release has no figure or the deflator no factor), so that
    /// it can be put beside the newer release's own series (<see cref="MilexWorkbook.Series"/>): what is left between
    /// the two is revision, not rebasing.
    /// </summary>
    /// <exception cref="DataCoverageException">The country is not among the compared rows.</exception>
    public TimeSeries Rebased(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        var rows = Rows.Where(r => string.Equals(r.Country, country, StringComparison.OrdinalIgnoreCase)).ToList();
        if (rows.Count == 0)
        {
            throw new DataCoverageException($"'{country}' is not among the countries compared ({Older.Source.Citation} against {Newer.Source.Citation}).");
        }
        return new TimeSeries(string.Create(CultureInfo.InvariantCulture,
                $"{rows[0].Country}: military expenditure, SIPRI {Older.Release} rebased to {NewerUnit} by {DeflatorName}"),
            Measure.Of(NewerUnit), Older.Source, rows.Select(r => ((Period)new CalendarYear(r.Year), r.Rebased)));
    }

    /// <summary>
    /// Compares two releases. Without <paramref name="deflator"/> each country is rebased with the newer release's
    /// implied deflator of that country (current / constant US$, <see cref="MilexWorkbook.ImpliedDeflator"/>), which is
    /// how the newer release itself states that country's figures at its base year; with one (FRED GDPDEF, say), every
    /// country is rebased by that series.
    /// </summary>
    /// <param name="older">The older release.</param>
    /// <param name="newer">The newer release.</param>
    /// <param name="countries">Countries to compare (SIPRI names); null for all.</param>
    /// <param name="deflator">A US$ deflator for all countries; null for each country's implied deflator.</param>
    /// <exception cref="ArgumentException">The older release is not older.</exception>
    /// <exception cref="DataCoverageException">A named country is on neither release's constant US$ sheet.</exception>
    public static MilexReleaseComparison Compare(MilexWorkbook older, MilexWorkbook newer, IReadOnlyCollection<string>? countries = null, Deflator? deflator = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        if (older.Release >= newer.Release)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The first workbook must be the older release: found the {older.Release} release, then the {newer.Release} release."), nameof(older));
        }
        var oldSheet = older[MilexMeasure.ConstantUsDollars];
        var newSheet = newer[MilexMeasure.ConstantUsDollars];
        var wanted = countries?.ToList();
        foreach (var c in wanted ?? [])
        {
            if (oldSheet.Find(c) is null && newSheet.Find(c) is null)
            {
                throw new DataCoverageException($"'{c}' is on neither release's constant US$ sheet.");
            }
        }
        bool Wanted(string name) => wanted is null || wanted.Contains(name, StringComparer.OrdinalIgnoreCase);
        var rows = new List<MilexRevision>();
        var oldUnit = MoneyUnit.ConstantUsDollarMillions(older.ConstantBaseYear);
        foreach (var o in oldSheet.Rows.Where(r => Wanted(r.Country)))
        {
            if (newSheet.Find(o.Country) is not { } n)
            {
                continue;
            }
            var d = deflator ?? TryImplied(newer, o.Country);
            double? factor = d is not null && d.Index.ContainsKey(older.ConstantBaseYear) && d.Index.ContainsKey(newer.ConstantBaseYear)
                ? d.RebaseFactor(older.ConstantBaseYear, newer.ConstantBaseYear) : null;
            foreach (var (year, oldValue) in o.Values)
            {
                if (!n.Values.TryGetValue(year, out var newValue))
                {
                    continue;
                }
                double? rebased = oldValue.Number is { } x && factor is not null && d is not null
                    ? (double)d.Rebase(new Money((decimal)x, oldUnit), newer.ConstantBaseYear).Amount
                    : null;
                double? revision = rebased is { } r && newValue.Number is { } y ? y - r : null;
                rows.Add(new MilexRevision(o.Country, year, oldValue, newValue, factor, rebased, revision));
            }
        }
        var onlyOld = oldSheet.Rows.Where(r => Wanted(r.Country) && newSheet.Find(r.Country) is null).Select(r => r.Country).ToList();
        var onlyNew = newSheet.Rows.Where(r => Wanted(r.Country) && oldSheet.Find(r.Country) is null).Select(r => r.Country).ToList();
        var name = deflator?.Name ?? string.Create(CultureInfo.InvariantCulture,
            $"each country's implied US$ deflator (current / constant US$) in SIPRI Military Expenditure Database {newer.Release}");
        return new MilexReleaseComparison(older, newer, name, rows, onlyOld, onlyNew);
    }

    private static Deflator? TryImplied(MilexWorkbook release, string country)
    {
        try
        {
            return release.ImpliedDeflator(country);
        }
        catch (DataCoverageException)
        {
            return null; // no year with both figures: nothing can be rebased, and the rows say so (factor null)
        }
    }
}
