using TradeArms.Sipri;

namespace TradeArms.Tests.Sipri;

/// <summary>Small SIPRI-format tables written by hand, read by the real reader (so printed totals are kept).</summary>
internal static class SipriTables
{
    /// <summary>
    /// A table in SIPRI's layout: title, "Generated:" line, header (empty cell, years, Total), partner rows, an empty
    /// row and the Total row. <paramref name="rows"/> are the comma-separated cells after the name, Total column included.
    /// </summary>
    public static string Table(string direction, string subject, int first, int last, params string[] rows)
    {
        var years = Enumerable.Range(first, last - first + 1).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"\"TIV of arms exports {direction} {subject}, {first}-{last}\",\nGenerated: 22 April 2022,\n,{string.Join(',', years)},Total\n"
            + string.Join('\n', rows) + "\n\n";
    }

    /// <summary>
    /// India 2017-2019 (by hand): Russia 10, 20, 30; France 5, -, 5; Israel -, 10, -; United States 0 (under 0.5) in 2017.
    /// Rows add up to 15, 30, 35 = 80; SIPRI's Total row is printed 15, 30, 36 = 81 (2019 off by 1, within rounding).
    /// </summary>
    public static ArmsTransfers India() => SipriTivTableReader.Parse(Table("to", "India", 2017, 2019,
        "Russia,10,20,30,60",
        "France,5,,5,10",
        "Israel,,10,,10",
        "United States,0,,,0",
        "",
        "Total,15,30,36,81"), "India-test.csv");

    /// <summary>Russia's exports 2017-2019 (by hand): India 10, 20, 30; China 10, 10, 10; Viet Nam -, 10, -. Total 100.</summary>
    public static ArmsTransfers RussiaExports() => SipriTivTableReader.Parse(Table("from", "Russia", 2017, 2019,
        "India,10,20,30,60",
        "China,10,10,10,30",
        "Viet Nam,,10,,10",
        "",
        "Total,20,40,40,100"), "Russia-test.csv");
}
