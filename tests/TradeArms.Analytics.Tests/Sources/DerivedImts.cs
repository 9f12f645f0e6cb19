using System.Globalization;
using System.Text;

namespace TradeArms.Tests.Sources;

/// <summary>The DERIVED IMF IMTS SDMX-CSV layout of the DOTS extract (how it is made: RealFiles.WriteDerivedImts in tests/TradeArms.Analytics.Tests/Sources).</summary>
internal static class DerivedImts
{
    /// <summary>The DERIVED IMTS text from the lines of imf-dots-pakistan-russia.csv (also shipped in data/trade).</summary>
    public static string FromDots(IReadOnlyList<string> lines)
    {
        var codes = new Dictionary<string, string> { ["Pakistan"] = "PAK", ["Russian Federation"] = "RUS", ["USSR"] = "SUN", ["World"] = "G001" };
        var text = new StringBuilder("DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,DERIVED_FROM\n");
        for (var i = 1; i < lines.Count; i++)
        {
            var f = lines[i].Split(',');
            var indicator = f[2] == "exports_fob" ? "XG_FOB_USD" : "MG_CIF_USD";
            text.Append(CultureInfo.InvariantCulture, $"DERIVED:DOTS-2022-02,{codes[f[0]]},{indicator},{codes[f[1]]},A,{f[3]},{f[4]},6,imf-dots-pakistan-russia.csv line {i + 1}\n");
        }
        return text.ToString();
    }
}
