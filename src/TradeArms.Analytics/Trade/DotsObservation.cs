namespace TradeArms.Trade;

/// <summary>
/// One IMF DOTS figure: what a reporter reports of its trade with a partner in a calendar year. The one model of a
/// DOTS figure: <see cref="ImfDotsCsv"/> and the workbook reader of <c>TradeArms.Imf</c> both produce it, and the
/// matrix of <c>TradeArms.Matrix</c> is built from it.
/// </summary>
/// <param name="Reporter">The reporting economy.</param>
/// <param name="Partner">The partner economy; <see cref="DotsEconomy.IsWorld"/> for DOTS's aggregate "World" (the reporter's trade with all partners).</param>
/// <param name="Flow">Exports (FOB) or imports (CIF).</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Value">The value, US$ million, as published (DOTS workbooks print a few negative revisions, kept).</param>
/// <param name="Line">The 1-based line of the source file (the row of the workbook sheet).</param>
/// <param name="Estimated">True when the IMF marks the value as an estimate (workbook cells written <c>1,032.13 e</c>).</param>
public readonly record struct DotsObservation(DotsEconomy Reporter, DotsEconomy Partner, DotsFlow Flow, CalendarYear Year, Money Value, int Line, bool Estimated = false);
