namespace TradeArms.Milex;

/// <summary>One non-empty cell of a worksheet as the package stores it.</summary>
/// <param name="Row">The 1-based row.</param>
/// <param name="Column">The 1-based column (A = 1).</param>
/// <param name="Text">The cell's text: the shared or inline string, or the stored number as written (<c>2.5459982314358979E-2</c>).</param>
/// <param name="IsNumber">Is it a numeric cell (no type, or type <c>n</c>)?</param>
/// <param name="Style">The index into <c>cellXfs</c> (0 when the cell has no <c>s</c> attribute).</param>
internal readonly record struct XlsxCell(int Row, int Column, string Text, bool IsNumber, int Style)
{
    /// <summary>The A1 reference, e.g. <c>E12</c>.</summary>
    public string Reference => ColumnName(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The letters of a 1-based column number (1 = A, 27 = AA).</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        while (column > 0)
        {
            var m = (column - 1) % 26;
            name = (char)('A' + m) + name;
            column = (column - 1) / 26;
        }
        return name;
    }
}
