using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Milex;

// Each data sheet's unit, read from its own title and checked against the front page.
public static partial class MilexWorkbookReader
{
    private static MilexUnit SheetUnit(MilexMeasure measure, string name, string where, List<List<XlsxCell>> lines, Front front)
    {
        var title = lines.Count > 0 ? lines[0][0].Text : null;
        var line2 = lines.Count > 1 ? lines[1][0].Text : "";
        if (title is null || !title.StartsWith("Military expenditure", StringComparison.Ordinal))
        {
            throw new DataFormatException(where, 1, 1, "the sheet title 'Military expenditure ...' in A1", title);
        }
        var span = TitleSpanPattern().Match(title);
        if (!span.Success || Year(span.Groups["last"].Value) != front.Period.Last.Year)
        {
            throw new DataFormatException(where, 1, 1, string.Create(CultureInfo.InvariantCulture, $"a title with a period ending {front.Period.Last} as the front page states"), title);
        }
        if (Year(span.Groups["first"].Value) != front.Period.First.Year)
        {
            var finding = $"The front page states the period {front.Period}; the sheet titles say {span.Groups["first"].Value}-{span.Groups["last"].Value}.";
            if (!front.Findings.Contains(finding))
            {
                front.Findings.Add(finding);
            }
        }
        MilexUnit Require(bool ok, string expected, MilexUnit unit) => ok ? unit : throw new DataFormatException(where, 1, 1, expected, title);
        switch (measure)
        {
            case MilexMeasure.LocalCurrencyFinancialYears or MilexMeasure.LocalCurrencyCalendarYears:
                var fy = measure == MilexMeasure.LocalCurrencyFinancialYears;
                Require(title.Contains("in local currency", StringComparison.Ordinal), "a title 'in local currency'", null!);
                if (!line2.Contains(fy ? "for financial years" : "for calendar years", StringComparison.Ordinal) || !line2.Contains("at current prices", StringComparison.Ordinal))
                {
                    throw new DataFormatException(where, lines[1][0].Row, 1, fy ? "'Figures are in local currency at current prices and are for financial years'" : "'Figures are in local currency at current prices and are for calendar years'", line2);
                }
                return new MilexUnit(fy ? "local currency, current prices, financial years" : "local currency, current prices", null, false);
            case MilexMeasure.ConstantUsDollars:
                var constant = ConstantTitlePattern().Match(title);
                if (!constant.Success)
                {
                    throw new DataFormatException(where, 1, 1, "a title 'in constant (<year>) US$ m.'", title);
                }
                var baseYear = Year(constant.Groups["year"].Value);
                if (baseYear != front.BaseYear)
                {
                    throw new DataFormatException(where, 1, 1, string.Create(CultureInfo.InvariantCulture, $"a title in constant ({front.BaseYear}) US$, the base year the front page states"), title);
                }
                if (name != string.Create(CultureInfo.InvariantCulture, $"Constant ({baseYear}) US$"))
                {
                    throw new DataFormatException(where, 1, 1, $"a base year that agrees with the sheet name '{name}'", title);
                }
                var money = MoneyUnit.ConstantUsDollarMillions(baseYear);
                return new MilexUnit(money.ToString(), money, false);
            case MilexMeasure.CurrentUsDollars:
                return Require(title.Contains("in millions of US$ at current prices", StringComparison.Ordinal), "a title 'in millions of US$ at current prices'",
                    new MilexUnit(MoneyUnit.UsDollarMillions.Description, MoneyUnit.UsDollarMillions, false));
            case MilexMeasure.ShareOfGdp:
                return Require(title.Contains("as percentage of gross domestic product", StringComparison.Ordinal), "a title 'as percentage of gross domestic product'",
                    new MilexUnit("fraction of GDP (0.0705 = 7.05%)", null, true));
            case MilexMeasure.PerCapita:
                Require(title.Contains("per capita", StringComparison.Ordinal), "a title 'per capita'", null!);
                if (line2 != "Figures are in current US$")
                {
                    throw new DataFormatException(where, lines[1][0].Row, 1, "'Figures are in current US$'", line2);
                }
                var perPerson = new MoneyUnit("USD", MoneyScale.Units);
                return new MilexUnit("US$ per person, current prices", perPerson, false);
            default:
                return Require(title.Contains("as percentage of government spending", StringComparison.Ordinal), "a title 'as percentage of government spending'",
                    new MilexUnit("fraction of general government expenditure (0.0763 = 7.63%)", null, true));
        }
    }
}
