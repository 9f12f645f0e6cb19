using System.Globalization;
using TradeArms.Products;
using TradeArms.Sources;
using TradeArms.Text;

namespace TradeArms.Indicators;

/// <summary>
/// Reads a BACI file (<c>t,i,j,k,v,q</c>) straight into <see cref="ProductFlows"/> columns: the bytes are parsed in
/// place (no string per row), economy codes (BACI's numeric codes, kept as written) and HS6 codes (leading zero restored:
/// <c>10121</c> is 010121) are encoded into integers as they appear, and q is not kept. Values are in US$ thousand
/// (<see cref="BaciReader.Unit"/>). A malformed line is an error naming the file, line and column.
/// </summary>
public static class BaciFlowReader
{
    /// <summary>Reads the file.</summary>
    /// <exception cref="DataFormatException">The header is not <c>t,i,j,k,v,q</c> or a line is malformed.</exception>
    /// <exception cref="InvalidOperationException">A cell is given twice.</exception>
    public static ProductFlows Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // The same byte streaming as BaciReader's fast path (ByteLineReader); a last line without a line break is read.
        ByteLineReader reader;
        try
        {
            reader = new ByteLineReader(path, acceptMissingFinalLineBreak: true);
        }
        catch (FastPathFallback e)
        {
            throw new DataFormatException(path, 1, 1, "a plain BACI file (UTF-8 or Windows-1252 text)", e.Message);
        }
        using var file = reader;
        try
        {
            return Read(path, reader);
        }
        catch (FastPathFallback e)
        {
            // What BaciReader would hand to its reference reader is an error here: this reader has no other.
            throw new DataFormatException(path, Math.Max(1, reader.Number), 1, "a plain BACI file (UTF-8 or Windows-1252 text, one line per row, LF or CR LF line ends)", e.Message);
        }
    }

    private static ProductFlows Read(string path, ByteLineReader reader)
    {
        // About 30 bytes a row in BACI's files; the columns are allocated once, pages never written cost no memory.
        var capacity = (int)Math.Min(int.MaxValue / 2, (reader.Length / 20) + 16);
        var builder = new ProductFlowsBuilder(BaciReader.Unit, new DataSource("CEPII BACI (Gaulier and Zignago 2010)", null, null, path), capacity) { Level = ProductLevel.Subheading };
        var economies = new int[1000];
        Array.Fill(economies, -1);
        var products = new Dictionary<int, int>();
        var header = true;
        while (reader.Next())
        {
            var text = reader.Line;
            if (header)
            {
                if (!text.SequenceEqual("t,i,j,k,v,q"u8))
                {
                    throw new DataFormatException(path, reader.Number, 1, "the BACI header t,i,j,k,v,q", System.Text.Encoding.UTF8.GetString(text));
                }
                header = false;
            }
            else if (text.Length > 0)
            {
                Row(text, path, reader.Number, builder, economies, products);
            }
        }
        if (header)
        {
            throw new DataFormatException(path, 1, 1, "the BACI header t,i,j,k,v,q", "an empty file");
        }
        builder.Note("BACI's numeric economy codes are kept as written (map them with BaciCodeTables); q (tonnes) is not used.");
        return builder.Build();
    }

    private static void Row(ReadOnlySpan<byte> text, string path, int line, ProductFlowsBuilder builder, int[] economies, Dictionary<int, int> products)
    {
        var column = 1;
        var t = Integer(ref text, path, line, ref column, "a year (t)");
        var i = Integer(ref text, path, line, ref column, "an exporter code (i)");
        var j = Integer(ref text, path, line, ref column, "an importer code (j)");
        var k = Integer(ref text, path, line, ref column, "an HS6 code (k)");
        var comma = text.IndexOf((byte)',');
        var field = (comma < 0 ? text : text[..comma]).Trim((byte)' ');
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < 0)
        {
            throw new DataFormatException(path, line, column, "a non-negative value (v)", System.Text.Encoding.UTF8.GetString(field));
        }
        if (i == j)
        {
            throw new DataFormatException(path, line, 1, "an exporter other than the importer", string.Create(CultureInfo.InvariantCulture, $"{i} to {j}"));
        }
        if (t is < 1800 or > 2200)
        {
            throw new DataFormatException(path, line, 1, "a year 1800-2200 (t)", t.ToString(CultureInfo.InvariantCulture));
        }
        if (!products.TryGetValue(k, out var product))
        {
            product = builder.ProductId(k.ToString("000000", CultureInfo.InvariantCulture));
            products.Add(k, product);
        }
        builder.Add(t, Economy(i, builder, economies), Economy(j, builder, economies), product, v);
    }

    private static ushort Economy(int code, ProductFlowsBuilder builder, int[] economies)
    {
        if (code < economies.Length)
        {
            if (economies[code] < 0)
            {
                economies[code] = builder.EconomyId(code.ToString(CultureInfo.InvariantCulture), aggregate: false);
            }
            return (ushort)economies[code];
        }
        return builder.EconomyId(code.ToString(CultureInfo.InvariantCulture), aggregate: false);
    }

    private static int Integer(ref ReadOnlySpan<byte> text, string path, int line, ref int column, string expected)
    {
        var comma = text.IndexOf((byte)',');
        var field = comma < 0 ? text : text[..comma];
        var trimmed = field.Trim((byte)' ');
        var value = 0;
        if (trimmed.Length is 0 or > 9)
        {
            throw new DataFormatException(path, line, column, expected, System.Text.Encoding.UTF8.GetString(field));
        }
        foreach (var b in trimmed)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                throw new DataFormatException(path, line, column, expected, System.Text.Encoding.UTF8.GetString(field));
            }
            value = (value * 10) + (b - '0');
        }
        if (comma < 0)
        {
            throw new DataFormatException(path, line, column + field.Length, "a comma and the next field", "the end of the line");
        }
        column += comma + 1;
        text = text[(comma + 1)..];
        return value;
    }
}
