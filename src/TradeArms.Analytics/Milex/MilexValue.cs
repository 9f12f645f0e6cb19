using System.Globalization;

namespace TradeArms.Milex;

/// <summary>One country-year of a milex sheet: the number as published (none for a marker) and its <see cref="MilexStatus"/>.</summary>
public readonly record struct MilexValue
{
    private MilexValue(double? number, MilexStatus status)
    {
        Number = number;
        Status = status;
    }

    /// <summary>The <c>. .</c> marker: data unavailable.</summary>
    public static MilexValue Unavailable => new(null, MilexStatus.Unavailable);

    /// <summary>The <c>xxx</c> marker: the country did not exist.</summary>
    public static MilexValue DidNotExist => new(null, MilexStatus.DidNotExist);

    /// <summary>A published number with its colour status.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is NaN or infinite, or the status is a marker.</exception>
    public static MilexValue Of(double number, MilexStatus status = MilexStatus.Value)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A milex figure is finite.");
        }
        if (status is not (MilexStatus.Value or MilexStatus.Estimate or MilexStatus.Uncertain))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A number is a value, an estimate or uncertain; markers carry no number.");
        }
        return new MilexValue(number, status);
    }

    /// <summary>The number as published (full stored precision); null for a marker. Never 0 for missing.</summary>
    public double? Number { get; }

    /// <summary>What the cell says.</summary>
    public MilexStatus Status { get; }

    /// <summary>Does the cell carry a number?</summary>
    public bool HasNumber => Number is not null;

    /// <summary>The number (invariant), or the marker as SIPRI prints it (<c>. .</c>, <c>xxx</c>); an estimate gets <c> (estimate)</c>.</summary>
    public override string ToString() => Status switch
    {
        MilexStatus.Unavailable => ". .",
        MilexStatus.DidNotExist => "xxx",
        MilexStatus.Estimate => Number!.Value.ToString("R", CultureInfo.InvariantCulture) + " (estimate)",
        MilexStatus.Uncertain => Number!.Value.ToString("R", CultureInfo.InvariantCulture) + " (highly uncertain)",
        _ => Number!.Value.ToString("R", CultureInfo.InvariantCulture),
    };
}
