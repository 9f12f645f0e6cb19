using System.Globalization;

namespace TradeArms;

/// <summary>
/// The measure a <see cref="TimeSeries"/> is in: money (with its <see cref="MoneyUnit"/>), TIV million, percent, an
/// index or a ratio. Series in different measures never combine silently, and the label goes on every axis.
/// </summary>
public sealed record Measure
{
    private Measure(MeasureKind kind, string label, MoneyUnit? money)
    {
        Kind = kind;
        Label = label;
        Money = money;
    }

    /// <summary>TIV million: SIPRI's volume indicator. Never money.</summary>
    public static Measure TivMillions { get; } = new(MeasureKind.Tiv, Tiv.UnitLabel, null);

    /// <summary>Percent.</summary>
    public static Measure Percent { get; } = new(MeasureKind.Percent, "%", null);

    /// <summary>A pure ratio.</summary>
    public static Measure Ratio { get; } = new(MeasureKind.Ratio, "ratio", null);

    /// <summary>Money in <paramref name="unit"/>, e.g. US$ million.</summary>
    public static Measure Of(MoneyUnit unit) => new(MeasureKind.Money, unit.ToString(), unit);

    /// <summary>
    /// Money in <paramref name="unit"/> labelled with its price basis in words, current prices included
    /// (<c>US$ million, current prices</c>, <c>constant (2023) US$ million</c>): for results where a reader must tell
    /// current from constant prices (SIPRI's milex sheets).
    /// </summary>
    public static Measure WithPriceBasis(MoneyUnit unit) => new(MeasureKind.Money, unit.Description, unit);

    /// <summary>
    /// Money whose unit the source states only in words (<c>PKR (local currency, current prices)</c>: a country's own
    /// currency, the scale not stated), with no <see cref="MoneyUnit"/>, so it is never converted or added to another.
    /// </summary>
    public static Measure MoneyAsStated(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return new(MeasureKind.Money, label, null);
    }

    /// <summary>An index with <paramref name="basePeriod"/> = 100.</summary>
    public static Measure IndexOn(Period basePeriod) =>
        new(MeasureKind.Index, string.Create(CultureInfo.InvariantCulture, $"index, {basePeriod} = 100"), null);

    /// <summary>The kind of quantity.</summary>
    public MeasureKind Kind { get; }

    /// <summary>The label for tables and axes: <c>US$ million</c>, <c>TIV million</c>, <c>%</c>, <c>index, 2012 = 100</c>.</summary>
    public string Label { get; }

    /// <summary>The money unit, for <see cref="MeasureKind.Money"/>.</summary>
    public MoneyUnit? Money { get; }

    /// <summary>The label.</summary>
    public override string ToString() => Label;
}
