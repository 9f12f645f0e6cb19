using static TradeArms.Columnar.Format.ParquetCodes;

namespace TradeArms.Columnar.Format;

/// <summary>The footer of the file (FileMetaData) in the Thrift compact protocol.</summary>
internal static class ParquetFooter
{
    private const string CreatedBy = "TradeArms.Columnar";

    /// <summary>The FileMetaData: schema, row groups with their column chunks and statistics, key-value metadata, column orders.</summary>
    public static void Write(ThriftCompactWriter t, IReadOnlyList<ParquetColumn> columns, long rowCount, List<(long Offset, GroupInfo Group)> groups,
        IReadOnlyDictionary<string, string> keyValues, bool snappy)
    {
        t.BeginStruct();
        t.I32Field(1, 1);
        t.ListField(2, ThriftCompactWriter.Struct, columns.Count + 1);
        t.BeginStruct();
        t.StringField(4, "schema");
        t.I32Field(5, columns.Count);
        t.EndStruct();
        foreach (var column in columns)
        {
            t.BeginStruct();
            t.I32Field(1, column.Type);
            t.I32Field(3, column.Optional ? 1 : 0);
            t.StringField(4, column.Name);
            if (column.Type == TypeByteArray)
            {
                t.I32Field(6, 0); // converted type UTF8
                t.BeginStructField(10); // logical type: STRING
                t.BeginStructField(1);
                t.EndStruct();
                t.EndStruct();
            }
            t.EndStruct();
        }
        t.I64Field(3, rowCount);
        t.ListField(4, ThriftCompactWriter.Struct, groups.Count);
        foreach (var (offset, group) in groups)
        {
            t.BeginStruct();
            t.ListField(1, ThriftCompactWriter.Struct, group.Chunks.Length);
            for (var c = 0; c < group.Chunks.Length; c++)
            {
                var chunk = group.Chunks[c];
                var start = offset + (chunk.DictionaryOffset ?? chunk.DataOffset);
                t.BeginStruct();
                t.I64Field(2, start);
                t.BeginStructField(3);
                t.I32Field(1, columns[c].Type);
                t.ListField(2, ThriftCompactWriter.I32, chunk.Encodings.Length);
                foreach (var e in chunk.Encodings)
                {
                    t.I32Value(e);
                }
                t.ListField(3, ThriftCompactWriter.Binary, 1);
                t.StringValue(columns[c].Name);
                t.I32Field(4, snappy ? 1 : 0);
                t.I64Field(5, chunk.Values);
                t.I64Field(6, chunk.UncompressedSize);
                t.I64Field(7, chunk.CompressedSize);
                t.I64Field(9, offset + chunk.DataOffset);
                if (chunk.DictionaryOffset is { } d)
                {
                    t.I64Field(11, offset + d);
                }
                t.BeginStructField(12);
                if (chunk.Numeric && chunk.Min is not null && chunk.Max is not null)
                {
                    t.BinaryField(1, chunk.Max);
                    t.BinaryField(2, chunk.Min);
                }
                t.I64Field(3, chunk.NullCount);
                if (chunk.Min is not null && chunk.Max is not null)
                {
                    t.BinaryField(5, chunk.Max);
                    t.BinaryField(6, chunk.Min);
                }
                t.EndStruct();
                t.EndStruct();
                t.EndStruct();
            }
            t.I64Field(2, group.Chunks.Sum(c => c.UncompressedSize));
            t.I64Field(3, group.Rows);
            t.I64Field(5, offset + (group.Chunks[0].DictionaryOffset ?? group.Chunks[0].DataOffset));
            t.I64Field(6, group.Chunks.Sum(c => c.CompressedSize));
            t.EndStruct();
        }
        var metadata = keyValues.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        t.ListField(5, ThriftCompactWriter.Struct, metadata.Count);
        foreach (var (key, value) in metadata)
        {
            t.BeginStruct();
            t.StringField(1, key);
            t.StringField(2, value);
            t.EndStruct();
        }
        t.StringField(6, CreatedBy);
        t.ListField(7, ThriftCompactWriter.Struct, columns.Count);
        foreach (var _ in columns)
        {
            t.BeginStruct();
            t.BeginStructField(1); // TYPE_ORDER
            t.EndStruct();
            t.EndStruct();
        }
        t.EndStruct();
    }
}
