namespace TradeArms.Catalogue;

/// <summary>
/// A chart of the catalogue needs deliveries the data do not hold (e.g. India's imports, when the data folder has
/// no table for India). The message says which chart and what to add; it is the user's data, not a defect.
/// </summary>
public sealed class ChartDataMissingException : DataCoverageException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="chartId">The chart's id.</param>
    /// <param name="actor">The recipient or supplier the chart needs.</param>
    /// <param name="asRecipient">True when deliveries to the actor are needed, false when deliveries by it.</param>
    public ChartDataMissingException(string chartId, string actor, bool asRecipient)
        : base($"Chart '{chartId}' needs {(asRecipient ? "deliveries to" : "deliveries by")} {actor}, but the data hold none. Add SIPRI's table for {actor} to the data folder, or pick other charts.")
    {
        ChartId = chartId;
        Actor = actor;
    }

    /// <summary>The id of the chart that cannot be drawn.</summary>
    public string ChartId { get; }

    /// <summary>The name of the recipient or supplier the data lack.</summary>
    public string Actor { get; }
}
