namespace TradeArms.Tests.Series;

internal static class SeriesFixtures
{
    public static readonly DataSource Test = new("test data");

    public static TimeSeries Calendar(int firstYear, params double?[] values) =>
        new("test", Measure.TivMillions, Test, values.Select((v, i) => ((Period)new CalendarYear(firstYear + i), v)));

    public static TimeSeries Percent(int firstYear, params double?[] values) =>
        new("shares", Measure.Percent, Test, values.Select((v, i) => ((Period)new CalendarYear(firstYear + i), v)));

    /// <summary>Russia's deliveries to India 2010-2021 from the shipped SIPRI extract (India.csv, generated 22 April 2022).</summary>
    public static TimeSeries RussiaToIndia()
    {
        var arms = Datasets.Sipri;
        return arms.Series(arms.Actor("Russia"), arms.Actor("India"), YearRange.Parse("2010-2021")).ToTimeSeries();
    }
}
