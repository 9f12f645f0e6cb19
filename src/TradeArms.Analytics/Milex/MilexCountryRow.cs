namespace TradeArms.Milex;

/// <summary>One country's row of a milex sheet, with the columns SIPRI prints before the years.</summary>
/// <param name="Country">The country as SIPRI names it (<c>Pakistan</c>, <c>Türkiye</c>, <c>Yemen, North</c>).</param>
/// <param name="Region">The region heading above the row (<c>Asia &amp; Oceania</c>).</param>
/// <param name="Subregion">The subregion heading above the row (<c>South Asia</c>), or null.</param>
/// <param name="Row">The 1-based worksheet row.</param>
/// <param name="Notes">The notes column as published (<c>§4</c>, <c>‡§¶16</c>); empty when blank.</param>
/// <param name="Currency">The currency column of the local-currency sheets (<c>Rupees</c>), trimmed; null elsewhere.</param>
/// <param name="FiscalYearText">The fiscal-year column of the financial-year sheet as published (empty = January-December); null elsewhere.</param>
/// <param name="ReportingYear">The "Reporting year" column of the government-spending sheet as published; null elsewhere.</param>
/// <param name="Values">The cell of every year of the sheet, in year order.</param>
public sealed record MilexCountryRow(
    string Country,
    string Region,
    string? Subregion,
    int Row,
    string Notes,
    string? Currency,
    string? FiscalYearText,
    string? ReportingYear,
    IReadOnlyDictionary<int, MilexValue> Values);
