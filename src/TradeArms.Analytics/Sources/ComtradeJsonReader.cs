using System.Text;
using System.Text.Json;
using TradeArms.Economies;
using TradeArms.Text;

namespace TradeArms.Sources;

/// <summary>
/// Reads a UN Comtrade Plus (API v1) JSON response (<c>elapsedTime, count, data[...], error</c>) whose records carry
/// the same 47 fields as the CSV export; JSON null is a missing value. Errors name the line and column of the value.
/// </summary>
public static class ComtradeJsonReader
{
    /// <summary>Reads a Comtrade Plus JSON response.</summary>
    /// <exception cref="DataFormatException">Not a Comtrade response, an API error, or a malformed field.</exception>
    public static TradeDataset Read(string path, TradeReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new TradeReadOptions();
        var bytes = Encoding.UTF8.GetBytes(TextSource.ReadAllText(path).TrimStart('\uFEFF'));
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
        (int, int) Position(long offset)
        {
            var line = lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, (int)offset - lineStarts[line] + 1);
        }
        var mapper = new EconomyMapper(options.Economies, EconomyCodeSystem.Comtrade);
        var records = new List<TradeRecord>();
        long? count = null;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, reader.TokenType, reader.TokenStartIndex, "a JSON object (the Comtrade API response)");
            var sawData = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                var at = Position(reader.TokenStartIndex);
                reader.Read();
                switch (name)
                {
                    case "data":
                        Expect(reader.TokenType == JsonTokenType.StartArray, reader.TokenType, reader.TokenStartIndex, "an array after \"data\"");
                        sawData = true;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            Expect(reader.TokenType == JsonTokenType.StartObject, reader.TokenType, reader.TokenStartIndex, "a record object in \"data\"");
                            var record = new JsonFields(path, Position(reader.TokenStartIndex).Item1);
                            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                            {
                                var field = reader.GetString()!;
                                reader.Read();
                                var position = Position(reader.TokenStartIndex);
                                string? value = reader.TokenType switch
                                {
                                    JsonTokenType.String => reader.GetString(),
                                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                                    JsonTokenType.True => "true",
                                    JsonTokenType.False => "false",
                                    JsonTokenType.Null => null,
                                    _ => throw new DataFormatException(path, position.Item1, position.Item2, $"a string, number, true, false or null as the value of \"{field}\"", reader.TokenType.ToString()),
                                };
                                record.Add(field, value, position);
                            }
                            var missing = ComtradePlusFields.Required.FirstOrDefault(r => !record.Has(r));
                            if (missing is not null)
                            {
                                throw new DataFormatException(path, record.Line, 0, $"a Comtrade Plus data record with \"{missing}\" (this is not a /data/v1/get response)", null);
                            }
                            records.Add(ComtradePlusFields.Read(record, mapper));
                        }
                        break;
                    case "count":
                        count = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var c) ? c
                            : throw new DataFormatException(path, at.Item1, at.Item2, "a whole number after \"count\"", reader.TokenType.ToString());
                        break;
                    case "error":
                        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } error)
                        {
                            throw new DataFormatException(path, at.Item1, at.Item2, "a response without an API error", error);
                        }
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
            if (!sawData)
            {
                throw new DataFormatException(path, 0, 0, "a Comtrade API response with a \"data\" array", null);
            }
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "valid JSON", e.Message.Split(". ")[0]);
        }
        if (count is { } n && n != records.Count)
        {
            throw new DataFormatException(path, 0, 0, $"as many records as \"count\" says ({n})", $"{records.Count} records (a cut response?)");
        }
        return new TradeDataset(TradeFileFormat.ComtradePlusJson, new DataSource(ComtradeCsvReader.Citation, "Comtrade Plus (API v1) JSON", null, path), records, mapper.Unmapped());

        void Expect(bool condition, JsonTokenType found, long offset, string expected)
        {
            if (!condition)
            {
                var (l, col) = Position(offset);
                throw new DataFormatException(path, l, col, expected, found.ToString());
            }
        }
    }

    private sealed class JsonFields(string source, int line) : FieldSource(source)
    {
        private readonly Dictionary<string, (string? Value, (int, int) Position)> _fields = new(StringComparer.Ordinal);

        public override int Line { get; } = line;

        protected override string Noun => "field";

        public void Add(string name, string? value, (int, int) position) => _fields[name] = (value, position);

        public bool Has(string name) => _fields.ContainsKey(name);

        public override string? Raw(string name) => _fields.TryGetValue(name, out var f) ? f.Value : null;

        public override (int Line, int Column) Position(string name) => _fields.TryGetValue(name, out var f) ? f.Position : (Line, 0);
    }
}
