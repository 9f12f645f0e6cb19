namespace TradeArms.Trade;

/// <summary>
/// What a trade-table file does not say about itself. A file may state these in <c># key: value</c> lines at the top
/// (<c>reporter</c>, <c>partner</c>, <c>unit</c>, <c>fiscal-year-start</c>, <c>source</c>, <c>vintage</c>,
/// <c>title</c>); a value given here overrides the file's.
/// </summary>
public sealed record TradeTableReadOptions
{
    /// <summary>The reporting country (name, alias or ISO code).</summary>
    public string? Reporter { get; init; }

    /// <summary>The partner country (name, alias or ISO code).</summary>
    public string? Partner { get; init; }

    /// <summary>The unit of the figures, e.g. US$ million.</summary>
    public MoneyUnit? Unit { get; init; }

    /// <summary>The fiscal-year convention for labels such as <c>2010-11</c>; required when the file uses them.</summary>
    public FiscalYearConvention? FiscalYearConvention { get; init; }

    /// <summary>The field delimiter; null to detect (tab when the header line has one, else comma).</summary>
    public char? Delimiter { get; init; }

    /// <summary>The citation; defaults to the file's <c># source:</c> line or the file name.</summary>
    public string? Citation { get; init; }

    /// <summary>
    /// Accept a file whose last record does not end in a line break. Off by default: such a file may have been cut
    /// short (a number cut mid-field would load), so it is an error; set this only for a file known to be complete.
    /// </summary>
    public bool AcceptMissingFinalLineBreak { get; init; }
}
