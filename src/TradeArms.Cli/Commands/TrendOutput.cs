using System.Globalization;
using System.Text.Json.Serialization;
using TradeArms.Cli.Json;
using TradeArms.Cli.Infrastructure;
using TradeArms.Rendering;

namespace TradeArms.Cli.Commands;

/// <summary>
/// The trend inference every trend-printing command shows (<c>arms series</c>, <c>arms profile</c>,
/// <c>trade summary</c>): the options that ask for it, the library's <see cref="TrendInference"/> of a series and its
/// <see cref="TrendReport"/> rendered by <see cref="TableRenderer"/>; nothing is computed or laid out here.
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

    /// <summary>What was asked of the inference: the Chow break (as typed), the HAC lag and correction.</summary>
    public sealed record Request(string? Break, int? HacLag, bool HacCorrection);

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

    /// <summary>
    /// The library's trend inference of <paramref name="series"/> (<see cref="TrendInference.Of"/>) for the request; the
    /// break is the period of the series that <c>--break</c> names (its label, or a period starting in that year).
    /// </summary>
    public static TrendInference Analyse(TimeSeries series, Request request, bool cagr = false)
    {
        Period? at = null;
        if (request.Break is { } text)
        {
            var year = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            at = series.Periods.Select(p => (Period?)p).FirstOrDefault(p => p!.Value.ToString() == text || p.Value.Start.Year == year)
                ?? throw new UsageException($"--break: '{text}' is not a period of '{series.Name}' ({(series.Count == 0 ? "no periods" : $"{series.Periods[0]}..{series.Periods[^1]}")}).");
        }
        try
        {
            return TrendInference.Of(series, request.HacLag, request.HacCorrection, at, cagr);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException("--hac-lag: " + e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>
    /// The inference fields of a trend object in JSON (Durbin-Watson, Newey-West, CAGR interval, Chow), next to the
    /// fields of the trend the derived record adds; null fields when <see cref="Inference"/> is absent.
    /// </summary>
    internal abstract record InferenceJson
    {
        [JsonIgnore]
        public TrendInference? Inference { get; init; }

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

    /// <summary>
    /// The inference as a table for the table formats: the library's <see cref="TrendReport"/> of the series under
    /// <paramref name="label"/>, rendered by <see cref="TableRenderer"/> after a blank line.
    /// </summary>
    public static string Text(string label, TrendInference inference) =>
        "\n" + TableRenderer.Render(new TrendReport($"{label}: {inference.Series.Name}", [(label, inference)]));
}
