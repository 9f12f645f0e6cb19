namespace TradeArms.Sipri;

public sealed partial class TivSeries
{
    /// <summary>
    /// The series as a <see cref="TimeSeries"/> in TIV million, for the trend functions. A year with no deliveries is
    /// 0 (SIPRI's empty cell means none were identified, which is a zero volume, not missing data); a year SIPRI printed
    /// as <c>0</c> (under 0.5) is also 0. A year in which the actor did not exist is missing (null), so trends, rolling
    /// sums and window totals leave it out instead of counting it as a zero. Use <see cref="Values"/> to keep the distinction.
    /// </summary>
    public TimeSeries ToTimeSeries() => new(
        $"{Supplier?.Name ?? "All suppliers"} to {Recipient?.Name ?? "all recipients"}",
        Measure.TivMillions, Source, Points.Select(p => ((Period)p.Year, p.Value.Existed ? p.Value.Millions : (double?)null)));
}
