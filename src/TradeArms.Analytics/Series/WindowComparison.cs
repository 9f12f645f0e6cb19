using System.Globalization;

namespace TradeArms;

/// <summary>
/// Two multi-year windows of a series compared, as SIPRI's fact sheets compare 2017-2021 with 2012-2016: the total of
/// each window and the percent change from the first to the second.
/// </summary>
/// <param name="First">The earlier window.</param>
/// <param name="Second">The later window.</param>
/// <param name="FirstTotal">The sum over the first window; null when a year is missing.</param>
/// <param name="SecondTotal">The sum over the second window; null when a year is missing.</param>
/// <param name="PercentChange">(second - first) / first x 100; null when undefined (see <see cref="Reason"/>).</param>
/// <param name="Measure">The measure of the totals.</param>
/// <param name="Reason">Why the change is undefined; null when defined.</param>
public sealed record WindowComparison(YearRange First, YearRange Second, double? FirstTotal, double? SecondTotal, double? PercentChange, Measure Measure, string? Reason)
{
    /// <summary>The first window's average per year (total / years); null when a year is missing.</summary>
    public double? FirstAverage { get; init; }

    /// <summary>The second window's average per year; null when a year is missing.</summary>
    public double? SecondAverage { get; init; }

    /// <summary>
    /// The percent change of the per-year average from the first window to the second; equal to
    /// <see cref="PercentChange"/> when the windows are equally long, and the comparable figure when they are not.
    /// Null when undefined (see <see cref="Reason"/>).
    /// </summary>
    public double? AveragePercentChange { get; init; }

    /// <inheritdoc />
    public override string ToString() => PercentChange is { } c
        ? string.Create(CultureInfo.InvariantCulture, $"{Second} vs {First}: {SecondTotal:0.##} vs {FirstTotal:0.##} {Measure.Label}, {c:+0.#;-0.#;0}%")
        : $"{Second} vs {First}: undefined ({Reason})";
}
