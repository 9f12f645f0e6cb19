using MathNet.Numerics;

namespace TradeArms;

/// <summary>
/// Upper-tail probabilities of Student's t and Fisher's F computed from the regularized incomplete beta function, with
/// no subtraction from 1: <c>1 - CDF</c> cancels (a p-value near 1e-10 loses half its digits, one below about 1e-16
/// becomes 0), the incomplete beta keeps its relative accuracy down to the smallest normal doubles.
/// </summary>
internal static class TailProbability
{
    /// <summary>P(|T| ≥ |t|) for Student's t with <paramref name="dof"/> degrees of freedom: I_{ν/(ν+t²)}(ν/2, 1/2).</summary>
    public static double StudentTwoSided(double t, double dof)
    {
        if (double.IsNaN(t) || dof <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(t), "A t statistic needs a number and positive degrees of freedom.");
        }
        var t2 = t * t;
        if (t2 == 0)
        {
            return 1;
        }
        // x = ν/(ν+t²) and 1 - x = t²/(ν+t²), both formed without cancellation.
        return Upper(dof / 2, 0.5, dof / (dof + t2), t2 / (dof + t2));
    }

    /// <summary>P(F ≥ f) for Fisher's F with (d1, d2) degrees of freedom: I_{d2/(d2+d1 f)}(d2/2, d1/2).</summary>
    public static double FisherUpper(double f, double d1, double d2)
    {
        if (double.IsNaN(f) || d1 <= 0 || d2 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(f), "An F statistic needs a number and positive degrees of freedom.");
        }
        if (f <= 0)
        {
            return 1;
        }
        return Upper(d2 / 2, d1 / 2, d2 / (d2 + d1 * f), d1 * f / (d2 + d1 * f));
    }

    /// <summary>
    /// I_x(a, b) where it is the small tail. Where its continued fraction converges (x below (a + 1) / (a + b + 2))
    /// it is evaluated directly, never as 1 - I_{1-x}(b, a), which would cancel; beyond that point the tail is large
    /// (about 1/2 or more) and the complement loses nothing that matters.
    /// </summary>
    private static double Upper(double a, double b, double x, double complement) =>
        x < (a + 1) / (a + b + 2)
            ? SpecialFunctions.BetaRegularized(a, b, x)
            : 1 - SpecialFunctions.BetaRegularized(b, a, complement);
}
