using System.Globalization;
using System.Text;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sources;

/// <summary>The real trade files in ../shared/data used by the reader tests, and the two DERIVED files built from them.</summary>
internal static class RealFiles
{
    public static string ChinaGermanyUsa2022 => SharedData.Path("comtrade", "nikolinanikolovska__Economic-Analysis-Trade-ML", "TradeData.csv");

    public static string Thailand8542 => SharedData.Path("comtrade", "methakanb__taiwan-semiconductor-risk-thailand", "TradeData.csv");

    public static string ChinaUsa8542 => SharedData.Path("comtrade", "laureleallen__Economic-warfare-portfolio", "semiconductor_trade.csv");

    public static string ComtradeJson => SharedData.Path("comtrade", "ropensci__comtradr", "HS-60a6ad.json");

    public static string BulkListingJson => SharedData.Path("comtrade", "ropensci__comtradr", "HS-4f1d0f.json");

    public static string LegacyChinaUsaExports => SharedData.Path("comtrade", "dennishylau__msbd5005-project", "comtrade_ch_us_ex.csv");

    public static string LegacyChinaUsaImports => SharedData.Path("comtrade", "dennishylau__msbd5005-project", "comtrade_ch_us_im.csv");

    public static string LegacyEuUkraineSorghum => SharedData.Path("comtrade", "ITWS-Hackathon__Grain_production_Ukraine", "comtrade.csv");

    public static string BaciCountries => SharedData.Path("baci-codes", "IaBrilliant__Economic_Complexity_MSc", "country_codes_V202301.csv");

    public static string BaciProductsHs92 => SharedData.Path("baci-codes", "IaBrilliant__Economic_Complexity_MSc", "product_codes_HS92_V202301.csv");

    public static string BaciProductsHs17 => SharedData.Path("baci-codes", "Ismael-San__BACI_International_Trade_CEPII", "product_codes_HS17_V202301 copy.csv");

    public static string DotsPakistanRussia => SharedData.Path("trade", "derived", "imf-dots-pakistan-russia.csv");

    /// <summary>
    /// DERIVED: a BACI-shaped file (t,i,j,k,v,q) made from the legacy Comtrade file comtrade_ch_us_ex.csv (China's
    /// exports to the USA, 2018, HS2017): one row per 6-digit code, t=2018, i=156, j=842, k=the code with its leading
    /// zero dropped as BACI writes it, v=Trade Value (US$)/1000, q=Netweight (kg)/1000, NA where the weight is empty.
    /// No BACI trade file is available; this tests the layout and units, not BACI's figures.
    /// </summary>
    public static string WriteDerivedBaci(TempFolder temp)
    {
        var text = new StringBuilder("t,i,j,k,v,q\n");
        foreach (var row in LegacySubheadings())
        {
            var q = row.Weight.Length == 0 ? "NA" : (decimal.Parse(row.Weight, CultureInfo.InvariantCulture) / 1000m).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"2018,156,842,{row.Code.TrimStart('0')},{decimal.Parse(row.Value, CultureInfo.InvariantCulture) / 1000m},{q}\n");
        }
        return temp.Write("DERIVED_BACI_HS17_Y2018_from_comtrade_ch_us_ex.csv", text.ToString());
    }

    public static IEnumerable<(string Code, string Value, string Weight)> LegacySubheadings()
    {
        var lines = File.ReadAllLines(LegacyChinaUsaExports);
        var header = TradeArms.Text.CsvTokenizer.Split(lines[0], ',', "h")[0].Fields.ToList();
        foreach (var line in TradeArms.Text.CsvTokenizer.Split(string.Join('\n', lines.Skip(1)), ',', "x"))
        {
            if (line[header.IndexOf("Aggregate Level")] == "6")
            {
                yield return (line[header.IndexOf("Commodity Code")], line[header.IndexOf("Trade Value (US$)")], line[header.IndexOf("Netweight (kg)")]);
            }
        }
    }

    /// <summary>
    /// DERIVED: an IMF IMTS SDMX-CSV file made from imf-dots-pakistan-russia.csv (itself taken from the IMF DOTS
    /// workbooks of February 2022): each row reporter,partner,flow,year,value_usd_millions becomes
    /// DATAFLOW=DERIVED:DOTS-2022-02, COUNTRY and COUNTERPART_COUNTRY as ISO alpha-3 (Pakistan PAK, Russian Federation
    /// RUS, USSR SUN; World as IMF's G001), INDICATOR XG_FOB_USD (exports_fob) or MG_CIF_USD (imports_cif), FREQUENCY A,
    /// TIME_PERIOD the year, OBS_VALUE the value, UNIT_MULT 6, and a DERIVED_FROM column naming the source line.
    /// No real IMTS export is available; this tests the layout, not IMTS's figures.
    /// </summary>
    public static string WriteDerivedImts(TempFolder temp) =>
        temp.Write("DERIVED_imts_pakistan_russia_from_dots_2022_02.csv", DerivedImts.FromDots(File.ReadAllLines(DotsPakistanRussia)));
}
