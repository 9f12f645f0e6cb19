using System.Globalization;

namespace TradeArms.Matrix;

public sealed partial class BilateralTradeMatrix
{
    /// <summary>Balance, turnover, coverage and normalised balance for every pair and period (see <see cref="TradeMatrixSummary"/>).</summary>
    public TradeMatrixSummary Summarize() => new(this);

    /// <summary>
    /// The percent change from the previous period for every pair and period, as <see cref="Trend.YearOnYear"/>
    /// defines it: missing for the first period, where either value is missing, and where the previous value is 0.
    /// </summary>
    public PairPeriodColumn GrowthYearOnYear(TradeFlow flow) =>
        PerPeriod(flow, $"{Describe(flow)}, year-on-year change", Measure.Percent, (values, dest) => TrendKernels.YearOnYear(values, dest));

    /// <summary>
    /// The sum over the <paramref name="window"/> periods ending in each period, for every pair, as
    /// <see cref="Trend.RollingSum"/> defines it: missing where the window reaches before the first period or holds a
    /// missing value.
    /// </summary>
    public PairPeriodColumn RollingSum(TradeFlow flow, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        return PerPeriod(flow, string.Create(CultureInfo.InvariantCulture, $"{Describe(flow)}, {window}-year rolling sum"), Measure.Of(Unit),
            (values, dest) => TrendKernels.RollingSum(values, window, dest));
    }

    /// <summary>
    /// The compound annual growth rate from <paramref name="from"/> to <paramref name="to"/> for every pair, in percent
    /// per year, as <see cref="Trend.Cagr(TimeSeries, Period, Period)"/> defines it: undefined (NaN) where an endpoint
    /// is missing, the start value is 0 or below, or the end value is below 0.
    /// </summary>
    /// <exception cref="WindowOutsideDataException">A period lies outside the matrix's years (<see cref="Years"/>).</exception>
    /// <exception cref="ArgumentException">A period is not one of the matrix's, or <paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public PairColumn Cagr(TradeFlow flow, Period from, Period to)
    {
        Gate(new YearRange(new CalendarYear(from.Start.Year), new CalendarYear(Math.Max(from.Start.Year, to.End.Year))));
        var f = IndexOfPeriod(from);
        var t = IndexOfPeriod(to);
        if (f < 0 || t < 0)
        {
            throw new ArgumentException($"The matrix covers {DescribePeriods()}; {(f < 0 ? from : to)} is not one of its periods.", f < 0 ? nameof(from) : nameof(to));
        }
        if (t <= f)
        {
            throw new ArgumentException($"The end period ({to}) must be after the start period ({from}).", nameof(to));
        }
        return PerPair(flow, $"{Describe(flow)}, CAGR {from}..{to}", Measure.Percent, values => TrendKernels.Cagr(values, f, t));
    }

    /// <summary>
    /// The slope of an ordinary least squares linear trend for every pair (change per year, in the matrix's unit), with
    /// missing values left out, as <see cref="Trend.Linear"/> computes it; undefined (NaN) with fewer than 3 values.
    /// </summary>
    public PairColumn LinearTrendSlope(TradeFlow flow) =>
        PerPair(flow, $"{Describe(flow)}, linear trend slope per year", Measure.Of(Unit), TrendKernels.Slope);

    /// <summary>
    /// For every reporter and period, its <paramref name="count"/> largest partners by <paramref name="flow"/> and their
    /// shares of the reporter's total over all partners, less <paramref name="excludedPartners"/> and, unless
    /// <paramref name="includeAggregates"/>, less the IMF's groups and residual categories (<c>World</c>, <c>Advanced
    /// Economies</c>, regions: <see cref="ImfAggregates"/>), which are not economies and would double count.
    /// </summary>
    /// <exception cref="ArgumentException">The flow is the balance (shares of a balance are meaningless), or the count is below 1.</exception>
    public TopPartnerShares TopPartners(TradeFlow flow, int count = 5, IEnumerable<string>? excludedPartners = null, bool includeAggregates = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (flow == TradeFlow.Balance)
        {
            throw new ArgumentException("Partner shares are shares of exports, imports or total trade, not of a balance.", nameof(flow));
        }
        var excluded = new bool[ActorCount];
        for (var i = 0; !includeAggregates && i < ActorCount; i++)
        {
            excluded[i] = ImfAggregates.IsAggregate(Actors[i]);
        }
        foreach (var label in excludedPartners ?? [])
        {
            var i = IndexOfActor(label);
            if (i >= 0)
            {
                excluded[i] = true;
            }
        }
        return new TopPartnerShares(this, flow, count, excluded);
    }

    /// <summary>
    /// Mirror statistics for every pair and period: A's reported exports to B against B's reported imports from A
    /// (see <see cref="MirrorGaps"/>).
    /// </summary>
    public MirrorGaps MirrorGaps() => new(this);

    internal string DescribePeriods() => PeriodCount == 0 ? "no periods" : $"{Periods[0]}..{Periods[^1]}";

    private static string Describe(TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => "exports",
        TradeFlow.Imports => "imports",
        TradeFlow.Total => "turnover",
        TradeFlow.Balance => "balance",
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown flow."),
    };

    private delegate void PeriodKernel(ReadOnlySpan<double> values, Span<double> destination);

    private delegate double PairKernel(ReadOnlySpan<double> values);

    private PairPeriodColumn PerPeriod(TradeFlow flow, string name, Measure measure, PeriodKernel kernel)
    {
        _ = Describe(flow);
        var result = GC.AllocateUninitializedArray<double>(PairCount * PeriodCount);
        var scratch = new double[PeriodCount];
        for (var pair = 0; pair < PairCount; pair++)
        {
            var values = FlowValues(pair, flow, scratch);
            kernel(values, result.AsSpan(pair * PeriodCount, PeriodCount));
        }
        return new PairPeriodColumn(this, name, measure, result);
    }

    private PairColumn PerPair(TradeFlow flow, string name, Measure measure, PairKernel kernel)
    {
        _ = Describe(flow);
        var result = new double[PairCount];
        var scratch = new double[PeriodCount];
        for (var pair = 0; pair < PairCount; pair++)
        {
            result[pair] = kernel(FlowValues(pair, flow, scratch));
        }
        return new PairColumn(this, name, measure, result);
    }

    /// <summary>The values of a flow of a pair: a view for exports and imports, computed into the scratch otherwise.</summary>
    internal ReadOnlySpan<double> FlowValues(int pair, TradeFlow flow, double[] scratch)
    {
        if (flow is TradeFlow.Exports or TradeFlow.Imports)
        {
            return Block(pair, flow);
        }
        Fill(pair, flow, scratch);
        return scratch;
    }
}
