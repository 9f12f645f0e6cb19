namespace TradeArms.Economies;

/// <summary>The economy a code stands for, and how it was found.</summary>
/// <param name="System">The code system.</param>
/// <param name="Code">The code as given.</param>
/// <param name="Economy">The economy, or null when the code is not known (the caller reports it with its value).</param>
/// <param name="Rule">How the code was resolved, in words (<c>Comtrade code 699 (India), valid from 1975</c>).</param>
/// <param name="OutsideValidity">True when the code is known but the year lies outside the years the source gives for it.</param>
public sealed record CodeResolution(EconomyCodeSystem System, string Code, Economy? Economy, string Rule, bool OutsideValidity = false)
{
    /// <summary>True when the code stands for a known economy.</summary>
    public bool IsMapped => Economy is not null;
}
