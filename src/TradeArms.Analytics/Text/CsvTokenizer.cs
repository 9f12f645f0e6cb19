using System.Text;

namespace TradeArms.Text;

/// <summary>
/// A small RFC 4180 tokenizer for the modest files of this library (SIPRI tables, trade tables):
/// quoted fields with doubled quotes, LF or CRLF line ends. Large matrices use a streaming parser instead.
/// </summary>
internal static class CsvTokenizer
{
    /// <summary>
    /// Reads a comma-separated file into its non-blank records, and refuses a file whose last record does not end in
    /// a line break (a possibly truncated file) unless <paramref name="acceptMissingFinalLineBreak"/> is set.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="acceptMissingFinalLineBreak">Accept a last record without a line break.</param>
    public static List<CsvLine> ReadRecords(string path, bool acceptMissingFinalLineBreak)
    {
        var text = TextSource.ReadAllText(path);
        var lines = Split(text, ',', path).Where(l => !l.IsBlank).ToList();
        if (!acceptMissingFinalLineBreak)
        {
            // After tokenising, so that a cut inside a quoted field is named as such.
            TextSource.RequireFinalLineBreak(text, path, ',');
        }
        return lines;
    }

    /// <summary>Splits decoded text into records.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="source">The source name for error messages.</param>
    public static List<CsvLine> Split(string text, char delimiter, string source)
    {
        var lines = new List<CsvLine>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var lineNumber = 1;
        var recordStartLine = 1;
        var recordStart = 0;
        var i = 0;
        var atFieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                // Quoted field.
                var quoteLine = lineNumber;
                var quoteColumn = fields.Count + 1;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new DataFormatException(source, quoteLine, quoteColumn, "a closing quote for the quoted field", "the end of the file");
                    }
                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n')
                    {
                        lineNumber++;
                    }
                    field.Append(q);
                    i++;
                }
                if (i < text.Length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                {
                    throw new DataFormatException(source, lineNumber, fields.Count + 1, "a delimiter or line end after a closing quote", text[i].ToString());
                }
                atFieldStart = false;
                continue;
            }
            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                var end = i;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                i++;
                lines.Add(new CsvLine(recordStartLine, fields.ToArray(), text[recordStart..end]));
                fields.Clear();
                lineNumber++;
                recordStartLine = lineNumber;
                recordStart = i;
                atFieldStart = true;
                continue;
            }
            field.Append(c);
            atFieldStart = false;
            i++;
        }
        if (recordStart < text.Length)
        {
            fields.Add(field.ToString());
            lines.Add(new CsvLine(recordStartLine, fields.ToArray(), text[recordStart..]));
        }
        return lines;
    }
}
