using System.Globalization;

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
public readonly record struct Tiv : IComparable<Tiv>
{
    /// <summary>The unit label used on every table and chart: <c>TIV million</c>.</summary>
    public const string UnitLabel = "TIV million";

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

    /// <summary>For example <c>3798 TIV million</c>, <c>&lt;0.5 TIV million</c>, or <c>no deliveries</c>.</summary>
    public override string ToString() => Status switch
    {
        TivStatus.DidNotExist => "did not exist",
        TivStatus.NoDeliveries when Millions == 0 => "no deliveries",
        TivStatus.BelowHalf when Millions == 0 => "<0.5 " + UnitLabel,
        _ => Millions.ToString("0.##", CultureInfo.InvariantCulture) + " " + UnitLabel,
    };
}
