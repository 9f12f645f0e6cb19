using System.Text.RegularExpressions;

namespace TradeArms.Products;

/// <summary>
/// Finds UNSD correlation tables in a folder by their published file names (<c>HS2022toHS2017ConversionAndCorrelationTables.xlsx</c>,
/// <c>HS2022 to BEC Conversion and Correlation Tables.csv</c>), searching subfolders, and reads the one for a pair of
/// classifications, reversed when only the other direction is published.
/// </summary>
public static partial class ConcordanceTables
{
    /// <summary>The table from <paramref name="from"/> to <paramref name="to"/>, or null when the folder has neither direction.</summary>
    /// <exception cref="Text.DataFormatException">The table is malformed.</exception>
    public static Concordance? Find(string folder, Classification from, Classification to)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"'{folder}' is not a folder of UNSD correlation tables.");
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var m = TableName().Match(Path.GetFileName(file));
            if (!m.Success || !Classification.TryParse("HS" + m.Groups["a"].Value, out var a)
                || !Classification.TryParse(m.Groups["b"].Value.Replace(" ", "", StringComparison.Ordinal), out var b))
            {
                continue;
            }
            if ((a, b) == (from, to) || (a, b) == (to, from))
            {
                var table = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? Concordance.ReadUnsdCsv(file) : Concordance.ReadUnsdWorkbook(file);
                return table.From == from ? table : table.Reverse();
            }
        }
        return null;
    }

    [GeneratedRegex(@"^HS ?(?<a>\d{4}) ?to ?(?<b>HS ?\d{4}|SITC ?\d|BEC)[ A-Za-z]*(\.xlsx|\.csv)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TableName();
}
