using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TradeArms;

/// <summary>
/// A time series: values by period (calendar or fiscal years, one kind per series) in one <see cref="Measure"/>,
/// with its source. A missing value is <c>null</c>, never zero. Both datasets produce it, so every trend function works
/// on Pakistan's exports to Russia and on Russia's deliveries to India alike.
/// </summary>
/// <remarks>
/// Periods are strictly increasing but need not be consecutive; functions that compare a period with the previous
/// one (<see cref="Trend.YearOnYear"/>) look the previous period up and treat a gap as a missing value.
/// </remarks>
public sealed partial class TimeSeries
{
    /// <summary>Creates a series.</summary>
    /// <param name="name">What the series is, e.g. <c>Pakistan exports to Russia</c>.</param>
    /// <param name="measure">The measure of every value.</param>
    /// <param name="source">Citation and vintage.</param>
    /// <param name="points">(period, value) pairs; null values are missing.</param>
    /// <exception cref="ArgumentException">Periods repeat, mix kinds or conventions, or a value is NaN or infinite.</exception>
    public TimeSeries(string name, Measure measure, DataSource source, IEnumerable<(Period Period, double? Value)> points)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToList();
        try
        {
            list.Sort((a, b) => a.Period.CompareTo(b.Period));
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException("A series holds periods of one kind: all calendar years, or all fiscal years of one convention.", nameof(points), e);
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0 && list[i].Period == list[i - 1].Period)
            {
                throw new ArgumentException($"The period {list[i].Period} appears more than once in '{name}'.", nameof(points));
            }
            if (list[i].Value is { } v && !double.IsFinite(v))
            {
                throw new ArgumentException($"The value of {list[i].Period} in '{name}' is {v.ToString(CultureInfo.InvariantCulture)}; use null for a missing value.", nameof(points));
            }
        }
        Name = name;
        Measure = measure;
        Source = source;
        Periods = [.. list.Select(p => p.Period)];
        Values = [.. list.Select(p => p.Value)];
    }

    /// <summary>What the series is.</summary>
    public string Name { get; }

    /// <summary>The measure of every value.</summary>
    public Measure Measure { get; }

    /// <summary>Citation and vintage.</summary>
    public DataSource Source { get; }

    /// <summary>The periods, increasing.</summary>
    public ImmutableArray<Period> Periods { get; }

    /// <summary>The values, one per period; null is missing.</summary>
    public ImmutableArray<double?> Values { get; }

    /// <summary>The number of periods (missing values included).</summary>
    public int Count => Periods.Length;

    /// <summary>The (period, value) pairs.</summary>
    public IEnumerable<(Period Period, double? Value)> Points => Periods.Zip(Values, (p, v) => (p, v));

    /// <summary>The value of a period; null when missing or when the series has no such period.</summary>
    public double? this[Period period]
    {
        get
        {
            var i = IndexOf(period);
            return i < 0 ? null : Values[i];
        }
    }

    /// <summary>Does the series have the period (with or without a value)?</summary>
    public bool Contains(Period period) => IndexOf(period) >= 0;

    /// <summary>A copy restricted to periods from <paramref name="first"/> to <paramref name="last"/> (both included).</summary>
    public TimeSeries Between(Period first, Period last) =>
        new(Name, Measure, Source, Points.Where(p => p.Period >= first && p.Period <= last));

    /// <summary>
    /// The series by calendar year: a fiscal-year series is relabelled under an explicit, documented
    /// <paramref name="alignment"/> (FY 2010-11 becomes 2011 under <see cref="FiscalYearAlignment.EndYear"/>); values are
    /// not split or pro-rated. A calendar-year series is returned unchanged. This is the only way a fiscal series meets
    /// a calendar one.
    /// </summary>
    /// <remarks>
    /// Under <see cref="FiscalYearAlignment.EvenSpread"/> values are split: each fiscal year is spread over its months
    /// and each calendar year sums its months (<see cref="FiscalYearSpread"/>); calendar years the fiscal years do not
    /// cover completely, the first and the last among them, are missing. Only money and TIV series (flows) can be spread.
    /// </remarks>
    /// <exception cref="InvalidOperationException">EvenSpread for a series of shares, ratios or indices.</exception>
    public TimeSeries ToCalendarYears(FiscalYearAlignment alignment)
    {
        if (Periods.All(p => p.Kind == PeriodKind.CalendarYear))
        {
            return this;
        }
        if (alignment == FiscalYearAlignment.EvenSpread)
        {
            if (Measure.Kind is not (MeasureKind.Money or MeasureKind.Tiv))
            {
                throw new InvalidOperationException($"'{Name}' is in {Measure.Label}, not a flow: spreading it over months has no meaning. Spread the underlying amounts instead.");
            }
            var history = FiscalYearHistory.Of(Periods[0].FiscalYear.Convention);
            var spread = FiscalYearSpread.ToCalendarYears(Points.Select(p => (p.Period.FiscalYear.StartYear, p.Value)), history);
            return new TimeSeries($"{Name} (fiscal years {history.Text} spread evenly over calendar years)", Measure, Source,
                spread.Values.Select(v => ((Period)new CalendarYear(v.Key), (double?)v.Value))
                    .Concat(spread.Undefined.Keys.Select(y => ((Period)new CalendarYear(y), (double?)null))));
        }
        return new TimeSeries($"{Name} (fiscal years aligned by {alignment})", Measure, Source,
            Points.Select(p => ((Period)p.Period.ToCalendarYear(alignment), p.Value)));
    }

    /// <summary>A copy with another name.</summary>
    public TimeSeries WithName(string name) => new(name, Measure, Source, Points);

    /// <summary>The series as text: one <c>period value</c> line per point, invariant culture.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Name).Append(" (").Append(Measure.Label).Append(')');
        foreach (var (p, v) in Points)
        {
            text.Append('\n').Append(p).Append(' ').Append(v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "missing");
        }
        return text.ToString();
    }

    internal int IndexOf(Period period)
    {
        for (var i = 0; i < Periods.Length; i++)
        {
            if (Periods[i] == period)
            {
                return i;
            }
        }
        return -1;
    }

    internal TimeSeries Derive(string name, Measure measure, IEnumerable<(Period, double?)> points) => new(name, measure, Source, points);
}
