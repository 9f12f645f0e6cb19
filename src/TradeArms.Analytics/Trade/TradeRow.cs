namespace TradeArms;

/// <summary>
/// One period of a <see cref="BilateralTradeTable"/>, reporter's view: exports to and imports from the partner, and
/// the total and balance <em>as the source printed them</em> (null when it printed none). The computed total and
/// balance are derived; published figures are never overwritten.
/// </summary>
public sealed record TradeRow
{
    /// <summary>Creates a row. All amounts must be in one unit.</summary>
    /// <exception cref="UnitMismatchException">The amounts are in different units.</exception>
    public TradeRow(Period period, Money? exports, Money? imports, Money? publishedTotal = null, Money? publishedBalance = null, int? sourceLine = null)
    {
        MoneyUnit? unit = null;
        foreach (var value in new[] { exports, imports, publishedTotal, publishedBalance })
        {
            if (value is { } v)
            {
                if (unit is { } u && u != v.Unit)
                {
                    throw new UnitMismatchException($"The figures of {period} are in different units ({u} and {v.Unit}).");
                }
                unit = v.Unit;
            }
        }
        Period = period;
        Exports = exports;
        Imports = imports;
        PublishedTotal = publishedTotal;
        PublishedBalance = publishedBalance;
        SourceLine = sourceLine;
    }

    /// <summary>The reporting period (a calendar or fiscal year).</summary>
    public Period Period { get; }

    /// <summary>The reporter's exports to the partner; null when missing.</summary>
    public Money? Exports { get; }

    /// <summary>The reporter's imports from the partner; null when missing.</summary>
    public Money? Imports { get; }

    /// <summary>The total as published; null when the source printed none.</summary>
    public Money? PublishedTotal { get; }

    /// <summary>The balance as published; null when the source printed none.</summary>
    public Money? PublishedBalance { get; }

    /// <summary>The 1-based line of the source file this row came from, if it came from a file.</summary>
    public int? SourceLine { get; }

    /// <summary>Exports + imports; null when either is missing.</summary>
    public Money? Total => Exports is { } x && Imports is { } m ? x + m : null;

    /// <summary>Exports - imports (reporter's view: positive is a surplus); null when either is missing.</summary>
    public Money? Balance => Exports is { } x && Imports is { } m ? x - m : null;

    /// <summary>The published figure of a field.</summary>
    public Money? Published(TradeField field) => field == TradeField.Total ? PublishedTotal : PublishedBalance;

    /// <summary>The computed figure of a field.</summary>
    public Money? Computed(TradeField field) => field == TradeField.Total ? Total : Balance;
}
