using System.Globalization;
using TradeArms.Tests.Infrastructure;
using TradeArms.Trade;

namespace TradeArms.Tests.Trade;

/// <summary>
/// Mirror comparisons. Expected gaps were computed with python3's decimal module from the shipped DOTS extract, e.g.
/// 2018 Russia -> Pakistan: Decimal("484.938791") - Decimal("418.321735") = 66.617056;
/// float((Decimal("484.938791") / Decimal("418.321735") - 1) * 100) = 15.924837374276047.
/// </summary>
public class MirrorTest
{
    private static DirectionOfTrade Dots => Datasets.PakistanRussiaDots;
    private static Actor Pakistan => Actor.Find("Pakistan");
    private static Actor Russia => Actor.Find("Russia");

    [Fact]
    public void PakistanRussia2018_GapsBothWays()
    {
        var mirror = Dots.Mirror(Pakistan, Russia);
        var year = new CalendarYear(2018);

        var russiaToPakistan = mirror.Direction(Russia).Single(r => r.Period == year);
        Assert.Equal(Money.UsDollarMillions(418.321735m), russiaToPakistan.ByExporter);
        Assert.Equal(Money.UsDollarMillions(484.938791m), russiaToPakistan.ByImporter);
        Assert.Equal(Money.UsDollarMillions(66.617056m), russiaToPakistan.Gap);
        Assert.Equal(15.924837374276047, russiaToPakistan.GapPercent!.Value, 10);
        Assert.Equal(1.1592483737427604, russiaToPakistan.Ratio!.Value, 12);

        // Pakistan -> Russia 2018: Pakistan reports 150.438963 (FOB), Russia 312.588241 (CIF): +162.149278, +107.784%.
        var pakistanToRussia = mirror.Direction(Pakistan).Single(r => r.Period == year);
        Assert.Equal(Money.UsDollarMillions(162.149278m), pakistanToRussia.Gap);
        Assert.Equal(107.78409712914599, pakistanToRussia.GapPercent!.Value, 10);
    }

    [Fact]
    public void Comparison_StatesTheCifFobConvention()
    {
        var mirror = Dots.Mirror(Pakistan, Russia);
        Assert.Contains("exports are valued FOB (free on board) and imports CIF (cost, insurance and freight)", MirrorComparison.Convention, StringComparison.Ordinal);
        Assert.Contains("6-10%", MirrorComparison.Convention, StringComparison.Ordinal);
        Assert.Contains(MirrorComparison.Convention, mirror.ToString(), StringComparison.Ordinal);
        Assert.Null(mirror.Alignment);
        Assert.Empty(mirror.Notes);
    }

    [Fact]
    public void Comparison_ToString_IsTheRendererTable_WithTheGapsOfBothDirections()
    {
        var mirror = Dots.Mirror(Pakistan, Russia);
        var text = mirror.ToString();
        Assert.Equal(TradeArms.Rendering.TableRenderer.Render(mirror), text);
        Assert.Equal("Mirror comparison Pakistan-Russia, US$ million", mirror.Title);
        Assert.StartsWith(mirror.Title + "\n", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        // 2018, both ways (see PakistanRussia2018_GapsBothWays): Pakistan -> Russia 150.44 FOB against 312.59 CIF,
        // gap +162.15 (107.8%); Russia -> Pakistan 418.32 against 484.94, gap +66.62 (15.9%, ratio 1.16).
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^2018 +Pakistan +Russia +150\.44 +312\.59 +162\.15 +107\.8 +2\.08 *$"));
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^2018 +Russia +Pakistan +418\.32 +484\.94 +66\.62 +15\.9 +1\.16 *$"));
        Assert.Contains("\nBy exporter = the exporter's report of its exports (FOB);", text, StringComparison.Ordinal);
        Assert.Contains("\nWindow: 1992 to 2020.\n", text, StringComparison.Ordinal);
        Assert.Contains("\n" + MirrorComparison.Convention + "\n", text, StringComparison.Ordinal);
        Assert.Contains("\nSource: International Monetary Fund, Direction of Trade Statistics", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_HasTwoRowsPerYear_InPeriodOrder()
    {
        var mirror = Dots.Mirror(Pakistan, Russia);
        Assert.Equal(58, mirror.Rows.Length);
        Assert.Equal((Pakistan, Russia), (mirror.Rows[0].Exporter, mirror.Rows[0].Importer));
        Assert.Equal((Russia, Pakistan), (mirror.Rows[1].Exporter, mirror.Rows[1].Importer));
        Assert.Equal("1992", mirror.Rows[0].Period.ToString());
        Assert.Equal(29, mirror.GapPercentSeries(Russia).Count);
        Assert.Equal(Measure.Percent, mirror.GapPercentSeries(Russia).Measure);
    }

    [Fact]
    public void MissingSide_GivesAMissingGapWithAReason()
    {
        var a = Table(Pakistan, Russia, (2018, 10m, null), (2019, 0m, 5m));
        var b = Table(Russia, Pakistan, (2018, 20m, 11m), (2019, 6m, 1m));
        var mirror = Mirror.Compare(a, b);

        var pakistanToRussia2018 = mirror.Direction(Pakistan)[0];
        Assert.Equal(Money.UsDollarMillions(1), pakistanToRussia2018.Gap);
        Assert.Equal(10, pakistanToRussia2018.GapPercent!.Value, 12);
        var russiaToPakistan2018 = mirror.Direction(Russia)[0];
        Assert.Null(russiaToPakistan2018.Gap);
        Assert.Equal("Pakistan reported no imports", russiaToPakistan2018.Reason);
        // Pakistan reported 0 exports in 2019 while Russia reported 1: the absolute gap is defined, the relative one is not.
        var zero = mirror.Direction(Pakistan)[1];
        Assert.Equal(Money.UsDollarMillions(1), zero.Gap);
        Assert.Null(zero.GapPercent);
        Assert.Equal("the exporter's figure is 0: no relative gap", zero.Reason);
    }

    [Fact]
    public void PeriodReportedByOneSideOnly_IsKept()
    {
        var a = Table(Pakistan, Russia, (2018, 10m, 5m), (2020, null, 1m));
        var b = Table(Russia, Pakistan, (2019, 6m, 1m));
        var mirror = Mirror.Compare(a, b);
        Assert.Equal(["2018", "2018", "2019", "2019", "2020", "2020"], mirror.Rows.Select(r => r.Period.ToString()));
        Assert.Equal("Russia reported no imports", mirror.Rows[0].Reason);
        Assert.Equal("Russia reported no exports", mirror.Rows[1].Reason);
        Assert.Equal("Pakistan reported no exports", mirror.Rows[2].Reason);
        Assert.Equal("Pakistan reported no imports", mirror.Rows[3].Reason);
        Assert.Equal("neither side reported", mirror.Rows[4].Reason);
    }

    [Fact]
    public void NotTheTwoSidesOfOnePair_IsRejected()
    {
        var a = Table(Pakistan, Russia, (2018, 10m, 5m));
        var e = Assert.Throws<ArgumentException>(() => Mirror.Compare(a, a));
        Assert.StartsWith("A mirror comparison needs both sides of one pair: the first table is Pakistan's report on Russia, the second Pakistan's report on Russia.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentUnits_AreRejected()
    {
        var a = Table(Pakistan, Russia, (2018, 10m, 5m));
        var thousands = new MoneyUnit("USD", MoneyScale.Thousands);
        var b = new BilateralTradeTable(Russia, Pakistan, thousands, new DataSource("t"),
            [new TradeRow(new CalendarYear(2018), new Money(1, thousands), new Money(1, thousands))]);
        Assert.Throws<UnitMismatchException>(() => Mirror.Compare(a, b));
    }

    [Fact]
    public void FiscalAgainstCalendar_NeedsAnExplicitAlignment()
    {
        var table1 = Datasets.PakistanRussiaTable1;
        var russia = Dots.Table(Russia, Pakistan);
        var e = Assert.Throws<ArgumentException>(() => Mirror.Compare(table1, russia));
        Assert.StartsWith("Pakistan's table is by fiscal year (July-June) and Russia's table is by calendar year: fiscal and calendar years are different periods. Pass a FiscalYearAlignment",
            e.Message, StringComparison.Ordinal);

        // FY 2010-11 is put against 2011 (EndYear): Pakistan's exports 183.57 vs Russia's imports 349.290201.
        // python3: float((Decimal("349.290201") / Decimal("183.57") - 1) * 100) = 90.27629841477365.
        var mirror = Mirror.Compare(table1, russia, FiscalYearAlignment.EndYear);
        Assert.Equal(FiscalYearAlignment.EndYear, mirror.Alignment);
        var row = mirror.Direction(Pakistan).Single(r => r.Period == new CalendarYear(2011));
        Assert.Equal(Money.UsDollarMillions(183.57m), row.ByExporter);
        Assert.Equal(Money.UsDollarMillions(349.290201m), row.ByImporter);
        Assert.Equal(90.27629841477365, row.GapPercent!.Value, 10);
        Assert.Contains("Pakistan's figures are by fiscal year, relabelled as calendar years by EndYear (2010-11 as 2011) and not pro-rated", Assert.Single(mirror.Notes), StringComparison.Ordinal);
        // Two sources: the rendering cites the second (DOTS) and names the first reporter's in a note.
        Assert.Contains("\nPakistan's figures: Naqvi and Masood", mirror.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_ToString_RoundsLongDecimalsForReading()
    {
        var row = Dots.Mirror(Pakistan, Russia).Direction(Russia).Single(r => r.Period == new CalendarYear(2018));
        Assert.Equal("2018 Russia -> Pakistan: exporter 418.32, importer 484.94, gap +66.62 US$ million (+15.9%)", row.ToString());
    }

    [Fact]
    public void ToDataFrame_HasDecimalGaps()
    {
        var frame = Dots.Mirror(Pakistan, Russia).ToDataFrame();
        Assert.Equal(["period", "exporter", "importer", "by_exporter", "by_importer", "gap", "gap_percent", "ratio", "reason"], frame.Columns.Select(c => c.Name));
        var i = Enumerable.Range(0, (int)frame.Rows.Count).Single(k => (string)frame.Columns["period"][k] == "2018" && (string)frame.Columns["exporter"][k] == "Russia");
        Assert.Equal(66.617056m, frame.Columns["gap"][i]);
    }

    [SharedDataFact]
    public void PublishedCalendarYear2012_RussianFigures_MatchRussiasDotsReport()
    {
        // pakistan-russia-published-figures.tsv, row "2012 CY Russia": Russian imports 332, exports 210, total 542
        // ("$542 million, including $210 million export and $332 million import"). Russia's DOTS report for 2012:
        // imports 332.200147, exports 209.951163, total 542.151310: equal after rounding to whole millions.
        var row = PublishedRows().Single(r => r.Period == "2012" && r.Kind == "CY");
        Assert.Equal("Russia", row.Perspective);
        var russia = Dots.Table(Russia, Pakistan)[new CalendarYear(2012)];
        Assert.Equal(row.PakistanExports, Math.Round(russia.Imports!.Value.Amount, 0));
        Assert.Equal(row.PakistanImports, Math.Round(russia.Exports!.Value.Amount, 0));
        Assert.Equal(row.Total, Math.Round(russia.Total!.Value.Amount, 0));
    }

    [SharedDataFact]
    public void PublishedFiscalYears_MeetDotsOnlyThroughAnExplicitAlignment()
    {
        // The published Pakistani fiscal-year totals (FY2012-13 484.47, FY2013-14 419.34, July-June) are not calendar
        // years. Aligned explicitly by EndYear they are put against Pakistan's DOTS turnover of 2013 and 2014
        // (205.509836 + 287.758251 = 493.268087; 187.633131 + 224.926427 = 412.559558). python3 (decimal):
        // (484.47 - 493.268087) / 493.268087 * 100 = -1.7836319096799789; (419.34 - 412.559558) / 412.559558 * 100 = 1.6435062207430424.
        // The differences mix the six-month shift of the period with revisions; they are shown, not explained away.
        var fiscal = new TimeSeries("Pakistan-Russia turnover, published (FY)", Measure.Of(MoneyUnit.UsDollarMillions), new DataSource("published figures"),
            PublishedRows().Where(r => r.Kind == "FY Jul-Jun" && r.Total is not null && r.PakistanExports is null)
                .Select(r => ((Period)FiscalYear.Parse(r.Period, FiscalYearConvention.JulyToJune), (double?)(double)r.Total!.Value)));
        var dotsTurnover = Balance.Turnover(Dots.Table(Pakistan, Russia));
        Assert.Throws<InvalidOperationException>(() => fiscal.Periods[0].CalendarYear);

        var aligned = fiscal.ToCalendarYears(FiscalYearAlignment.EndYear);
        var years = new[] { 2013, 2014 };
        Assert.Equal(years.Select(y => new CalendarYear(y)), aligned.Periods.Where(p => years.Contains(p.Start.Year)).Select(p => p.CalendarYear));
        var differences = years.Select(y => (aligned[new CalendarYear(y)]!.Value - dotsTurnover[new CalendarYear(y)]!.Value) / dotsTurnover[new CalendarYear(y)]!.Value * 100).ToArray();
        Assert.Equal(-1.7836319096799789, differences[0], 9);
        Assert.Equal(1.6435062207430424, differences[1], 9);
    }

    private static BilateralTradeTable Table(Actor reporter, Actor partner, params (int Year, decimal? X, decimal? M)[] rows) => new(
        reporter, partner, MoneyUnit.UsDollarMillions, new DataSource("test"),
        rows.Select(r => new TradeRow(new CalendarYear(r.Year), r.X is { } x ? Money.UsDollarMillions(x) : null, r.M is { } m ? Money.UsDollarMillions(m) : null)));

    private sealed record PublishedRow(string Period, string Kind, string Perspective, decimal? PakistanExports, decimal? PakistanImports, decimal? Total);

    private static List<PublishedRow> PublishedRows()
    {
        static decimal? Number(string s) => s.Length == 0 ? null : decimal.Parse(s, CultureInfo.InvariantCulture);
        var lines = File.ReadAllLines(SharedData.Path("trade", "pakistan-russia-published-figures.tsv"));
        Assert.StartsWith("period\tperiod_kind\tperspective\tpak_exports_to_russia_usd_m\tpak_imports_from_russia_usd_m\ttotal_trade_usd_m", lines[0], StringComparison.Ordinal);
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(f => new PublishedRow(f[0], f[1], f[2], Number(f[3]), Number(f[4]), Number(f[5])))];
    }
}
