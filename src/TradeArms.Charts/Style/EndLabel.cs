namespace TradeArms.Charts;

/// <summary>A direct label at the right end of a series: its text, the value it points at and its colour.</summary>
/// <param name="Text">The label, usually the series' name.</param>
/// <param name="X">The x coordinate of the series' last point.</param>
/// <param name="Y">The y coordinate of the series' last point (or the middle of a stacked segment).</param>
/// <param name="Color">The series' colour.</param>
internal sealed record EndLabel(string Text, double X, double Y, ScottPlot.Color Color);
