using System.Text;

namespace TradeArms.Text;

/// <summary>
/// Reads a text file whose encoding is not declared, as SIPRI and statistical offices deliver them:
/// UTF-8 with or without a byte-order mark, or Windows-1252. Anything else is rejected with a clear message.
/// </summary>
internal static class TextSource
{
    static TextSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, the encoding of SIPRI's CSV exports.</summary>
    public static Encoding Windows1252 { get; } = GetWindows1252();

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Reads a whole file and decodes it, detecting the encoding.</summary>
    public static string ReadAllText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new DataFormatException(path, 0, 0, "an existing file", null);
        }
        catch (DirectoryNotFoundException)
        {
            throw new DataFormatException(path, 0, 0, "an existing file", null);
        }
        return Decode(bytes, path);
    }

    /// <summary>Decodes bytes, detecting UTF-8 (with or without BOM) or Windows-1252.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new DataFormatException(source, 1, 1, "text in UTF-8 or Windows-1252", "a UTF-16 byte-order mark (save the file as UTF-8)");
        }
        // Checked before decoding, with or without a UTF-8 byte-order mark: UTF-8 decodes a NUL byte without complaint.
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            var (line, column) = Position(bytes[bom..], nul - bom);
            // The explanation goes into "expected": the found text is shortened to 60 characters in the message.
            throw new DataFormatException(source, line, column,
                "text in UTF-8 or Windows-1252 (a NUL byte means binary data, or UTF-16 without a byte-order mark)", "a NUL byte");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(new UTF8Encoding(false, true), bytes, 3, source, "UTF-8");
        }
        var utf8 = new UTF8Encoding(false, true);
        try
        {
            return utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: SIPRI's exports are Windows-1252.
        }
        return Strict(Windows1252, bytes, 0, source, "Windows-1252");
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> from <paramref name="start"/>, i.e. after a byte-order mark, which an editor
    /// does not show, so positions on line 1 count from the first byte after it.
    /// </summary>
    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, int start, string source, string name)
    {
        try
        {
            return encoding.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes[start..], Math.Max(0, e.Index));
            throw new DataFormatException(source, line, column, $"valid {name} text", "a byte sequence that is not " + name);
        }
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart + 1);
    }
}
