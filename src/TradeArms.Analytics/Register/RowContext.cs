using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Register;

/// <summary>Cell readers shared by both register formats: each names the file, line and field of a bad cell.</summary>
internal sealed class RowContext(string source, DataSource dataSource, RegisterReadOptions options, List<string> notes)
{
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);

    public string Source { get; } = source;

    public DataSource DataSource { get; } = dataSource;

    public string Location(CsvLine row) => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(Source)}:{row.Number}");

    public Actor Actor(CsvLine row, int column, string role)
    {
        var name = row[column].Trim();
        if (_actors.TryGetValue(name, out var known))
        {
            return known;
        }
        if (name.Length == 0)
        {
            throw new DataFormatException(Source, row.Number, column + 1, "a " + role + " name", row[column]);
        }
        NameRule.Require(name, role, Source, row.Number, column + 1);
        var actor = ActorCatalog.Default.Resolve(name, options.UnknownActors);
        if (actor is null)
        {
            var suggestions = ActorCatalog.Default.Suggest(name);
            throw new DataFormatException(Source, row.Number, column + 1,
                $"a known {role}{(suggestions.Count > 0 ? " (closest: " + string.Join(", ", suggestions) + ")" : "")}; or read with UnknownActors = Infer", name);
        }
        if (!actor.IsCatalogued)
        {
            notes.Add($"'{actor.Name}' is not in the actor catalogue; read as {actor.Kind} ({Path.GetFileName(Source)}:{row.Number.ToString(CultureInfo.InvariantCulture)}).");
        }
        _actors[name] = actor;
        return actor;
    }

    public CalendarYear Year(CsvLine row, int column, string expected)
    {
        var t = row[column].Trim();
        return CalendarYear.TryParse(t, out var year) ? year
            : throw new DataFormatException(Source, row.Number, column + 1,
                CalendarYear.IsOutOfRange(t) ? expected + ", " + CalendarYear.RangeDescription : expected, row[column]);
    }

    /// <summary>SIPRI's uncertainty column of the full register: <c>?</c> or empty.</summary>
    public bool QuestionFlag(CsvLine row, int column) => row[column].Trim() switch
    {
        "" => false,
        "?" => true,
        _ => throw new DataFormatException(Source, row.Number, column + 1, "'?' (uncertain) or an empty cell", row[column]),
    };

    /// <summary>The Yes/No columns of the by-delivery-year export; null for an empty cell.</summary>
    public bool? YesNo(CsvLine row, int column) => row[column].Trim() switch
    {
        "" => null,
        var t when t.Equals("Yes", StringComparison.OrdinalIgnoreCase) => true,
        var t when t.Equals("No", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw new DataFormatException(Source, row.Number, column + 1, "'Yes' or 'No'", row[column]),
    };

    public int? Count(CsvLine row, int column, bool allowEmpty)
    {
        var t = row[column].Trim();
        if (t.Length == 0 && allowEmpty)
        {
            return null;
        }
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : throw new DataFormatException(Source, row.Number, column + 1,
                allowEmpty ? "a number of weapons (digits) or an empty cell" : "a number of weapons (digits)", row[column]);
    }

    public int Id(CsvLine row, int column) =>
        int.TryParse(row[column].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new DataFormatException(Source, row.Number, column + 1, "a SIPRI deal id (digits)", row[column]);

    public string Text(CsvLine row, int column, string expected) =>
        row[column].Trim().Length > 0 ? row[column] : throw new DataFormatException(Source, row.Number, column + 1, expected, row[column]);

    public DeliveryYears Years(CsvLine row, int column) =>
        DeliveryYears.TryParse(row[column], out var years, out _) ? years
            : throw new DataFormatException(Source, row.Number, column + 1, "delivery years such as '1979; 1980' (or an empty cell)" + (System.Text.RegularExpressions.Regex.Matches(row[column], @"\d{4}").Any(m => CalendarYear.IsOutOfRange(m.Value)) ? ", each " + CalendarYear.RangeDescription : ""), row[column]);

    public DealStatus Status(CsvLine row, int column) =>
        row[column].Trim().Length > 0 ? DealStatus.Parse(row[column])
            : throw new DataFormatException(Source, row.Number, column + 1, "a status such as 'New' or 'Second hand'", row[column]);

    /// <summary>A TIV cell that may be empty (not available): null, <c>0</c> (printed zero), or a value.</summary>
    public Tiv? TivOrNull(CsvLine row, int column) => row[column].Trim().Length == 0 ? null : Tiv(row, column);

    /// <summary>A TIV cell: empty is <see cref="TradeArms.Tiv.NoDeliveries"/>, <c>0</c> is <see cref="TradeArms.Tiv.BelowHalf"/>.</summary>
    public Tiv Tiv(CsvLine row, int column)
    {
        var t = row[column].Trim();
        if (t.Length == 0)
        {
            return TradeArms.Tiv.NoDeliveries;
        }
        if (t.All(c => char.IsAsciiDigit(c) || c == '.') && double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value == 0 ? TradeArms.Tiv.BelowHalf
                : value <= TradeArms.Tiv.MaxMillions ? TradeArms.Tiv.FromMillions(value)
                : throw new DataFormatException(Source, row.Number, column + 1, "a TIV in millions of at most 1000000000", row[column]);
        }
        throw new DataFormatException(Source, row.Number, column + 1, "a TIV in millions such as 4.5 (or an empty cell)", row[column]);
    }
}
