namespace TradeArms.Catalogue;

/// <summary>One chart of the catalogue: a stable id (used for file names), a title, what data it shows, and its builder.</summary>
/// <param name="Id">The id and file stem, e.g. <c>india-supplier-shares-by-window</c>.</param>
/// <param name="Title">The title, as shown on the chart.</param>
/// <param name="Dataset">What data the chart shows, in words.</param>
/// <param name="Size">The pixel size of the files.</param>
/// <param name="Build">Builds the chart from the data.</param>
/// <param name="SourceOf">The source the chart cites; null for the SIPRI data (datasets starting "SIPRI") or else the trade table.</param>
public sealed record ChartDefinition(string Id, string Title, string Dataset, ChartSize Size, Func<ChartData, ChartFigure> Build, Func<ChartData, DataSource>? SourceOf = null)
{
    /// <summary>The source this chart cites for the given data.</summary>
    public DataSource Source(ChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return SourceOf?.Invoke(data) ?? (Dataset.StartsWith("SIPRI", StringComparison.Ordinal) ? data.Arms.Source : data.Trade.Source);
    }
}
