using System.Globalization;

namespace TradeArms.Sipri;

public sealed partial record ShareTable : IAnalysisResult
{
    string IAnalysisResult.Window => Window.ToString();

    IReadOnlyList<string> IAnalysisResult.Notes => Notes;

    /// <summary>
    /// The total (and, against SIPRI's printed total, what the rows add up to), the concentration (HHI, then CR_n,
    /// Theil and Gini) and the coverage, one line each.
    /// </summary>
    public IReadOnlyList<string> Summary
    {
        get
        {
            var lines = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture, $"Total: {Total.ToString("N0", null)} {Tiv.UnitLabel} ({FormatPercent(Percent(Total))})."),
            };
            if (Denominator == ShareDenominator.SipriTotalRow && SumOfRows != Total)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"The {PartnerRole} rows add up to {Format(SumOfRows)} ({FormatPercent(Percent(SumOfRows))}); SIPRI rounds cells and totals separately."));
            }
            lines.Add("Concentration: " + Concentration);
            lines.Add("Concentration beyond HHI: " + PartnerConcentration);
            lines.Add("Coverage: " + Coverage switch
            {
                ShareCoverage.Verified => "every year agrees with SIPRI's printed total within rounding.",
                ShareCoverage.Unverified => "not checked (SIPRI's printed total is not in the loaded data).",
                _ => "INCOMPLETE (see notes).",
            });
            return lines;
        }
    }
}
