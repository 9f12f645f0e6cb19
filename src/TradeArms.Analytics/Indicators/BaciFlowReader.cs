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
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // About 30 bytes a row in BACI's files; the columns are allocated once, pages never written cost no memory.
        var capacity = (int)Math.Min(int.MaxValue / 2, (stream.Length / 20) + 16);
        var builder = new ProductFlowsBuilder(BaciReader.Unit, new DataSource("CEPII BACI (Gaulier and Zignago 2010)", null, null, path), capacity) { Level = ProductLevel.Subheading };
        var economies = new int[1000];
        Array.Fill(economies, -1);
        var products = new Dictionary<int, int>();
        var buffer = new byte[1 << 20];
        var filled = 0;
        var line = 0;
        var header = true;
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            var end = filled + read;
            var start = 0;
            while (true)
            {
                var found = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                var newline = found < 0 ? -1 : start + found;
                if (newline < 0 && read > 0)
                {
                    break;
                }
                var stop = newline < 0 ? end : newline;
                if (stop > start || newline >= 0)
                {
                    line++;
                    var text = buffer.AsSpan(start, stop - start);
                    if (text.Length > 0 && text[^1] == (byte)'\r')
                    {
                        text = text[..^1];
                    }
                    if (header)
                    {
                        if (!text.SequenceEqual("t,i,j,k,v,q"u8))
                        {
                            throw new DataFormatException(path, line, 1, "the BACI header t,i,j,k,v,q", System.Text.Encoding.UTF8.GetString(text));
                        }
                        header = false;
                    }
                    else if (text.Length > 0)
                    {
                        Row(text, path, line, builder, economies, products);
                    }
                }
                if (newline < 0)
                {
                    start = end;
                    break;
                }
                start = newline + 1;
            }
            if (read == 0)
            {
                break;
            }
            filled = end - start;
            if (filled == buffer.Length)
            {
                throw new DataFormatException(path, line + 1, 1, "a line shorter than 1 MB", null);
            }
            Array.Copy(buffer, start, buffer, 0, filled);
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
