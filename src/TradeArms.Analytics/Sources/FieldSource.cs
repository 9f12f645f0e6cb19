using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Sources;

/// <summary>
/// The named fields of one record of a trade file (a CSV line or a JSON object), with the position of each field for
/// messages, and typed accessors that fail with <c>file:line:column: expected ..., found '...'</c>.
/// </summary>
internal abstract class FieldSource
{
    protected FieldSource(string source) => Source = source;

    public string Source { get; }

    /// <summary>The line the record starts on.</summary>
    public abstract int Line { get; }

    /// <summary>The raw text of a field; null when the record has no such field or the value is JSON null.</summary>
    public abstract string? Raw(string name);

    /// <summary>The line and column of a field (for JSON: of its value).</summary>
    public abstract (int Line, int Column) Position(string name);

    /// <summary>What the format calls a named field in messages: <c>column</c> (CSV) or <c>field</c> (JSON).</summary>
    protected virtual string Noun => "column";

    public DataFormatException Error(string name, string expected, string? found)
    {
        var (line, column) = Position(name);
        return new DataFormatException(Source, line, column, expected.Replace(" in column '", $" in {Noun} '", StringComparison.Ordinal), found);
    }

    /// <summary>A field that must be present and non-empty.</summary>
    public string Text(string name, string what)
    {
        var raw = Raw(name)?.Trim();
        return raw is { Length: > 0 } ? raw : throw Error(name, $"{what} in column '{name}'", null);
    }

    /// <summary>A field that may be empty: null then.</summary>
    public string? OptionalText(string name) => Raw(name)?.Trim() is { Length: > 0 } t ? t : null;

    public int Int(string name, string what)
    {
        var text = Text(name, what);
        // Comtrade's JSON and pandas-saved CSVs write whole numbers as 2010.0.
        var digits = text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;
        return int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
            : throw Error(name, $"{what} (a whole number) in column '{name}'", text);
    }

    /// <summary>What a source writes for a missing number (besides nothing).</summary>
    public static readonly string[] MissingMarkers = ["NA", "N/A"];

    /// <summary>True when the bytes of a field are one of <see cref="MissingMarkers"/> (for the fast readers).</summary>
    public static bool IsMissingMarker(ReadOnlySpan<byte> field)
    {
        foreach (var marker in MissingMarkers)
        {
            if (field.Length == marker.Length && System.Text.Ascii.Equals(field, marker))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A number, or null when the field is empty or missing (missing stays missing, never zero).</summary>
    public decimal? Number(string name, string what)
    {
        var text = OptionalText(name);
        if (text is null || MissingMarkers.Contains(text))
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d))
        {
            // Money.MaxAmount bounds every value and quantity, so no sum of them overflows (decimal.MaxValue parses).
            return Math.Abs(d) <= Money.MaxAmount ? d
                : throw Error(name, string.Create(CultureInfo.InvariantCulture, $"{what} of at most {Money.MaxAmount:0} in magnitude in column '{name}'"), text);
        }
        throw Error(name, $"{what} (a number such as 1234.5, or nothing when missing) in column '{name}'", text);
    }

    /// <summary>A non-negative number, or null.</summary>
    public decimal? NonNegative(string name, string what)
    {
        var value = Number(name, what);
        return value < 0 ? throw Error(name, $"{what} of zero or more in column '{name}'", Raw(name)?.Trim()) : value;
    }

    /// <summary>A product code in the classification vintage of another column (Comtrade's H0..H6, S1..S4).</summary>
    public Products.ProductCode Product(string classificationColumn, string codeColumn, string codeNoun)
    {
        var classificationText = Text(classificationColumn, "a classification");
        if (!Products.Classification.TryParse(classificationText, out var classification))
        {
            throw Error(classificationColumn, $"a classification H0..H6 or S1..S4 in column '{classificationColumn}'", classificationText);
        }
        var code = Text(codeColumn, codeNoun);
        try
        {
            return Products.ProductCode.Parse(code, classification);
        }
        catch (FormatException)
        {
            throw Error(codeColumn, $"{codeNoun} of digits or TOTAL in column '{codeColumn}'", code);
        }
    }

    public bool? Bool(string name)
    {
        var text = OptionalText(name);
        return text switch
        {
            null => null,
            _ when text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1" => true,
            _ when text.Equals("false", StringComparison.OrdinalIgnoreCase) || text == "0" => false,
            _ => throw Error(name, $"true or false in column '{name}'", text),
        };
    }
}

/// <summary>A CSV record whose fields are named by the header line.</summary>
internal sealed class CsvFields : FieldSource
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private CsvLine _line = null!;

    public CsvFields(string source, IReadOnlyDictionary<string, int> columns) : base(source) => _columns = columns;

    public CsvFields At(CsvLine line)
    {
        _line = line;
        return this;
    }

    public override int Line => _line.Number;

    public override string? Raw(string name) => _columns.TryGetValue(name, out var i) && i < _line.Fields.Count ? _line.Fields[i] : null;

    public override (int Line, int Column) Position(string name) => (_line.Number, _columns.TryGetValue(name, out var i) ? i + 1 : 0);

    /// <summary>The column to name for a line of the wrong width: the first missing field, or the first extra one.</summary>
    public static int WidthColumn(int count, int width) => count < width ? count + 1 : width + 1;

    /// <summary>The header's columns by name; an error at line 1 naming the first required column that is missing.</summary>
    public static Dictionary<string, int> Columns(string source, CsvLine header, IEnumerable<string> required, string layout)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF');
            if (name.Length > 0 && !columns.TryAdd(name, i))
            {
                throw new DataFormatException(source, header.Number, i + 1, $"each column name once in the {layout} header", name);
            }
        }
        foreach (var name in required)
        {
            if (!columns.ContainsKey(name))
            {
                throw new DataFormatException(source, header.Number, 0, $"a column '{name}' in the {layout} header", header.Text);
            }
        }
        return columns;
    }
}
