using System.Globalization;

namespace TradeArms;

/// <summary>A two-sided confidence interval.</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
/// <param name="Level">The confidence level, e.g. 0.95.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>Does the interval contain the value?</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lower:0.####}, {Upper:0.####}] ({Level:P0})");
}
