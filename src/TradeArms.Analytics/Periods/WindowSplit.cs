using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms;

/// <summary>
/// A range split into consecutive windows of equal length (<see cref="YearRange.Split"/>): the windows, oldest first,
/// and the years that did not fill a whole window, which are reported, never silently dropped.
/// </summary>
public sealed record WindowSplit
{
    internal WindowSplit(YearRange range, int length, WindowAlignment alignment, ImmutableArray<YearRange> windows, YearRange? remainder)
    {
        Range = range;
        Length = length;
        Alignment = alignment;
        Windows = windows;
        Remainder = remainder;
    }

    /// <summary>The range that was split.</summary>
    public YearRange Range { get; }

    /// <summary>The length of every window, in years.</summary>
    public int Length { get; }

    /// <summary>Where the windows are anchored.</summary>
    public WindowAlignment Alignment { get; }

    /// <summary>The whole windows, oldest first (empty when the range is shorter than one window).</summary>
    public ImmutableArray<YearRange> Windows { get; }

    /// <summary>The years left over (at the start for <see cref="WindowAlignment.FromEnd"/>, at the end otherwise); null when none.</summary>
    public YearRange? Remainder { get; }

    /// <summary>
    /// What a reader must be told about the split: the years left out of every window; null when the windows cover the
    /// whole range.
    /// </summary>
    public string? Note => Remainder is { } r
        ? string.Create(CultureInfo.InvariantCulture,
            $"{Range} does not divide into {Length}-year windows: {r} ({r.Count} year{(r.Count == 1 ? "" : "s")}) {(Windows.IsEmpty ? "is shorter than one window" : "is in no window")} (windows aligned {(Alignment == WindowAlignment.FromEnd ? "to end with" : "to start with")} {(Alignment == WindowAlignment.FromEnd ? Range.Last : Range.First)}).")
        : null;

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Windows.Select(w => w.ToString())) + (Remainder is { } r ? $" (remainder {r})" : "");
}
