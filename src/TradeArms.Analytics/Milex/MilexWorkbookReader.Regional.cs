using System.Globalization;
using System.Text.RegularExpressions;
using TradeArms.Text;

namespace TradeArms.Milex;

// The 'Regional totals' sheet.
public static partial class MilexWorkbookReader
{
    private static MilexRegionalTotals Regional(XlsxPackage package, Front front)
    {
        var where = $"{package.Source} [{RegionalSheet}]";
        var cells = package.ReadSheet(RegionalSheet);
        var rows = cells.GroupBy(c => c.Row).OrderBy(g => g.Key).Select(g => g.OrderBy(c => c.Column).ToList()).ToList();
        var header = rows.FindIndex(r => r[0].Column == 1 && r[0].Text == "Region");
        if (header < 0)
        {
            throw new DataFormatException(where, 0, 0, "a header row starting 'Region' in column A", null);
        }
        var notes = rows.Take(header).Select(r => string.Join(" ", r.Select(c => c.Text))).ToList();
        var unitLine = rows.Take(header).Select(r => r[0]).FirstOrDefault(c => c.Text.StartsWith("Figures are in US$ b.", StringComparison.Ordinal));
        var constant = unitLine.Text is null ? Match.Empty : RegionalUnitPattern().Match(unitLine.Text);
        if (!constant.Success)
        {
            throw new DataFormatException(where, unitLine.Text is null ? 2 : unitLine.Row, 1, "'Figures are in US$ b., at constant <year> prices and exchange rates'", unitLine.Text);
        }
        if (Year(constant.Groups["year"].Value) != front.BaseYear)
        {
            throw new DataFormatException(where, unitLine.Row, 1, string.Create(CultureInfo.InvariantCulture, $"US$ b. at constant {front.BaseYear} prices, the base year the front page states"), unitLine.Text);
        }
        var (years, firstYearColumn) = HeaderColumns(rows[header], [], where, "Region");
        var lastYearColumn = firstYearColumn + years.Count - 1;
        var currentColumn = lastYearColumn + 1;
        var headerCells = rows[header].ToDictionary(c => c.Column);
        var currentTitle = string.Create(CultureInfo.InvariantCulture, $"{years.Last} (current prices)");
        if (!headerCells.TryGetValue(currentColumn, out var cur) || cur.Text != currentTitle)
        {
            throw new DataFormatException(where, rows[header][0].Row, currentColumn, $"the header '{currentTitle}'", headerCells.GetValueOrDefault(currentColumn).Text);
        }
        var omitted = headerCells.Values.FirstOrDefault(c => c.Text == "Omitted countries");
        var result = new List<MilexRegionRow>();
        foreach (var row in rows.Skip(header + 1))
        {
            var rowNumber = row[0].Row;
            if (row[0].Column != 1 || row[0].Text.Length == 0)
            {
                throw new DataFormatException(where, rowNumber, row[0].Column, "a region name in column A", row[0].Text);
            }
            var label = row[0].Text.Trim();
            var level = label == "World" ? 0 : Regions.Contains(label) ? 1 : Subregions.Contains(label) ? 2
                : throw new DataFormatException(where, rowNumber, 1, "World, a SIPRI region or a subregion", label);
            var byColumn = row.ToDictionary(c => c.Column);
            var values = new SortedDictionary<int, MilexValue>();
            for (var column = firstYearColumn; column <= lastYearColumn; column++)
            {
                var year = years.First.Year + column - firstYearColumn;
                values[year] = Figure(package, byColumn.GetValueOrDefault(column), where, rowNumber, column, year, (double)Money.MaxAmount);
            }
            var last = Figure(package, byColumn.GetValueOrDefault(currentColumn), where, rowNumber, currentColumn, years.Last.Year, (double)Money.MaxAmount);
            var omittedText = omitted.Text is null ? "" : byColumn.GetValueOrDefault(omitted.Column).Text?.Trim() ?? "";
            result.Add(new MilexRegionRow(label, level, values, last, omittedText));
        }
        var unit = new MoneyUnit("USD", MoneyScale.Billions, PriceBasis.Constant(front.BaseYear));
        return new MilexRegionalTotals(notes, unit, new MoneyUnit("USD", MoneyScale.Billions), years, result, cells.Count);
    }
}
