using System.Runtime.CompilerServices;
using TradeArms.Trade;

namespace TradeArms.Matrix;

/// <summary>
/// The per-cell definitions shared by every all-pairs computation (NaN in, NaN out; an undefined ratio is NaN, never
/// infinite). One place, so the matrix, the CLI and the exporters compute the same figures; the ratios follow
/// <see cref="TradeBalanceRule"/>, the rule of the tables too.
/// </summary>
public static class TradeMeasures
{
    /// <summary>Exports - imports.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Balance(double exports, double imports) => exports - imports;

    /// <summary>Exports + imports.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Turnover(double exports, double imports) => exports + imports;

    /// <summary>Exports / imports; missing when imports are 0 or a flow is negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Coverage(double exports, double imports)
    {
        TradeBalanceRule.TryCoverage(exports, imports, out var coverage);
        return coverage;
    }

    /// <summary>(Exports - imports) / (exports + imports), in -1..1; missing when the turnover is 0 or a flow is negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NormalisedBalance(double exports, double imports)
    {
        // A negative published value (DOTS prints a few revisions as negative figures) makes it missing, never a
        // "balance" of 1.3.
        TradeBalanceRule.TryNormalisedBalance(exports, imports, out var normalised);
        return normalised;
    }
}
