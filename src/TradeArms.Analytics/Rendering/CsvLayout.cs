namespace TradeArms.Rendering;

/// <summary>How <see cref="CsvRenderer"/> lays out a result.</summary>
public enum CsvLayout
{
    /// <summary>
    /// For a reader: the title and footnotes as leading <c>#</c> comment lines, then a header row in words with units
    /// (<c>TIV (million)</c>, <c>Share (%)</c>).
    /// </summary>
    Annotated,

    /// <summary>
    /// For scripts: a header row of the stable column names (the DataFrame's snake_case names: <c>rank,supplier,partners,tiv,share</c>)
    /// and the rows, nothing else. The command line's <c>--format csv</c>.
    /// </summary>
    Data,
}
