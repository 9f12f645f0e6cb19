namespace TradeArms.Economies;

/// <summary>The code systems trade sources name economies in.</summary>
public enum EconomyCodeSystem
{
    /// <summary>UN M49 numeric codes (equal to ISO 3166-1 numeric for countries; regions such as 001 World, 142 Asia).</summary>
    M49,

    /// <summary>UN Comtrade's reporter and partner codes: M49 codes plus Comtrade's own (0 World, 699 India, 842 USA, 899 Areas nes), some valid only in stated years.</summary>
    Comtrade,

    /// <summary>CEPII BACI's country codes (Comtrade's numeric codes, as BACI's country table lists them).</summary>
    Baci,

    /// <summary>IMF IMTS codes: ISO 3166-1 alpha-3 for economies, the IMF's own codes for aggregates (G001 World).</summary>
    Imf,
}
