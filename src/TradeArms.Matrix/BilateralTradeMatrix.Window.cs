namespace TradeArms.Matrix;

public sealed partial class BilateralTradeMatrix
{
    /// <summary>
    /// The calendar years the matrix's periods cover, from the first period's start to the last one's end; null for a
    /// matrix without periods.
    /// </summary>
    public YearRange? Years => PeriodCount == 0 ? null
        : new YearRange(new CalendarYear(Periods[0].Start.Year), new CalendarYear(Periods[^1].End.Year));

    /// <summary>
    /// The matrix of the periods that lie wholly within <paramref name="window"/>, built with the public
    /// <see cref="TradeMatrixBuilder"/> (values and estimate flags kept; pairs without a value in the window left out):
    /// the one window gate of the matrix. Every windowed query starts here.
    /// </summary>
    /// <param name="window">The years asked for.</param>
    /// <exception cref="WindowOutsideDataException">The window reaches outside <see cref="Years"/> (or the matrix has no periods).</exception>
    public BilateralTradeMatrix Within(YearRange window)
    {
        Gate(window);
        var builder = new TradeMatrixBuilder(Unit, Source);
        for (var pair = 0; pair < PairCount; pair++)
        {
            var (reporter, partner) = (Actors[ReporterOf(pair)], Actors[PartnerOf(pair)]);
            foreach (var flow in (ReadOnlySpan<TradeFlow>)[TradeFlow.Exports, TradeFlow.Imports])
            {
                var values = Values(pair, flow);
                for (var t = 0; t < PeriodCount; t++)
                {
                    var period = Periods[t];
                    if (!double.IsNaN(values[t]) && period.Start.Year >= window.First.Year && period.End.Year <= window.Last.Year)
                    {
                        builder.Add(reporter, partner, period, flow, values[t], IsEstimated(pair, t, flow));
                    }
                }
            }
        }
        return builder.Build();
    }

    /// <summary>The matrix's window check, once for every windowed query.</summary>
    private YearRange Gate(YearRange window)
    {
        var dataset = $"the matrix ({Source.Citation}, {DescribePeriods()})";
        return WindowOutsideDataException.ThrowIfOutside(window, Years ?? throw new WindowOutsideDataException(window, null, dataset), dataset);
    }
}
