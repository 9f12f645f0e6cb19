using TradeArms.Milex;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Milex;

/// <summary>A country's milex row as a time series (MilexWorkbook.Series) and the rebased older release (MilexReleaseComparison.Rebased).</summary>
public class MilexSeriesTest
{
    private static MilexWorkbook Synthetic()
    {
        using var stream = new MemoryStream(MilexFixture.Valid().ToBytes());
        return MilexWorkbookReader.Read(stream, "fixture.xlsx");
    }

    [Fact]
    public void CountrySeries_KeepsMarkers_RendersLikeAnyResult()
    {
        var wb = Synthetic();
        var series = wb.CountrySeries("Pakistan", MilexMeasure.ConstantUsDollars);
        Assert.Equal([2022, 2023, 2024], series.Values.Keys);
        Assert.Equal([MilexStatus.DidNotExist, MilexStatus.Value, MilexStatus.Value], series.Values.Values.Select(v => v.Status));
        Assert.Equal(Measure.Of(MoneyUnit.ConstantUsDollarMillions(2023)), series.Measure);
        Assert.True(series.CalendarYears);
        Assert.Equal("2022-2024", ((IAnalysisResult)series).Window);
        // The command line's CSV: xxx (did not exist) is an empty value with its status, never 0.
        Assert.Equal("year,value,status\n2022,,didNotExist\n2023,9,value\n2024,10,value\n",
            TradeArms.Rendering.CsvRenderer.Render(series, TradeArms.Rendering.CsvLayout.Data));
        // The text is the one renderer's: the marker as a status code, the unit with its price basis, the legend.
        var text = series.ToString();
        Assert.Equal(TradeArms.Rendering.TableRenderer.Render(series), text);
        Assert.Matches(@"\n2022 +n/a +didNotExist\n2023 +9 +value\n2024 +10 +value\n", text);
        Assert.Contains("\nUnit: constant (2023) US$ million.\n", text, StringComparison.Ordinal);
        Assert.Contains("\n" + MilexCountrySeries.StatusLegend + "\n", text, StringComparison.Ordinal);
        Assert.Equal("US$ million, current prices", wb.CountrySeries("Pakistan", MilexMeasure.CurrentUsDollars).Measure.Label);
        Assert.Throws<ArgumentException>(() => wb.CountrySeries("Pakistan", MilexMeasure.ConstantUsDollars, calendarYears: true));
        Assert.Throws<DataCoverageException>(() => wb.CountrySeries("Atlantis", MilexMeasure.ConstantUsDollars));
    }

    [Fact]
    public void Series_Synthetic_MarkersMissing_SharesInPercent()
    {
        var wb = Synthetic();
        var constant = wb.Series("Pakistan", MilexMeasure.ConstantUsDollars);
        Assert.Equal(Measure.Of(MoneyUnit.ConstantUsDollarMillions(2023)), constant.Measure);
        Assert.Equal(new double?[] { null, 9, 10 }, constant.Values);                     // xxx (did not exist) is missing, never 0
        Assert.Equal([2022, 2023, 2024], constant.Periods.Select(p => p.CalendarYear.Year));
        Assert.Equal("Pakistan: military expenditure (constant (2023) US$ million), SIPRI 2025", constant.Name);
        var gdp = wb.Series("Pakistan", MilexMeasure.ShareOfGdp);
        Assert.Equal(Measure.Percent, gdp.Measure);
        Assert.Null(gdp.Values[0]);
        Assert.Equal(3.0, gdp.Values[1]!.Value, 12);                     // 0.03 of GDP
        Assert.Equal(2.8, gdp.Values[2]!.Value, 12);
        Assert.Equal(new double?[] { 70, 80, 90 }, wb.Series("India", MilexMeasure.ConstantUsDollars).Values); // estimates keep their figures
        Assert.Equal(MoneyUnit.UsDollarMillions, wb.Series("India", MilexMeasure.CurrentUsDollars).Measure.Money);
    }

    [Fact]
    public void Series_LocalCurrencyOrUnknownCountry_IsAClearError()
    {
        var wb = Synthetic();
        var local = Assert.Throws<ArgumentException>(() => wb.Series("Pakistan", MilexMeasure.LocalCurrencyFinancialYears));
        Assert.StartsWith("'Local currency financial years' is in local currency", local.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<DataCoverageException>(() => wb.Series("Atlantis", MilexMeasure.ConstantUsDollars));
        Assert.StartsWith("'Atlantis' is not on the 'Constant (2023) US$' sheet", missing.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Series_Pakistan_2025Release_AsPublished()
    {
        var wb = MilexWorkbookTest.Release2025;
        var constant = wb.Series("PAK", MilexMeasure.ConstantUsDollars);                 // a code resolves to SIPRI's name
        Assert.Equal(8183.350598795334, constant[new CalendarYear(2024)]);
        Assert.Equal(4500.604319881239, constant[new CalendarYear(2000)]);
        Assert.Equal(new YearRange(1949, 2024), new YearRange(constant.Periods[0].CalendarYear.Year, constant.Periods[^1].CalendarYear.Year));
        Assert.Equal(2.667600370074522, wb.Series("Pakistan", MilexMeasure.ShareOfGdp)[new CalendarYear(2024)]!.Value, 12);
        Assert.Equal(10165.952756244771, wb.Series("Pakistan", MilexMeasure.CurrentUsDollars)[new CalendarYear(2024)]);
    }

    [SharedDataFact]
    public void Rebased_Pakistan_2024ReleaseAt2023Prices_LeavesOnlyTheRevision()
    {
        var c = MilexReleaseComparison.Compare(MilexWorkbookTest.Release2024, MilexWorkbookTest.Release2025, ["Pakistan"]);
        var rebased = c.Rebased("Pakistan");
        Assert.Equal(Measure.Of(MoneyUnit.ConstantUsDollarMillions(2023)), rebased.Measure);
        Assert.Equal(new CalendarYear(1949), rebased.Periods[0].CalendarYear);           // the years both releases hold
        Assert.Equal(new CalendarYear(2023), rebased.Periods[^1].CalendarYear);
        var y2022 = c.Rows.Single(r => r.Year == 2022);
        Assert.Equal(y2022.Older.Number!.Value * y2022.RebaseFactor!.Value, rebased[new CalendarYear(2022)]!.Value, 6);
        // 2022 is not revised: the rebased 2024-release figure is the 2025 release's own, 9877.28 (constant 2023 US$ m).
        Assert.Equal(9877.284211361704, rebased[new CalendarYear(2022)]!.Value, 3);
        // 2023 is: 9025.07 (constant 2022) x 0.9536 = 8606.1, against 8626.16 in the 2025 release.
        Assert.Equal(8606.1, rebased[new CalendarYear(2023)]!.Value, 1);
        Assert.Throws<DataCoverageException>(() => c.Rebased("India"));
    }
}
