namespace TradeArms.Text;

/// <summary>One physical record of a delimited text file, split into fields.</summary>
/// <param name="Number">The 1-based line number where the record starts.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Text">The raw text of the record, for error messages.</param>
internal sealed record CsvLine(int Number, IReadOnlyList<string> Fields, string Text)
{
    /// <summary>True when every field is empty (SIPRI pads blank lines with commas).</summary>
    public bool IsBlank => Fields.All(f => f.Length == 0);

    /// <summary>The field at a 0-based index, or empty when the line is shorter.</summary>
    public string this[int index] => index < Fields.Count ? Fields[index] : string.Empty;
}
