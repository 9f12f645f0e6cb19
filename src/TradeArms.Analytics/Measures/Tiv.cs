using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeArms.Text;

namespace TradeArms;

/// <summary>
/// A SIPRI trend-indicator value (TIV), in TIV millions: a measure of the <em>volume</em> of transfers of major
/// arms, based on the known unit production costs of a core set of weapons. It is not money: it has no currency,
/// is not adjusted for prices actually paid, and there is deliberately no arithmetic between <see cref="Tiv"/> and
/// <see cref="Money"/>.
/// </summary>
/// <remarks>
/// SIPRI distinguishes an empty cell (<see cref="TivStatus.NoDeliveries"/>) from a printed <c>0</c>
/// (<see cref="TivStatus.BelowHalf"/>: delivered, but under 0.5 TIV million). Both count as 0 in sums, and the sum
/// keeps the strongest status of its terms: Reported over BelowHalf over NoDeliveries over DidNotExist (a year in
/// which the actor did not exist, see <see cref="Actor.Lifetime"/>).
/// </remarks>
public readonly record struct Tiv : IComparable<Tiv>, ISpanFormattable, ISpanParsable<Tiv>
{
    /// <summary>The unit label used on every table and chart: <c>TIV million</c>.</summary>
    public const string UnitLabel = "TIV million";

    /// <summary>What a TIV is, in one sentence for the notes under a table (fact sheets, profiles).</summary>
    public const string VolumeNote = "Volumes are SIPRI trend-indicator values (TIV): a measure of the volume of transfers, not money.";

    private Tiv(double millions, TivStatus status)
    {
        Millions = millions;
        Status = status;
    }

    /// <summary>
    /// The largest value a reader accepts, 1e9 TIV million: SIPRI's world total is about 30,000 TIV million a year, so
    /// a larger cell is a corrupted number, and sums of accepted values stay finite.
    /// </summary>
    public const double MaxMillions = 1e9;

    /// <summary>No deliveries identified (an empty SIPRI cell).</summary>
    public static Tiv NoDeliveries { get; } = new(0, TivStatus.NoDeliveries);

    /// <summary>A year in which the actor did not exist (<see cref="TivStatus.DidNotExist"/>): not a zero, not "no deliveries".</summary>
    public static Tiv DidNotExist { get; } = new(0, TivStatus.DidNotExist);

    /// <summary>Deliveries under 0.5 TIV million (SIPRI printed <c>0</c>).</summary>
    public static Tiv BelowHalf { get; } = new(0, TivStatus.BelowHalf);

    /// <summary>The value in TIV millions (0 for <see cref="TivStatus.NoDeliveries"/> and <see cref="TivStatus.BelowHalf"/>).</summary>
    public double Millions { get; }

    /// <summary>What SIPRI's cell said.</summary>
    public TivStatus Status { get; }

    /// <summary>Were any deliveries identified?</summary>
    public bool HasDeliveries => Status > TivStatus.NoDeliveries;

    /// <summary>Did the actor exist (anything but <see cref="TivStatus.DidNotExist"/>)?</summary>
    public bool Existed => Status != TivStatus.DidNotExist;

    /// <summary>A reported value in TIV millions.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, NaN, infinite or above <see cref="MaxMillions"/>.</exception>
    public static Tiv FromMillions(double millions)
    {
        if (!double.IsFinite(millions) || millions < 0 || millions > MaxMillions)
        {
            throw new ArgumentOutOfRangeException(nameof(millions), millions, "A TIV is a finite, non-negative number of TIV millions, at most 1e9.");
        }
        return new Tiv(millions, TivStatus.Reported);
    }

    /// <summary>The sum of two values; the status is the stronger of the two.</summary>
    public static Tiv operator +(Tiv left, Tiv right) =>
        new(left.Millions + right.Millions, (TivStatus)Math.Max((int)left.Status, (int)right.Status));

    /// <summary>The sum of two values; the status is the stronger of the two.</summary>
    public static Tiv Add(Tiv left, Tiv right) => left + right;

    /// <summary>The sum of values (NoDeliveries for none; DidNotExist when every value is DidNotExist).</summary>
    public static Tiv Sum(IEnumerable<Tiv> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Tiv? total = null;
        foreach (var v in values)
        {
            total = total is { } t ? t + v : v;
        }
        return total ?? NoDeliveries;
    }

    /// <inheritdoc />
    public int CompareTo(Tiv other) => Millions.CompareTo(other.Millions);

    /// <summary>Is the left value smaller?</summary>
    public static bool operator <(Tiv left, Tiv right) => left.Millions < right.Millions;

    /// <summary>Is the left value larger?</summary>
    public static bool operator >(Tiv left, Tiv right) => left.Millions > right.Millions;

    /// <summary>Is the left value smaller or equal?</summary>
    public static bool operator <=(Tiv left, Tiv right) => left.Millions <= right.Millions;

    /// <summary>Is the left value larger or equal?</summary>
    public static bool operator >=(Tiv left, Tiv right) => left.Millions >= right.Millions;

    /// <summary>
    /// The decimals SIPRI publishes TIV with (the register gives at most two, the TIV tables whole numbers): every
    /// TIV prints with at most this many, so sums of published values carry no binary noise (<c>58.6</c>, not
    /// <c>58.59999999999998</c>).
    /// </summary>
    public const int PublishedDecimals = 2;

    /// <summary>For example <c>3798 TIV million</c>, <c>&lt;0.5 TIV million</c>, <c>no deliveries</c> or <c>did not exist</c>.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// The value as text, by SIPRI's rule. Formats:
    /// <list type="bullet">
    /// <item>null, empty or <c>U</c>: with the unit, <c>3798 TIV million</c>, <c>0.25 TIV million</c>,
    /// <c>&lt;0.5 TIV million</c>, <c>no deliveries</c>, <c>did not exist</c>.</item>
    /// <item><c>G</c> (a table cell, SIPRI's fact-sheet rule): <c>3798</c>, <c>&lt;0.5</c> for deliveries under half
    /// a million (SIPRI printed 0) and for a positive value that prints as 0, <c>-</c> for no deliveries, <c>did not exist</c>.</item>
    /// <item><c>N</c> or <c>N</c><em>n</em>: the same cell with group separators and at most <em>n</em> decimals
    /// (default <see cref="PublishedDecimals"/>): <c>N0</c> prints whole numbers, <c>3,798</c>.</item>
    /// <item><c>R</c>: as SIPRI's files print the cell: empty for no deliveries, <c>0</c> under half a million.</item>
    /// </list>
    /// Numbers have at most <see cref="PublishedDecimals"/> decimals and no trailing zeros.
    /// </summary>
    /// <param name="format">The format (above).</param>
    /// <param name="formatProvider">The culture for separators; null for the invariant culture (not the current one).</param>
    /// <exception cref="FormatException">The format is not one of the above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var (withUnit, raw, number) = format switch
        {
            null or "" or "U" => (true, false, "G2"),
            "G" => (false, false, "G2"),
            "R" => (false, true, "G2"),
            ['N'] => (false, false, "N2"),
            ['N', >= '0' and <= '2'] => (false, false, format),
            _ => throw new FormatException($"Unknown TIV format '{format}': expected U, G, N, N0, N1, N2 or R."),
        };
        return Cell(NumberText.Format(Millions, number, formatProvider), withUnit, raw);
    }

    /// <summary>
    /// SIPRI's cell rule, the one place it lives (<see cref="ToString(string?, IFormatProvider?)"/> and
    /// <see cref="TivCell"/>): <c>did not exist</c>; <c>-</c> for no deliveries; <c>&lt;0.5</c> for deliveries under
    /// half a million, and for any positive value whose printed <paramref name="number"/> rounds to 0; otherwise the
    /// number. <paramref name="raw"/> is SIPRI's file form (empty, <c>0</c>, the number as given).
    /// </summary>
    internal string Cell(string number, bool withUnit, bool raw) => Status switch
    {
        TivStatus.DidNotExist => "did not exist",
        TivStatus.NoDeliveries when Millions == 0 => raw ? "" : withUnit ? "no deliveries" : TivCell.NoDeliveries,
        TivStatus.BelowHalf when Millions == 0 => raw ? "0" : withUnit ? TivCell.BelowHalf + " " + UnitLabel : TivCell.BelowHalf,
        _ when !raw && Millions > 0 && !number.Any(c => c is >= '1' and <= '9') => withUnit ? TivCell.BelowHalf + " " + UnitLabel : TivCell.BelowHalf,
        _ => number + (withUnit ? " " + UnitLabel : ""),
    };

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SpanText.TryWrite(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>
    /// Reads a TIV as <see cref="ToString(string?, IFormatProvider?)"/> writes it, with or without the unit:
    /// <c>3798</c>, <c>3,798</c>, <c>3798 TIV million</c>, <c>&lt;0.5</c>, <c>-</c> or <c>no deliveries</c>,
    /// <c>did not exist</c>. (A bare <c>0</c> is a reported zero: SIPRI's printed 0 is read by the SIPRI readers.)
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; null for the invariant culture.</param>
    /// <exception cref="FormatException">The text is not a TIV.</exception>
    public static Tiv Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static Tiv Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryParse(s, provider, out var value) ? value
        : throw new FormatException($"Expected a TIV such as '3798', '3798 TIV million', '<0.5', '-' or 'did not exist', found '{s}'.");

    /// <summary>Tries to read a TIV (see <see cref="Parse(string, IFormatProvider?)"/>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Tiv result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to read a TIV (see <see cref="Parse(string, IFormatProvider?)"/>).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Tiv result)
    {
        result = default;
        var t = s.Trim();
        if (t.EndsWith(UnitLabel, StringComparison.OrdinalIgnoreCase))
        {
            t = t[..^UnitLabel.Length].TrimEnd();
        }
        if (t.Equals("did not exist", StringComparison.OrdinalIgnoreCase))
        {
            result = DidNotExist;
            return true;
        }
        if (t is "-" or "\u2013" || t.Equals("no deliveries", StringComparison.OrdinalIgnoreCase))
        {
            result = NoDeliveries;
            return true;
        }
        if (t is "<0.5")
        {
            result = BelowHalf;
            return true;
        }
        if (double.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, provider ?? CultureInfo.InvariantCulture, out var millions)
            && millions <= MaxMillions)
        {
            result = FromMillions(millions);
            return true;
        }
        return false;
    }
}
