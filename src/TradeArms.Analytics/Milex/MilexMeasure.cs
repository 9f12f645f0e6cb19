namespace TradeArms.Milex;

/// <summary>The country data sheets of SIPRI's military-expenditure workbook, one measure each.</summary>
public enum MilexMeasure
{
    /// <summary>"Local currency financial years": current prices in local currency, by each country's financial year.</summary>
    LocalCurrencyFinancialYears,

    /// <summary>"Local currency calendar years": current prices in local currency, by calendar year.</summary>
    LocalCurrencyCalendarYears,

    /// <summary>"Constant (2023) US$": US$ million at constant prices and exchange rates of the release's base year.</summary>
    ConstantUsDollars,

    /// <summary>"Current US$": US$ million at current prices and exchange rates.</summary>
    CurrentUsDollars,

    /// <summary>"Share of GDP": military expenditure over GDP, a fraction (0.0705 = 7.05%).</summary>
    ShareOfGdp,

    /// <summary>"Per capita": current US$ per person (1988 on).</summary>
    PerCapita,

    /// <summary>"Share of Govt. spending": over general government expenditure, a fraction (1988 on).</summary>
    ShareOfGovernmentSpending,
}
