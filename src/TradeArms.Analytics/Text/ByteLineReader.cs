using System.Text;

namespace TradeArms.Text;

/// <summary>
/// Streams a comma-separated file as lines of bytes from a reused 1 MB buffer and splits a line into field ranges,
/// for the fast trade readers. It accepts only what decodes and tokenises exactly as <see cref="TextSource.Decode"/>
/// and <see cref="CsvTokenizer"/> would: LF or CR LF line ends, fields unquoted or wholly quoted without a quote
/// inside, UTF-8 or Windows-1252 text consistently. Anything else (a UTF-16 mark, a NUL byte, a lone CR, a quote
/// inside a field or spanning lines, mixed encodings, a last line without a line break unless accepted) throws
/// <see cref="FastPathFallback"/>, so the caller reads the file with the reference rules instead.
/// </summary>
internal sealed class ByteLineReader : IDisposable
{
    private readonly FileStream _stream;
    private readonly bool _acceptMissingFinalLineBreak;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private int _lineStart;
    private int _lineLength;
    private bool _eof;
    private bool _chunkIsAscii;
    private Encoding? _encoding;

    public ByteLineReader(string path, bool acceptMissingFinalLineBreak)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        _acceptMissingFinalLineBreak = acceptMissingFinalLineBreak;
        Fill();
        ReadOnlySpan<byte> head = _buffer.AsSpan(0, _end);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new FastPathFallback("a UTF-16 byte-order mark");
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // With a UTF-8 byte-order mark the reference decodes strictly as UTF-8; positions count from after it.
            _start = 3;
            _encoding = new UTF8Encoding(false, true);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    /// <summary>The 1-based number of the current line.</summary>
    public int Number { get; private set; }

    /// <summary>The current line, without its line break.</summary>
    public ReadOnlySpan<byte> Line => _buffer.AsSpan(_lineStart, _lineLength);

    /// <summary>True when the current line has a byte outside ASCII (decode its fields with <see cref="Decode"/>).</summary>
    public bool LineHasNonAscii { get; private set; }

    /// <summary>The file's size in bytes.</summary>
    public long Length => _stream.Length;

    /// <summary>Moves to the next line; false at the end of the file.</summary>
    public bool Next()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                SetLine(_start, newline);
                _start += newline + 1;
                return true;
            }
            if (_eof)
            {
                if (_start == _end)
                {
                    return false;
                }
                if (!_acceptMissingFinalLineBreak)
                {
                    throw new FastPathFallback("no line break after the last record");
                }
                SetLine(_start, _end - _start);
                _start = _end;
                return true;
            }
            Fill();
        }
    }

    private void SetLine(int start, int length)
    {
        Number++;
        if (length > 0 && _buffer[start + length - 1] == (byte)'\r')
        {
            length--;
        }
        _lineStart = start;
        _lineLength = length;
        var line = Line;
        if (line.Contains((byte)'\r'))
        {
            throw new FastPathFallback("a carriage return inside a line");
        }
        LineHasNonAscii = !_chunkIsAscii && line.ContainsAnyExceptInRange((byte)1, (byte)0x7F);
        if (LineHasNonAscii)
        {
            CheckEncoding(line);
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
        // One SIMD scan per chunk: a chunk of plain ASCII (no NUL) needs no per-line check.
        _chunkIsAscii = !_buffer.AsSpan(0, _end).ContainsAnyExceptInRange((byte)1, (byte)0x7F);
    }

    /// <summary>
    /// The reference decodes the whole file as UTF-8 when it all is, else as Windows-1252 when no part of it is UTF-8:
    /// the first non-ASCII character decides here, and a later one that disagrees (or a NUL byte, or a byte undefined
    /// in Windows-1252) hands the file to the reference, which names the problem.
    /// </summary>
    private void CheckEncoding(ReadOnlySpan<byte> line)
    {
        if (line.Contains((byte)0))
        {
            throw new FastPathFallback("a NUL byte");
        }
        for (var i = 0; i < line.Length;)
        {
            if (line[i] < 0x80)
            {
                i++;
                continue;
            }
            var isUtf8 = TextSource.IsUtf8Sequence(line[i..], out var consumed);
            _encoding ??= isUtf8 ? new UTF8Encoding(false, true) : TextSource.Windows1252;
            if (isUtf8 != _encoding is UTF8Encoding)
            {
                throw new FastPathFallback("a file that is not in one encoding");
            }
            if (!isUtf8 && line[i] is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
            {
                throw new FastPathFallback("a byte undefined in Windows-1252");
            }
            i += isUtf8 ? consumed : 1;
        }
    }

    /// <summary>A field's text in the file's encoding (ASCII when the line has no other byte).</summary>
    public string Decode(ReadOnlySpan<byte> field)
    {
        try
        {
            return (LineHasNonAscii ? _encoding! : Encoding.ASCII).GetString(field);
        }
        catch (DecoderFallbackException e)
        {
            throw new FastPathFallback("a byte undefined in Windows-1252", e);
        }
    }

    /// <summary>
    /// Splits a line into at most <c>fields.Length</c> fields (the ranges exclude the quotes of a quoted field). Returns
    /// the number of fields, or -1 when the line has more; throws <see cref="FastPathFallback"/> for a quote anywhere
    /// but around a whole field.
    /// </summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (true)
        {
            if (count == fields.Length)
            {
                return -1;
            }
            int start, stop;
            if (i < line.Length && line[i] == (byte)'"')
            {
                var close = line[(i + 1)..].IndexOf((byte)'"');
                if (close < 0)
                {
                    throw new FastPathFallback("a quoted field that continues on the next line");
                }
                start = i + 1;
                stop = start + close;
                i = stop + 1;
                if (i < line.Length && line[i] != (byte)',')
                {
                    throw new FastPathFallback("a quote inside a quoted field");
                }
            }
            else
            {
                var comma = line[i..].IndexOf((byte)',');
                start = i;
                stop = comma < 0 ? line.Length : i + comma;
                if (line[start..stop].Contains((byte)'"'))
                {
                    throw new FastPathFallback("a quote inside an unquoted field");
                }
                i = stop;
            }
            fields[count++] = start..stop;
            if (i >= line.Length)
            {
                return count;
            }
            i++; // the comma
        }
    }
}
