using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using TradeArms.Cli.Json;
using TradeArms.Cli.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Cli.Commands;

/// <summary>
/// The trend inference every trend-printing command shows (<c>arms series</c>, <c>arms profile</c>,
/// <c>trade summary</c>): Durbin-Watson, Newey-West slope, the CAGR interval of the log-linear fit and a Chow test,
/// computed by the library and only rendered here.
/// </summary>
internal static class TrendOutput
{
    /// <summary>The options of the trend inference, for the commands that print trends.</summary>
    public static readonly Opt[] Help =
    [
        Opt.Value("break", "<year>", "Test for a break in the linear trend from this year on (Chow test: F and p)."),
        Opt.Value("hac-lag", "<n>", "Newey-West lag (default floor(4 (n/100)^(2/9)))."),
        Opt.Flag("hac-correction", "Apply the n/(n-2) small-sample correction to the Newey-West variance (default: none)."),
    ];

    /// <summary>The names of <see cref="Help"/>'s value options (for a command declared the older way).</summary>
    public static string[] ValueOptions => [.. Help.Where(o => o.Kind == OptKind.Value).Select(o => o.Name)];

    /// <summary>The names of <see cref="Help"/>'s flags (for a command declared the older way).</summary>
    public static string[] FlagOptions => [.. Help.Where(o => o.Kind == OptKind.Flag).Select(o => o.Name)];

    /// <summary>What was asked of the inference: the Chow break, the HAC lag and correction.</summary>
    public sealed record Request(string? Break, int? HacLag, bool HacCorrection);

    /// <summary>A series' linear and log-linear trends with their inference, or why each is missing.</summary>
    public sealed record Report(LinearTrendFit? Linear, string? LinearReason, NeweyWest? Hac, LogLinearTrendFit? Log, string? LogReason, ChowTest? Chow, string? ChowReason);

    public static Request Parse(Arguments args, string command)
    {
        int? lag = null;
        if (args.Option("hac-lag") is { } text)
        {
            lag = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : throw new UsageException($"--hac-lag: expected a whole number of 0 or more, found '{text}'. See 'tradearms {command} --help'.");
        }
        return new Request(args.Option("break"), lag, args.Flag("hac-correction"));
    }

    /// <summary>Fits the trends of <paramref name="series"/> and the inference asked for; what cannot be computed gets a reason.</summary>
    public static Report Analyse(TimeSeries series, Request request)
    {
        LinearTrendFit? linear = null;
        string? linearReason = null;
        NeweyWest? hac = null;
        try
        {
            linear = Trend.Linear(series);
            hac = request.HacLag is null && !request.HacCorrection ? linear.SlopeHac : linear.NeweyWestSlope(request.HacLag, request.HacCorrection);
        }
        catch (InvalidOperationException e)
        {
            linearReason = e.Message;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException("--hac-lag: " + e.Message.Split(" (Parameter", 2)[0]);
        }
        LogLinearTrendFit? log = null;
        string? logReason = null;
        try
        {
            log = Trend.LogLinear(series);
        }
        catch (InvalidOperationException e)
        {
            logReason = e.Message;
        }
        ChowTest? chow = null;
        string? chowReason = null;
        if (request.Break is { } text)
        {
            var year = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            var period = series.Periods.Select(p => (Period?)p).FirstOrDefault(p => p!.Value.ToString() == text || p.Value.Start.Year == year)
                ?? throw new UsageException($"--break: '{text}' is not a period of '{series.Name}' ({(series.Count == 0 ? "no periods" : $"{series.Periods[0]}..{series.Periods[^1]}")}).");
            try
            {
                chow = Trend.Chow(series, period);
            }
            catch (ArgumentException e)
            {
                chowReason = e.Message.Split(" (Parameter", 2)[0];
            }
        }
        return new Report(linear, linearReason, hac, log, logReason, chow, chowReason);
    }

    /// <summary>
    /// The inference fields of a trend object in JSON (Durbin-Watson, Newey-West, CAGR interval, Chow), next to the
    /// fields of the trend the derived record adds; null fields when <see cref="Inference"/> is absent.
    /// </summary>
    internal abstract record InferenceJson
    {
        [JsonIgnore]
        public Report? Inference { get; init; }

        public double? SlopeStandardError => JsonOutput.Round(Inference?.Linear?.SlopeStandardError, 6);

        public double? DurbinWatson => JsonOutput.Round(Inference?.Linear?.DurbinWatson, 6);

        public int? HacLag => Inference?.Hac?.Lag;

        public bool? HacSmallSampleCorrection => Inference?.Hac?.SmallSampleCorrection;

        public double? SlopeStandardErrorHac => JsonOutput.Round(Inference?.Hac?.StandardError, 6);

        public double? SlopeLowerHac => JsonOutput.Round(Inference?.Hac?.Interval.Lower, 6);

        public double? SlopeUpperHac => JsonOutput.Round(Inference?.Hac?.Interval.Upper, 6);

        public double? SlopePValueHac => JsonOutput.PValue(Inference?.Hac?.PValue);

        public string? SlopePValueHacText => JsonOutput.PValueText(Inference?.Hac?.PValue);

        public double? LogLinearGrowthPercentPerYear => JsonOutput.Round(Inference?.Log?.GrowthPercentPerYear, 6);

        public double? CagrLower95 => JsonOutput.Round(Inference?.Log?.GrowthInterval.Lower, 6);

        public double? CagrUpper95 => JsonOutput.Round(Inference?.Log?.GrowthInterval.Upper, 6);

        public string? LogLinearReason => Inference?.LogReason;

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? ChowBreak => Inference?.Chow?.Break.ToString();

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? ChowF => Inference?.Chow is { } c ? JsonOutput.Round(c.F, 6) : null;

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? ChowDfNumerator => Inference?.Chow?.NumeratorDegreesOfFreedom;

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? ChowDfDenominator => Inference?.Chow?.DenominatorDegreesOfFreedom;

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? ChowPValue => Inference?.Chow is { } c ? JsonOutput.PValue(c.PValue) : null;

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? ChowPValueText => Inference?.Chow is { } c ? JsonOutput.PValueText(c.PValue) : null;

        public string? ChowReason => Inference?.ChowReason;
    }

    /// <summary>The inference as lines of text for the table formats, each prefixed by <paramref name="label"/>.</summary>
    public static string Text(string label, Report report)
    {
        var text = new StringBuilder();
        if (report.Linear is { } fit && report.Hac is { } hac)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{label}: slope {Number(fit.Slope)} per year, SE {Number(fit.SlopeStandardError)} (OLS) / {Number(hac.StandardError)} (Newey-West, lag {hac.Lag}{(hac.SmallSampleCorrection ? ", n/(n-2) corrected" : "")}); ");
            text.Append(CultureInfo.InvariantCulture,
                $"95% CI {Number(fit.SlopeInterval.Lower)} to {Number(fit.SlopeInterval.Upper)} (OLS) / {Number(hac.Interval.Lower)} to {Number(hac.Interval.Upper)} (HAC); ");
            text.Append(CultureInfo.InvariantCulture,
                $"p {P(fit.SlopePValue)} (OLS) / {P(hac.PValue)} (HAC); Durbin-Watson {(fit.DurbinWatson is { } dw ? dw.ToString("0.000", CultureInfo.InvariantCulture) : "undefined")}\n");
        }
        else if (report.LinearReason is { } reason)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label}: linear trend not fitted: {reason}\n");
        }
        if (report.Log is { } log)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{label}: log-linear growth {log.GrowthPercentPerYear:+0.00;-0.00;0.00}% per year (95% CI {log.GrowthInterval.Lower:+0.00;-0.00;0.00}% to {log.GrowthInterval.Upper:+0.00;-0.00;0.00}%)\n");
        }
        else if (report.LogReason is { } reason)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label}: log-linear growth not fitted: {reason}\n");
        }
        if (report.Chow is { } chow)
        {
            text.Append(label).Append(": ").Append(chow).Append('\n');
        }
        else if (report.ChowReason is { } reason)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label}: Chow test not computed: {reason}\n");
        }
        return text.ToString();
    }

    public static string P(double? p) => p is { } v ? PValueText.Format(v) : "undefined";

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0.0" : "0.####", CultureInfo.InvariantCulture);
}
