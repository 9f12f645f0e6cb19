namespace TradeArms.Matrix;

/// <summary>What a tidy trade file does not say about itself. Immutable; change with <c>with</c>.</summary>
public sealed record TradeMatrixReadOptions
{
    /// <summary>
    /// The unit of the values. Required unless the file has a <c>unit</c> column; when both are given, every row's
    /// unit must be this one.
    /// </summary>
    public MoneyUnit? Unit { get; init; }

    /// <summary>Citation and vintage; by default the file name.</summary>
    public DataSource? Source { get; init; }

    /// <summary>The convention of fiscal-year labels such as <c>2010-11</c>; without it only calendar years are accepted.</summary>
    public FiscalYearConvention? FiscalYearConvention { get; init; }

    /// <summary>The field separator; by default detected from the header (comma, semicolon, tab or pipe).</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Accept a file whose last record does not end in a line break. Off by default (for a file and for a stream; <see cref="TradeMatrixCsvReader.Parse"/> of text is not checked): such a file may have been cut
    /// short (a number cut mid-field would load), so it is an error; set this only for a file known to be complete.
    /// </summary>
    public bool AcceptMissingFinalLineBreak { get; init; }
}
