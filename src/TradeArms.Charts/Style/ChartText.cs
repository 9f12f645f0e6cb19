namespace TradeArms.Charts;

/// <summary>The words on a chart: title, axis labels (the measure goes on the value axis) and the source caption.</summary>
/// <param name="Title">The title.</param>
/// <param name="ValueAxis">The value-axis label, always naming the measure (<c>TIV million</c>, <c>US$ million</c>).</param>
/// <param name="Caption">The source line, e.g. <c>Source: SIPRI Arms Transfers Database (2022-04-22)</c>.</param>
/// <param name="PeriodAxis">The period-axis label (<c>Year</c>, <c>Fiscal year (July-June)</c>).</param>
public sealed record ChartText(string Title, string ValueAxis, string Caption, string PeriodAxis = "Year");
