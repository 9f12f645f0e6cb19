using TradeArms.Economies;
using TradeArms.Products;

namespace TradeArms.Sources;

/// <summary>Options of the trade file readers.</summary>
public sealed record TradeReadOptions
{
    /// <summary>The economy code model the file's codes are mapped with (default: <see cref="EconomyRegistry.Default"/>).</summary>
    public EconomyRegistry Economies { get; init; } = EconomyRegistry.Default;

    /// <summary>
    /// The classification of a BACI file, whose rows do not say it (default: from a file name such as
    /// <c>BACI_HS92_Y2017_V202301.csv</c>; an error when the name does not say either).
    /// </summary>
    public Classification? Classification { get; init; }

    /// <summary>
    /// The scale of IMF IMTS OBS_VALUE when the file has no UNIT_MULT column (the power of ten of each value); without
    /// either the read fails rather than guess.
    /// </summary>
    public MoneyScale? ImtsScale { get; init; }

    /// <summary>
    /// Accept a CSV file (Comtrade, BACI, IMTS) whose last record does not end in a line break. Off by default: such a
    /// file may have been cut short (a number cut mid-field would load), so it is an error; set this only for a file
    /// known to be complete.
    /// </summary>
    public bool AcceptMissingFinalLineBreak { get; init; }
}
