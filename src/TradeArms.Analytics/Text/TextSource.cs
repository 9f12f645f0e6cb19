using System.Text;

namespace TradeArms.Text;

/// <summary>
/// Reads a text file whose encoding is not declared, as SIPRI and statistical offices deliver them:
/// UTF-8 with or without a byte-order mark, or Windows-1252. Anything else is rejected with a clear message.
/// </summary>
public static class TextSource
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
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            throw new DataFormatException(path, 0, 0, "a file", "a folder");
        }
        return Decode(bytes, path);
    }

    /// <summary>
    /// Checks the start of a file a streaming reader will decode itself (the trade matrix): no UTF-16, with or
    /// without a byte-order mark, and no NUL byte in the first 64 KB.
    /// </summary>
    public static void CheckStart(string path)
    {
        Span<byte> head = stackalloc byte[1 << 16];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            throw new DataFormatException(path, 0, 0, "a file", "a folder");
        }
        CheckBinary(head[..read], path);
    }

    /// <summary>The last few kilobytes of a UTF-8 file, decoded (for <see cref="RequireFinalLineBreak"/> on a streamed file).</summary>
    public static string Tail(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        var length = (int)Math.Min(stream.Length, 4096);
        stream.Seek(-length, SeekOrigin.End);
        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// The rule for formats without a trailer (trade tables, registers, matrices, tidy files): the last record must end
    /// in a line break. Without one, the file may have been cut short, and a number cut mid-field (292.91389 read as
    /// 292.913) would load without complaint; so it is an error naming the last record's line and field.
    /// </summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="source">The file name for the message.</param>
    /// <param name="delimiter">The field delimiter, to name the field the text ends in.</param>
    /// <param name="lastLineNumber">The 1-based number of the text's last line when <paramref name="text"/> is only the file's tail.</param>
    public static void RequireFinalLineBreak(ReadOnlySpan<char> text, string source, char delimiter, int? lastLineNumber = null)
    {
        var end = text.TrimEnd(" \t");
        if (end.IsEmpty || end[^1] is '\n' or '\r')
        {
            return;
        }
        var lastBreak = end.LastIndexOfAny('\n', '\r');
        var lastLine = end[(lastBreak + 1)..];
        var line = lastLineNumber ?? 1 + end.Count('\n') + (end.Contains('\n') ? 0 : end.Count('\r'));
        var field = 1;
        var fieldStart = 0;
        var quoted = false;
        for (var i = 0; i < lastLine.Length; i++)
        {
            if (lastLine[i] == '"')
            {
                quoted = !quoted;
            }
            else if (lastLine[i] == delimiter && !quoted)
            {
                field++;
                fieldStart = i + 1;
            }
        }
        throw new DataFormatException(source, line, field,
            "a line break after the last record (a file without one may be truncated; if it is complete, end it with a line break)",
            lastLine[fieldStart..].ToString());
    }

    private static void CheckBinary(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new DataFormatException(source, 1, 1, "text in UTF-8 or Windows-1252", "a UTF-16 byte-order mark (save the file as UTF-8)");
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul < 0)
        {
            return;
        }
        if (LooksLikeUtf16(bytes))
        {
            throw new DataFormatException(source, 1, 1, "text in UTF-8 or Windows-1252", "UTF-16 without a byte-order mark (save the file as UTF-8)");
        }
        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var (line, column) = Position(bytes[bom..], nul - bom);
        // The explanation goes into "expected": the found text is shortened to 60 characters in the message.
        throw new DataFormatException(source, line, column,
            "text in UTF-8 or Windows-1252 (a NUL byte means binary data, or UTF-16 without a byte-order mark)", "a NUL byte");
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: ASCII text in UTF-16 has a NUL in every other byte, so at least 40% of the
    /// even or of the odd bytes of the first kilobyte are NUL (and almost none of the other half).
    /// </summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 1024) & ~1;
        if (n < 4)
        {
            return false;
        }
        int even = 0, odd = 0;
        for (var i = 0; i < n; i += 2)
        {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        var half = n / 2;
        return (odd * 10 >= half * 4 && even * 10 < half) || (even * 10 >= half * 4 && odd * 10 < half);
    }

    /// <summary>
    /// One file, one encoding: when the bytes are not valid UTF-8 but some non-ASCII characters are valid UTF-8
    /// sequences, the file mixes UTF-8 and Windows-1252 (two files concatenated, a line pasted from elsewhere), and
    /// decoding it either way would corrupt some names (<c>TÃ¼rkiye</c>). The first non-ASCII character sets the
    /// encoding; the first line in the other one is reported.
    /// </summary>
    private static void CheckSingleEncoding(ReadOnlySpan<byte> bytes, string source)
    {
        bool? firstIsUtf8 = null;
        var firstLine = 0;
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }
            var isUtf8 = IsUtf8Sequence(bytes[i..], out var consumed);
            if (firstIsUtf8 is null)
            {
                firstIsUtf8 = isUtf8;
                firstLine = Position(bytes, i).Line;
            }
            else if (firstIsUtf8 != isUtf8)
            {
                var (line, column) = Position(bytes, i);
                var length = isUtf8 ? consumed : 1;
                var found = isUtf8 ? "the UTF-8 sequence '" + Encoding.UTF8.GetString(bytes.Slice(i, length)) + "'"
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the byte 0x{bytes[i]:X2}, which is not UTF-8");
                throw new DataFormatException(source, line, column,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"text in one encoding (line {firstLine} is {(firstIsUtf8.Value ? "UTF-8" : "Windows-1252")}; this line decodes differently: the file mixes UTF-8 and Windows-1252)"),
                    found);
            }
            i += isUtf8 ? consumed : 1;
        }
    }

    /// <summary>True when the non-ASCII byte starting <paramref name="bytes"/> begins a valid UTF-8 sequence (of <paramref name="consumed"/> bytes).</summary>
    internal static bool IsUtf8Sequence(ReadOnlySpan<byte> bytes, out int consumed) =>
        System.Text.Rune.DecodeFromUtf8(bytes, out _, out consumed) == System.Buffers.OperationStatus.Done && consumed > 1;

    /// <summary>One rule for line ends in every reader: CR LF, LF and a lone CR (old Mac files) each end a line.</summary>
    private static string NormaliseLineEnds(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            result.Append(c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n') ? '\n' : c);
        }
        return result.ToString();
    }

    /// <summary>Decodes bytes, detecting UTF-8 (with or without BOM) or Windows-1252.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        // Checked before decoding, with or without a UTF-8 byte-order mark: UTF-8 decodes a NUL byte without complaint.
        CheckBinary(bytes, source);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return NormaliseLineEnds(Strict(new UTF8Encoding(false, true), bytes, 3, source, "UTF-8"));
        }
        var utf8 = new UTF8Encoding(false, true);
        try
        {
            return NormaliseLineEnds(utf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: SIPRI's exports are Windows-1252, unless part of the file is UTF-8.
        }
        CheckSingleEncoding(bytes, source);
        return NormaliseLineEnds(Strict(Windows1252, bytes, 0, source, "Windows-1252"));
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
