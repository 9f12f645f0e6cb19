namespace TradeArms.Matrix;

/// <summary>
/// The partner labels of the IMF's Direction of Trade Statistics that are not economies: country groups (World,
/// Advanced Economies, regions, Euro Area, European Union, ...) and residual categories (<c>... not specified</c>,
/// <c>Special Categories</c>). A group sums its members, so ranking it as a partner, or adding it to a reporter's
/// total, double counts; <see cref="BilateralTradeMatrix.TopPartners"/> leaves them out unless asked.
/// </summary>
/// <remarks>
/// Source of the list: the IMF DOTS workbooks of February 2022 (one per reporting economy, IMF data portal). The 15
/// groups are exactly the labels that report a row for themselves there (<c>World</c> to <c>World</c>: a group's
/// internal trade); the residual labels are every partner label ending in <c>not specified</c>, plus
/// <c>Special Categories</c>, <c>Countries &amp; Areas not specified</c> and the <c>Memorandum Items</c> heading.
/// <c>WLD</c>, the ISO-style code for the world in World Bank and UN files, is in the list too. Historical economies (<c>USSR</c>, <c>Yugoslavia</c>, <c>Czechoslovakia</c>, <c>Eastern Germany</c>) are economies,
/// not groups, and are not in the list. Names are compared ignoring case and surrounding spaces.
/// </remarks>
public static class ImfAggregates
{
    /// <summary>The IMF DOTS group and residual labels (February 2022 workbooks): <see cref="Trade.DotsEconomy.AggregateNames"/>.</summary>
    public static IReadOnlySet<string> Names => Trade.DotsEconomy.AggregateNames;

    /// <summary>Is the label an IMF group or residual category rather than an economy (<see cref="Trade.DotsEconomy.IsAggregateName"/>)?</summary>
    public static bool IsAggregate(string label) => Trade.DotsEconomy.IsAggregateName(label);
}
