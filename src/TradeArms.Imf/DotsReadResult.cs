using TradeArms.Matrix;
using TradeArms.Trade;

namespace TradeArms.Imf;

/// <summary>What <see cref="DotsWorkbookReader"/> loaded, and what it noticed on the way.</summary>
/// <param name="Matrix">Every reporter's exports (FOB) and imports (CIF) by partner and year, US$ million, built from <see cref="Data"/>.</param>
/// <param name="Workbooks">The number of workbooks read.</param>
/// <param name="DuplicateRowsSkipped">Partner rows skipped because they repeat an identical row of the same partner
/// (the IMF portal's export repeats the first partner in row 8 of most sheets).</param>
/// <param name="DuplicateValuesSkipped">The values in those skipped rows.</param>
/// <param name="DuplicateWorkbooks">Workbooks skipped because an earlier workbook of the same reporter holds exactly the
/// same values (the 2022-02 download has Nicaragua twice, DOTS_143 and DOTS_144).</param>
/// <param name="DuplicateWorkbookValuesSkipped">The values in those skipped workbooks.</param>
/// <param name="SelfPartnerRowsSkipped">Rows whose partner is the reporter itself: the aggregates report their internal
/// trade (<c>World</c> to <c>World</c> is world trade, <c>Euro Area</c> to <c>Euro Area</c> intra-euro-area trade),
/// which is not a bilateral pair; skipped and counted.</param>
/// <param name="SelfPartnerValuesSkipped">The values in those rows.</param>
/// <param name="EstimatedValues">Values the IMF marks as estimates (written <c>1,032.13 e</c>); kept, and flagged in
/// <see cref="BilateralTradeMatrix.IsEstimated"/>.</param>
public sealed record DotsReadResult(BilateralTradeMatrix Matrix, int Workbooks, int DuplicateRowsSkipped, long DuplicateValuesSkipped,
    IReadOnlyList<string> DuplicateWorkbooks, long DuplicateWorkbookValuesSkipped, int SelfPartnerRowsSkipped, long SelfPartnerValuesSkipped,
    long EstimatedValues)
{
    /// <summary>
    /// The figures as read, in the one DOTS model (<see cref="DirectionOfTrade"/>, the model the DOTS CSV reader
    /// produces too); <see cref="Matrix"/> is built from them.
    /// </summary>
    public required DirectionOfTrade Data { get; init; }

    /// <summary>
    /// The IMF names the code model (<see cref="Economies.EconomyRegistry"/>) does not map, aggregates aside, with the
    /// number of figures that carry each: kept under the IMF's name, never dropped.
    /// </summary>
    public required IReadOnlyList<UnmappedDotsName> UnmappedNames { get; init; }
}
