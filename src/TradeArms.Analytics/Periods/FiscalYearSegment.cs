using System.Globalization;

namespace TradeArms;

/// <summary>
/// One stretch of a country's fiscal-year history: the fiscal years labelled <see cref="FirstYear"/> to
/// <see cref="LastYear"/> start in <see cref="StartMonth"/> of their labelled year and last <see cref="Months"/> months
/// (12, or the length of a transitional year such as Pakistan's April 1958 - June 1959).
/// </summary>
/// <param name="FirstYear">The first fiscal year (by start year) of the stretch; null for "until ...".</param>
/// <param name="LastYear">The last fiscal year of the stretch; null for "from ... on".</param>
/// <param name="StartMonth">The month (1-12) in which each fiscal year starts.</param>
/// <param name="Months">The length of each fiscal year in months.</param>
public sealed record FiscalYearSegment(int? FirstYear, int? LastYear, int StartMonth, int Months)
{
    /// <summary>Does the stretch hold the fiscal year labelled <paramref name="year"/>?</summary>
    public bool Contains(int year) => (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);

    /// <summary>For example <c>1958: Apr 1958-Jun 1959 (15 months)</c> or <c>from 1959: Jul-Jun</c>.</summary>
    public override string ToString()
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        var endMonth = (StartMonth + Months - 2) % 12 + 1;
        var span = $"{names.GetAbbreviatedMonthName(StartMonth)}-{names.GetAbbreviatedMonthName(endMonth)}";
        var months = Months == 12 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({Months} months)");
        return (FirstYear, LastYear) switch
        {
            (null, null) => span + months,
            (null, { } l) => string.Create(CultureInfo.InvariantCulture, $"until {l}: {span}{months}"),
            ({ } f, null) => string.Create(CultureInfo.InvariantCulture, $"from {f}: {span}{months}"),
            ({ } f, { } l) when f == l => string.Create(CultureInfo.InvariantCulture, $"{f}: {span}{months}"),
            ({ } f, { } l) => string.Create(CultureInfo.InvariantCulture, $"{f}-{l}: {span}{months}"),
        };
    }
}
