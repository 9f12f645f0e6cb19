using System.Globalization;

namespace TradeArms.Milex;

/// <summary>
/// A release of the SIPRI Military Expenditure Database as published in its workbook: every country sheet, the
/// regional totals, the footnote legend and the front page, with the release year and the constant-price base year
/// the front page states. Read with <see cref="MilexWorkbookReader"/>.
/// </summary>
public sealed class MilexWorkbook
{
    private readonly Dictionary<MilexMeasure, MilexSheet> _sheets;

    internal MilexWorkbook(DataSource source, int release, int baseYear, YearRange period, IReadOnlyList<string> frontPage,
        IReadOnlyList<MilexSheet> sheets, MilexRegionalTotals regionalTotals, IReadOnlyList<string> footnotes, IReadOnlyList<string> findings)
    {
        Findings = findings;
        Source = source;
        Release = release;
        ConstantBaseYear = baseYear;
        Period = period;
        FrontPage = frontPage;
        _sheets = sheets.ToDictionary(s => s.Measure);
        Sheets = sheets;
        RegionalTotals = regionalTotals;
        Footnotes = footnotes;
    }

    /// <summary>The citation SIPRI asks for (<c>SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex</c>) and the file.</summary>
    public DataSource Source { get; }

    /// <summary>The release year of the citation (2025 for the release with data to 2024).</summary>
    public int Release { get; }

    /// <summary>The base year of the constant-price figures (2023 in the 2025 release).</summary>
    public int ConstantBaseYear { get; }

    /// <summary>The period the front page states (1949-2024).</summary>
    public YearRange Period { get; }

    /// <summary>The front page's text, paragraph by paragraph.</summary>
    public IReadOnlyList<string> FrontPage { get; }

    /// <summary>The country sheets in workbook order.</summary>
    public IReadOnlyList<MilexSheet> Sheets { get; }

    /// <summary>The regional-totals sheet.</summary>
    public MilexRegionalTotals RegionalTotals { get; }

    /// <summary>The footnote sheet's lines as published (symbol and meaning joined by a tab).</summary>
    public IReadOnlyList<string> Footnotes { get; }

    /// <summary>
    /// Disagreements inside the workbook that do not stop reading, as sentences: e.g. the 2024 release's front page
    /// states the period 1949-2023 while its sheet titles and year columns run 1948-2023.
    /// </summary>
    public IReadOnlyList<string> Findings { get; }

    /// <summary>The sheet of a measure.</summary>
    public MilexSheet this[MilexMeasure measure] => _sheets[measure];

    /// <summary>
    /// The SIPRI name of a country: an exact name of the constant-US$ sheet (case-insensitive), or else the row whose
    /// name resolves to the same actor as <paramref name="query"/> in the actor catalogue (<c>PAK</c>, <c>Russian
    /// Federation</c>, <c>Turkey</c>). Null when none does.
    /// </summary>
    public string? FindCountry(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sheet = this[MilexMeasure.ConstantUsDollars];
        if (sheet.Find(query.Trim()) is { } exact)
        {
            return exact.Country;
        }
        Actor wanted;
        try
        {
            wanted = Actor.Find(query);
        }
        catch (ActorNotFoundException)
        {
            return null;
        }
        foreach (var row in sheet.Rows)
        {
            try
            {
                if (Actor.Find(row.Country) == wanted)
                {
                    return row.Country;
                }
            }
            catch (ActorNotFoundException)
            {
                // a SIPRI name the catalogue does not know: only an exact match finds it
            }
        }
        return null;
    }

    /// <summary>
    /// Converts a country's local-currency financial-year figures to calendar years by
    /// <see cref="FiscalYearAlignment.EvenSpread"/>, reading its fiscal-year history from the sheet's FY column.
    /// </summary>
    /// <exception cref="DataCoverageException">The country is not on the financial-year sheet, or its FY column states no history (<c>See footnote</c>).</exception>
    public MilexCalendarConversion CalendarYearsFromFinancialYears(string country)
    {
        var row = this[MilexMeasure.LocalCurrencyFinancialYears].Find(country)
            ?? throw new DataCoverageException($"'{country}' is not on the financial-year sheet of {Source.Citation}.");
        if (!FiscalYearHistory.TryParse(row.FiscalYearText, out var history, out var error))
        {
            throw new DataCoverageException($"{row.Country}: the financial-year sheet gives no fiscal-year history that can be spread ({error})");
        }
        var spread = FiscalYearSpread.ToCalendarYears(row.Values.Select(v => (v.Key, v.Value.Number)), history);
        var values = new SortedDictionary<int, MilexValue>();
        foreach (var (year, value) in spread.Values)
        {
            var status = spread.Contributions[year].Select(c => row.Values[c.FiscalYear].Status).Max();
            values[year] = MilexValue.Of(value, status);
        }
        foreach (var year in spread.Undefined.Keys)
        {
            var touching = row.Values.Where(v => v.Key >= year - 2 && v.Key <= year).Select(v => v.Value.Status);
            values[year] = touching.Contains(MilexStatus.DidNotExist) ? MilexValue.DidNotExist : MilexValue.Unavailable;
        }
        return new MilexCalendarConversion(row.Country, history, values, spread.Undefined);
    }

    /// <summary>
    /// One country's row of a sheet as SIPRI publishes it, markers kept, with the unit and notes a reader needs; with
    /// <paramref name="calendarYears"/> the financial-year sheet is spread evenly onto calendar years
    /// (<see cref="CalendarYearsFromFinancialYears"/>).
    /// </summary>
    /// <param name="country">The country as SIPRI names it on the sheet.</param>
    /// <param name="measure">The sheet.</param>
    /// <param name="calendarYears">Spread the financial-year sheet onto calendar years (only for <see cref="MilexMeasure.LocalCurrencyFinancialYears"/>).</param>
    /// <exception cref="DataCoverageException">The country is not on the sheet, or its fiscal years cannot be spread.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarYears"/> for a sheet that is by calendar year already.</exception>
    public MilexCountrySeries CountrySeries(string country, MilexMeasure measure, bool calendarYears = false)
    {
        ArgumentNullException.ThrowIfNull(country);
        if (calendarYears && measure != MilexMeasure.LocalCurrencyFinancialYears)
        {
            throw new ArgumentException("Only the financial-year sheet is spread onto calendar years; the other sheets are by calendar year already.", nameof(calendarYears));
        }
        var sheet = this[measure];
        var row = sheet.Find(country) ?? throw new DataCoverageException($"'{country}' is not on the sheet '{sheet.Name}'.");
        var notes = new List<string>();
        IReadOnlyDictionary<int, MilexValue> values = row.Values;
        var unit = row.Currency is { Length: > 0 } currency ? $"{currency} ({sheet.Unit.Label})" : sheet.Unit.Label;
        if (measure == MilexMeasure.LocalCurrencyFinancialYears)
        {
            var fy = row.FiscalYearText is { Length: > 0 } t ? t : "Jan-Dec";
            if (calendarYears)
            {
                var conversion = CalendarYearsFromFinancialYears(country);
                values = conversion.Values;
                unit = unit.Replace("financial years", "calendar years by even spread", StringComparison.Ordinal);
                notes.Add($"Financial years ({fy}) spread evenly over their months onto calendar years; a calendar year not fully covered is unavailable.");
                notes.AddRange(conversion.Undefined.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Key}: {u.Value}.")));
            }
            else
            {
                notes.Add($"Years are financial years ({fy}), labelled by the year in which they start.");
            }
        }
        if (row.Notes.Length > 0)
        {
            notes.Add($"SIPRI notes for {country}: {row.Notes} (see the workbook's Footnotes sheet).");
        }
        notes.AddRange(Findings);
        return new MilexCountrySeries(this, sheet, country, unit, values, measure != MilexMeasure.LocalCurrencyFinancialYears || calendarYears, notes);
    }

    /// <summary>
    /// One country's row of a sheet as a calendar-year <see cref="TimeSeries"/> over the sheet's years, in the sheet's
    /// unit: money sheets in their <see cref="MoneyUnit"/> with its price basis (constant (2023) US$ million, current
    /// US$ million, current US$ per person), the share sheets in percent (SIPRI's fraction x 100: 0.0705 is 7.05).
    /// SIPRI's markers (<c>. .</c>, <c>xxx</c>) are missing values; the estimate and uncertainty flags stay on the sheet's
    /// rows (<see cref="MilexSheet.Find"/>).
    /// </summary>
    /// <param name="country">The country as SIPRI names it, or any name or code <see cref="FindCountry"/> resolves (<c>PAK</c>).</param>
    /// <param name="measure">The sheet.</param>
    /// <exception cref="DataCoverageException">The country is not on the sheet.</exception>
    /// <exception cref="ArgumentException">A local-currency sheet: each country has its own currency, read its row instead.</exception>
    public TimeSeries Series(string country, MilexMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(country);
        var sheet = this[measure];
        var row = sheet.Find(country) ?? (FindCountry(country) is { } name ? sheet.Find(name) : null)
            ?? throw new DataCoverageException($"'{country}' is not on the '{sheet.Name}' sheet of {Source.Citation}.");
        var (unit, scale) = sheet.Unit switch
        {
            { IsFraction: true } => (Measure.Percent, 100.0),
            { Money: { } money } => (Measure.Of(money), 1.0),
            _ => throw new ArgumentException($"'{sheet.Name}' is in {sheet.Unit.Label} (each country's own currency): read the country's row with MilexSheet.Find instead.", nameof(measure)),
        };
        var what = measure switch
        {
            MilexMeasure.ShareOfGdp => "military expenditure, share of GDP",
            MilexMeasure.ShareOfGovernmentSpending => "military expenditure, share of government spending",
            MilexMeasure.PerCapita => "military expenditure per capita",
            _ => "military expenditure",
        };
        return new TimeSeries($"{row.Country}: {what} ({sheet.Unit.Label}), SIPRI {Release}", unit, Source,
            sheet.Years.Select(y => ((Period)y, row.Values.TryGetValue(y.Year, out var v) ? v.Number * scale : null)));
    }

    /// <summary>
    /// SIPRI's implied US$ deflator for a country: current US$ / constant US$ x 100 for every year with both figures,
    /// so that the base year is 100 (within the stored precision). It restates the country's constant figures at
    /// another base year the way this release would.
    /// </summary>
    /// <exception cref="DataCoverageException">The country is not on both sheets, or has no year with both figures.</exception>
    public Deflator ImpliedDeflator(string country)
    {
        var constant = this[MilexMeasure.ConstantUsDollars].Find(country);
        var current = this[MilexMeasure.CurrentUsDollars].Find(country);
        if (constant is null || current is null)
        {
            throw new DataCoverageException($"'{country}' is not a country of both the constant and the current US$ sheet of {Source.Citation}.");
        }
        var index = new List<KeyValuePair<int, double>>();
        foreach (var (year, c) in constant.Values)
        {
            if (c.Number is { } k && k > 0 && current.Values.TryGetValue(year, out var v) && v.Number is { } n && n > 0)
            {
                index.Add(KeyValuePair.Create(year, n / k * 100));
            }
        }
        if (index.Count == 0)
        {
            throw new DataCoverageException($"'{constant.Country}' has no year with both a current and a constant US$ figure.");
        }
        return new Deflator(string.Create(CultureInfo.InvariantCulture,
            $"SIPRI implied US$ deflator of {constant.Country} (current / constant ({ConstantBaseYear}) US$), SIPRI Military Expenditure Database {Release}"),
            "USD", Source, index);
    }
}
