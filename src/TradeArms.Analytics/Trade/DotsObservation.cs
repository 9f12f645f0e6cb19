namespace TradeArms.Trade;

/// <summary>One IMF DOTS figure: what a reporter reports of its trade with a partner in a calendar year.</summary>
/// <param name="Reporter">The reporting country.</param>
/// <param name="Partner">The partner country; null for DOTS's aggregate "World" (the reporter's trade with all partners).</param>
/// <param name="Flow">Exports (FOB) or imports (CIF).</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Value">The value, US$ million.</param>
/// <param name="Line">The 1-based line of the source file.</param>
public readonly record struct DotsObservation(Actor Reporter, Actor? Partner, DotsFlow Flow, CalendarYear Year, Money Value, int Line);
