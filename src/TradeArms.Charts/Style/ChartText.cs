namespace TradeArms.Charts;

/// <summary>
/// The words on a chart, on the conventions of Our World in Data's grapher: a title, a subtitle (what, where, when,
/// unit), axis labels (the measure goes on the value axis) and a footer with the source, its vintage and any note.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="ValueAxis">The value-axis label, always naming the measure (<c>TIV million</c>, <c>US$ million</c>).</param>
/// <param name="Caption">The footer: source and vintage, then notes, e.g. <c>Source: SIPRI Arms Transfers Database (2022-04-22)</c>. It wraps to the chart's width.</param>
/// <param name="PeriodAxis">The period-axis label (<c>Year</c>, <c>Fiscal year (July-June)</c>).</param>
/// <param name="Subtitle">The subtitle under the title (what, where, when, unit); null for none.</param>
public sealed record ChartText(string Title, string ValueAxis, string Caption, string PeriodAxis = "Year", string? Subtitle = null);
