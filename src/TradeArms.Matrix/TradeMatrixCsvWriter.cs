using System.Globalization;
using System.Text;

namespace TradeArms.Matrix;

/// <summary>
/// Writes a <see cref="BilateralTradeMatrix"/> as CSV (UTF-8, LF, comma, invariant culture, shortest round-trip
/// numbers), streaming: one row per pair and period where exports or imports are given; an empty field is missing.
/// </summary>
public static class TradeMatrixCsvWriter
{
    /// <summary>The header of <see cref="WriteSummary"/>.</summary>
    public const string SummaryHeader = "reporter,partner,year,exports,imports,balance,turnover,coverage,normalised_balance";

    /// <summary>The header of <see cref="WriteTidy"/>.</summary>
    public const string TidyHeader = "reporter,partner,year,exports,imports";

    /// <summary>
    /// Writes, for every pair and period with a value, exports, imports, balance, turnover, coverage and normalised
    /// balance (the definitions of <see cref="TradeMatrixSummary"/>), computed on the fly.
    /// </summary>
    /// <returns>The number of data rows written.</returns>
    /// <param name="matrix">The matrix.</param>
    /// <param name="output">Where to write (left open).</param>
    /// <param name="raw">True to write reporter and partner labels as they are; by default a label that a spreadsheet
    /// would run as a formula gets a leading <c>'</c> (<see cref="Text.CsvField"/>).</param>
    public static long WriteSummary(BilateralTradeMatrix matrix, Stream output, bool raw = false) => Write(matrix, output, summary: true, raw);

    /// <summary>Writes the matrix in wide tidy form: reporter, partner, year, exports, imports.</summary>
    /// <returns>The number of data rows written.</returns>
    /// <param name="matrix">The matrix.</param>
    /// <param name="output">Where to write (left open).</param>
    /// <param name="raw">True to write labels as they are (see <see cref="WriteSummary"/>).</param>
    public static long WriteTidy(BilateralTradeMatrix matrix, Stream output, bool raw = false) => Write(matrix, output, summary: false, raw);

    private static long Write(BilateralTradeMatrix matrix, Stream output, bool summary, bool raw)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new byte[1 << 16];
        var used = Encoding.ASCII.GetBytes((summary ? SummaryHeader : TidyHeader) + "\n", buffer);
        var labels = matrix.Actors.Select(a => Encoding.UTF8.GetBytes(Text.CsvField.Text(a, raw))).ToArray();
        var periods = matrix.Periods.Select(p => Encoding.ASCII.GetBytes(p.ToString())).ToArray();
        var rows = 0L;
        for (var pair = 0; pair < matrix.PairCount; pair++)
        {
            var reporter = labels[matrix.ReporterOf(pair)];
            var partner = labels[matrix.PartnerOf(pair)];
            var x = matrix.Block(pair, TradeFlow.Exports);
            var m = matrix.Block(pair, TradeFlow.Imports);
            for (var t = 0; t < x.Length; t++)
            {
                var e = x[t];
                var i = m[t];
                if (double.IsNaN(e) && double.IsNaN(i))
                {
                    continue;
                }
                if (used > buffer.Length - 256 - reporter.Length - partner.Length)
                {
                    output.Write(buffer, 0, used);
                    used = 0;
                }
                var line = buffer.AsSpan(used);
                var n = 0;
                reporter.CopyTo(line);
                n += reporter.Length;
                line[n++] = (byte)',';
                partner.CopyTo(line[n..]);
                n += partner.Length;
                line[n++] = (byte)',';
                periods[t].CopyTo(line[n..]);
                n += periods[t].Length;
                n += Number(e, line[n..]);
                n += Number(i, line[n..]);
                if (summary)
                {
                    n += Number(TradeMeasures.Balance(e, i), line[n..]);
                    n += Number(TradeMeasures.Turnover(e, i), line[n..]);
                    n += Number(TradeMeasures.Coverage(e, i), line[n..]);
                    n += Number(TradeMeasures.NormalisedBalance(e, i), line[n..]);
                }
                line[n++] = (byte)'\n';
                used += n;
                rows++;
            }
        }
        output.Write(buffer, 0, used);
        output.Flush();
        return rows;
    }

    /// <summary>Writes a comma and the number (nothing for NaN).</summary>
    private static int Number(double value, Span<byte> destination)
    {
        destination[0] = (byte)',';
        if (double.IsNaN(value))
        {
            return 1;
        }
        value.TryFormat(destination[1..], out var written, default, CultureInfo.InvariantCulture);
        return 1 + written;
    }

}
