namespace TradeArms.Text;

/// <summary>What the fast trade readers share: when to hand a file to the reference reader, and a line as the reference sees it.</summary>
internal static class FastPath
{
    /// <summary>
    /// True for the exceptions after which the reference reader reads the file: it names a malformed field, reads an
    /// unusual form, and checks the whole file first (encoding, a missing last line break), in its own order.
    /// </summary>
    public static bool HandsOver(Exception e) =>
        e is FastPathFallback or DataFormatException or IOException or UnauthorizedAccessException or FormatException or OverflowException or ArgumentException;

    /// <summary>True when every field is empty (a blank line, which the reference reader drops).</summary>
    public static bool IsBlank(ReadOnlySpan<Range> ranges, int count)
    {
        if (count < 0)
        {
            return false;
        }
        foreach (var range in ranges[..count])
        {
            if (range.End.Value != range.Start.Value)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The current line as the reference tokeniser gives it, its fields decoded in the file's encoding.</summary>
    public static CsvLine ToCsvLine(ByteLineReader reader, ReadOnlySpan<Range> ranges, int count)
    {
        if (count < 0)
        {
            // More fields than the fast reader splits: the reference tokeniser splits the decoded line.
            var text = reader.Decode(reader.Line);
            var split = CsvTokenizer.Split(text, ',', "line");
            return split.Count == 1 ? new CsvLine(reader.Number, split[0].Fields, text) : throw new FastPathFallback("a line the tokeniser splits in two");
        }
        var line = reader.Line;
        var fields = new string[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = reader.Decode(line[ranges[i]]);
        }
        return new CsvLine(reader.Number, fields, reader.Decode(line));
    }
}
