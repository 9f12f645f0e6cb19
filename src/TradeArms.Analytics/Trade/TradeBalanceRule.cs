using System.Numerics;
using System.Runtime.CompilerServices;

namespace TradeArms.Trade;

/// <summary>
/// The ratios of a reporter's exports and imports, defined once for tables (<see cref="Balance"/>, decimal), the
/// matrix (<c>TradeMeasures</c>, double) and everything that renders them (CLI, charts, Parquet, notebooks).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Coverage</b> = exports / imports (1.13: exports cover 113% of imports). Defined when imports are positive
/// and exports are not negative; undefined (null, NaN in the matrix's columns) otherwise, never infinite.</item>
/// <item><b>Normalised balance</b> = (exports - imports) / (exports + imports), in [-1, 1]. Defined when neither flow
/// is negative and they are not both 0; the shares of turnover are defined exactly when it is.</item>
/// <item>A missing flow makes every ratio missing: missing is never zero. DOTS prints a few negative revisions, kept as
/// published: they leave the ratios undefined rather than outside their range.</item>
/// </list>
/// </remarks>
public static class TradeBalanceRule
{
    /// <summary>Exports / imports, when defined (imports positive, exports not negative).</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="exports">The exports.</param>
    /// <param name="imports">The imports.</param>
    /// <param name="coverage">The ratio; NaN when undefined.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryCoverage<T>(T exports, T imports, out double coverage) where T : INumber<T>
    {
        if (imports > T.Zero && exports >= T.Zero)
        {
            coverage = double.CreateChecked(exports / imports);
            return true;
        }
        coverage = double.NaN;
        return false;
    }

    /// <summary>(Exports - imports) / (exports + imports), when defined (neither negative, not both 0).</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="exports">The exports.</param>
    /// <param name="imports">The imports.</param>
    /// <param name="normalised">The normalised balance in [-1, 1]; NaN when undefined.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryNormalisedBalance<T>(T exports, T imports, out double normalised) where T : INumber<T>
    {
        var turnover = exports + imports;
        if (exports >= T.Zero && imports >= T.Zero && turnover != T.Zero)
        {
            normalised = double.CreateChecked((exports - imports) / turnover);
            return true;
        }
        normalised = double.NaN;
        return false;
    }

    /// <summary>Exports / imports; null when a flow is missing or the ratio is undefined.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="exports">The exports; null when missing.</param>
    /// <param name="imports">The imports; null when missing.</param>
    public static double? Coverage<T>(T? exports, T? imports) where T : struct, INumber<T> =>
        exports is { } x && imports is { } m && TryCoverage(x, m, out var c) ? c : null;

    /// <summary>(Exports - imports) / (exports + imports); null when a flow is missing or the ratio is undefined.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="exports">The exports; null when missing.</param>
    /// <param name="imports">The imports; null when missing.</param>
    public static double? NormalisedBalance<T>(T? exports, T? imports) where T : struct, INumber<T> =>
        exports is { } x && imports is { } m && TryNormalisedBalance(x, m, out var n) ? n : null;
}
