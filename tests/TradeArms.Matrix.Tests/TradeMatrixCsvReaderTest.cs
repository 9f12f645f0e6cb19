using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Matrix.Tests;

public class TradeMatrixCsvReaderTest
{
    private static readonly TradeMatrixReadOptions Usd = new() { Unit = MoneyUnit.UsDollarMillions };

    // A small matrix whose figures are computed by hand in the tests below.
    internal const string Small = SmallMatrixCsv.Text;

    private static BilateralTradeMatrix Read(string text, TradeMatrixReadOptions? options = null) =>
        TradeMatrixCsvReader.Parse(text, "t.csv", options ?? Usd);

    private static string Error(string text, TradeMatrixReadOptions? options = null) =>
        Assert.Throws<DataFormatException>(() => Read(text, options)).Message;

    [Fact]
    public void Read_SmallMatrix_HasSortedActorsConsecutivePeriodsAndPairs()
    {
        var m = Read(Small);
        Assert.Equal(["AAA", "BBB", "C, Rep. of"], m.Actors.ToArray());
        Assert.Equal([(Period)new CalendarYear(2000), new CalendarYear(2001), new CalendarYear(2002)], m.Periods.ToArray());
        Assert.Equal(3, m.PairCount);
        Assert.Equal((0, 1), (m.ReporterOf(0), m.PartnerOf(0)));
        Assert.Equal((1, 0), (m.ReporterOf(1), m.PartnerOf(1)));
        Assert.Equal((2, 0), (m.ReporterOf(2), m.PartnerOf(2)));
        Assert.Equal(9, m.GivenCellCount);
        Assert.Equal(4, m.ExportValueCount); // 10, 6, 4.4, 3 (AAA-BBB 2002 exports were given empty)
        Assert.Equal(4, m.ImportValueCount);
        Assert.Equal(MoneyUnit.UsDollarMillions, m.Unit);
    }

    [Fact]
    public void Read_MissingCellsStayMissing_AbsentCellsAreMissingToo()
    {
        var m = Read(Small);
        Assert.Null(m["AAA", "BBB", new CalendarYear(2002), TradeFlow.Exports]);    // given empty
        Assert.Equal(5, m["AAA", "BBB", new CalendarYear(2002), TradeFlow.Imports]);
        Assert.Null(m["BBB", "AAA", new CalendarYear(2001), TradeFlow.Exports]);    // never given
        Assert.Null(m["AAA", "C, Rep. of", new CalendarYear(2001), TradeFlow.Exports]); // no such pair
        Assert.Equal(0, m["AAA", "BBB", new CalendarYear(2001), TradeFlow.Imports]);  // zero stays zero
    }

    [Fact]
    public void Summarize_ComputesBalanceTurnoverCoverageAndNormalisedBalanceByHand()
    {
        var s = Read(Small).Summarize();
        var y2000 = (Period)new CalendarYear(2000);
        var y2001 = (Period)new CalendarYear(2001);
        var y2002 = (Period)new CalendarYear(2002);
        // 2000: X 10, M 4 -> balance 6, turnover 14, coverage 2.5, normalised 6/14.
        Assert.Equal(6, s.Balance["AAA", "BBB", y2000]);
        Assert.Equal(14, s.Turnover["AAA", "BBB", y2000]);
        Assert.Equal(2.5, s.Coverage["AAA", "BBB", y2000]);
        Assert.Equal(6.0 / 14.0, s.NormalisedBalance["AAA", "BBB", y2000]);
        // 2001: X 6, M 0 -> coverage undefined (missing, not infinity), normalised balance 1.
        Assert.Equal(6, s.Balance["AAA", "BBB", y2001]);
        Assert.Null(s.Coverage["AAA", "BBB", y2001]);
        Assert.Equal(1, s.NormalisedBalance["AAA", "BBB", y2001]);
        // 2002: X missing -> every computed figure missing.
        Assert.Null(s.Balance["AAA", "BBB", y2002]);
        Assert.Null(s.Turnover["AAA", "BBB", y2002]);
        Assert.Null(s.Coverage["AAA", "BBB", y2002]);
        Assert.Null(s.NormalisedBalance["AAA", "BBB", y2002]);
        // BBB's view of 2000: X 4.4, M 11 -> balance -6.6, coverage 0.4.
        Assert.Equal(4.4 - 11, s.Balance["BBB", "AAA", y2000]);
        Assert.Equal(4.4 / 11, s.Coverage["BBB", "AAA", y2000]);
        // C has exports only: balance missing.
        Assert.Null(s.Balance["C, Rep. of", "AAA", y2001]);
        Assert.Equal(3, s.Exports["C, Rep. of", "AAA", y2001]);
        Assert.Equal(3 * 3, s.Balance.Values.Length);
        Assert.Equal(3, s.Balance.DefinedCount); // AAA-BBB 2000, 2001; BBB-AAA 2000
    }

    [Fact]
    public void Summarize_BothZero_CoverageAndNormalisedBalanceMissing()
    {
        var s = Read("reporter,partner,year,exports,imports\nAAA,BBB,2000,0,0\n").Summarize();
        Assert.Equal(0, s.Balance[0, 0]);
        Assert.Equal(0, s.Turnover[0, 0]);
        Assert.Null(s.Coverage[0, 0]);
        Assert.Null(s.NormalisedBalance[0, 0]);
    }

    [Fact]
    public void Read_WideForm_EqualsLongForm()
    {
        var wide = Read("""
            Reporter,Partner,Year,Exports,Imports
            AAA,BBB,2000,10,4
            AAA,BBB,2001,6,0
            AAA,BBB,2002,,5
            BBB,AAA,2000,4.4,11
            "C, Rep. of",AAA,2001,3,
            """);
        var longForm = Read(Small);
        Assert.Equal(longForm.Actors.ToArray(), wide.Actors.ToArray());
        for (var pair = 0; pair < longForm.PairCount; pair++)
        {
            Assert.Equal(longForm.Values(pair, TradeFlow.Exports).ToArray(), wide.Values(pair, TradeFlow.Exports).ToArray());
            Assert.Equal(longForm.Values(pair, TradeFlow.Imports).ToArray(), wide.Values(pair, TradeFlow.Imports).ToArray());
        }
    }

    [Fact]
    public void Read_QuotedFieldsWithCommasAndQuotes_AreUnescaped()
    {
        var m = Read("reporter,partner,year,flow,value\n\"Korea, \"\"Rep.\"\" of\",\"AAA\",\"2001\",\"X\",\"1234.5\"\n");
        Assert.Equal(["AAA", "Korea, \"Rep.\" of"], m.Actors.ToArray());
        Assert.Equal(1234.5, m["Korea, \"Rep.\" of", "AAA", new CalendarYear(2001), TradeFlow.Exports]);
    }

    [Fact]
    public void Read_MissingMarkersAndBlankLines_AreMissing()
    {
        var m = Read("reporter,partner,year,flow,value\nAAA,BBB,2000,X,NA\n\nAAA,BBB,2000,M,..\nAAA,BBB,2001,X,1e3\n");
        Assert.Null(m["AAA", "BBB", new CalendarYear(2000), TradeFlow.Exports]);
        Assert.Null(m["AAA", "BBB", new CalendarYear(2000), TradeFlow.Imports]);
        Assert.Equal(1000, m["AAA", "BBB", new CalendarYear(2001), TradeFlow.Exports]);
        Assert.Equal(3, m.GivenCellCount);
    }

    [Fact]
    public void Read_FlowWordsAndUnitColumn_AreAccepted()
    {
        var m = TradeMatrixCsvReader.Parse(
            "reporter,partner,flow,year,value_usd_millions,unit\nPakistan,World,exports_fob,1960,391.8,US$ million\nPakistan,World,imports_cif,1960,10,USD million\n", "t.csv");
        Assert.Equal(MoneyUnit.UsDollarMillions, m.Unit);
        Assert.Equal(391.8, m["Pakistan", "World", new CalendarYear(1960), TradeFlow.Exports]);
        Assert.Equal(10, m["Pakistan", "World", new CalendarYear(1960), TradeFlow.Imports]);
    }

    [Fact]
    public void Read_FiscalYears_WithConvention()
    {
        var m = Read("reporter,partner,period,flow,value\nPAK,RUS,2010-11,X,183.57\nPAK,RUS,2012-13,X,200\n",
            Usd with { FiscalYearConvention = FiscalYearConvention.JulyToJune });
        Assert.Equal(PeriodKind.FiscalYear, m.PeriodKind);
        Assert.Equal(["2010-11", "2011-12", "2012-13"], m.Periods.Select(p => p.ToString()));
        Assert.Equal(183.57, m["PAK", "RUS", new FiscalYear(2010, FiscalYearConvention.JulyToJune), TradeFlow.Exports]);
    }

    [Fact]
    public void Read_UnsortedInputAndYearsOutsideTheFirstWindow_AreStoredCorrectly()
    {
        // Years far apart force the builder to widen its period window twice (before and after).
        var m = Read("reporter,partner,year,flow,value\nZZZ,AAA,1990,X,1\nAAA,ZZZ,2100,M,2\nZZZ,AAA,1800,X,3\nMMM,AAA,1990,M,4\n");
        Assert.Equal(["AAA", "MMM", "ZZZ"], m.Actors.ToArray());
        Assert.Equal(301, m.PeriodCount);
        Assert.Equal(1, m["ZZZ", "AAA", new CalendarYear(1990), TradeFlow.Exports]);
        Assert.Equal(2, m["AAA", "ZZZ", new CalendarYear(2100), TradeFlow.Imports]);
        Assert.Equal(3, m["ZZZ", "AAA", new CalendarYear(1800), TradeFlow.Exports]);
        Assert.Equal(4, m["MMM", "AAA", new CalendarYear(1990), TradeFlow.Imports]);
        Assert.Equal(4, m.ExportValueCount + m.ImportValueCount);
    }

    [Fact]
    public void Read_DuplicateCell_IsRejectedNamingBothLines() =>
        Assert.Equal("t.csv:4: expected one value per reporter, partner, period and flow (first given on line 2), found 'AAA,BBB,2000,X,11'.",
            Error("reporter,partner,year,flow,value\nAAA,BBB,2000,X,10\nAAA,BBB,2000,M,4\nAAA,BBB,2000,X,11\n"));

    [Fact]
    public void Read_DuplicateOfAMissingCell_IsRejected() =>
        Assert.Equal("t.csv:3: expected one value per reporter, partner, period and flow (first given on line 2), found 'AAA,BBB,2000,exports,'.",
            Error("reporter,partner,year,flow,value\nAAA,BBB,2000,X,\nAAA,BBB,2000,exports,\n"));

    [Theory]
    [InlineData("AAA,BBB,2000,X,abc", "t.csv:2:5: expected a number such as 1234.5, or an empty cell for a missing value, found 'abc'.")]
    [InlineData("AAA,BBB,2000,X,\"1,5\"", "t.csv:2:5: expected a number such as 1234.5, or an empty cell for a missing value, found '1,5'.")]
    [InlineData("AAA,BBB,2000,X,1e999", "t.csv:2:5: expected a number such as 1234.5, or an empty cell for a missing value, found '1e999'.")]
    [InlineData("AAA,BBB,2000,X,NaN", "t.csv:2:5: expected a number such as 1234.5, or an empty cell for a missing value, found 'NaN'.")]
    [InlineData("AAA,BBB,20x1,X,1", "t.csv:2:3: expected a calendar year such as 2011 (for fiscal years, give the convention), found '20x1'.")]
    [InlineData("AAA,BBB,2010-11,X,1", "t.csv:2:3: expected a calendar year such as 2011 (for fiscal years, give the convention), found '2010-11'.")]
    [InlineData("AAA,BBB,2000,Q,1", "t.csv:2:4: expected a flow: X (exports) or M (imports), found 'Q'.")]
    [InlineData("AAA,AAA,2000,X,1", "t.csv:2:2: expected a partner different from the reporter, found 'AAA'.")]
    [InlineData(",BBB,2000,X,1", "t.csv:2:1: expected a reporter code or name, found ''.")]
    [InlineData("AAA, BBB,2000,X,1", "t.csv:2:2: expected a partner without surrounding spaces, found ' BBB'.")]
    [InlineData("AAA,BBB,2000", "t.csv:2:4: expected 5 fields like the header, found '3 fields: AAA,BBB,2000'.")]
    [InlineData("AAA,BBB,2000,X,1,2", "t.csv:2:6: expected 5 fields like the header, found '6 fields: AAA,BBB,2000,X,1,2'.")]
    public void Read_BadRow_IsReportedWithFileLineColumnExpectedAndFound(string row, string message) =>
        Assert.Equal(message, Error("reporter,partner,year,flow,value\n" + row + "\n"));

    [Fact]
    public void Read_LineBreakInAName_IsAControlCharacter() =>
        Assert.Equal("t.csv:2:1: expected a reporter name without control characters (U+000A at character 2), found 'A\\nB'.",
            Error("reporter,partner,year,flow,value\n\"A\nB\",BBB,2000,X,1\nAAA,BBB,2000,X,x\n"));

    [Fact]
    public void Read_MixedPeriodKinds_AreRejected() =>
        Assert.Equal("t.csv:3:3: expected a period of the same kind as the rows before (fiscal years (July-June)), found '2011'.",
            Error("reporter,partner,year,flow,value\nAAA,BBB,2010-11,X,1\nAAA,BBB,2011,X,1\n", Usd with { FiscalYearConvention = FiscalYearConvention.JulyToJune }));

    [Fact]
    public void Read_UnitDifferentFromTheMatrix_IsRejected() =>
        Assert.Equal("t.csv:3:6: expected the unit of the matrix, US$ million, found 'PKR million'.",
            Error("reporter,partner,year,flow,value,unit\nAAA,BBB,2000,X,1,US$ million\nAAA,BBB,2001,X,1,PKR million\n", new TradeMatrixReadOptions()));

    [Theory]
    [InlineData("reporter,partner,year,flow,value,note", "t.csv:1:6: expected a column named reporter, partner, year (or period), flow, value, exports, imports or unit, found 'note'.")]
    [InlineData("reporter,partner,year,year,flow,value", "t.csv:1:4: expected each column once ('year' is column 3), found 'year'.")]
    [InlineData("reporter,year,flow,value", "t.csv:1: expected a header with reporter, partner and year columns (no 'partner' column), found 'reporter,year,flow,value'.")]
    [InlineData("reporter,partner,year,flow,value,exports", "t.csv:1: expected either flow and value columns, or exports and/or imports columns, found 'reporter,partner,year,flow,value,exports'.")]
    [InlineData("reporter,partner,year,value", "t.csv:1: expected either flow and value columns, or exports and/or imports columns, found 'reporter,partner,year,value'.")]
    public void Read_BadHeader_IsReported(string header, string message) =>
        Assert.Equal(message, Error(header + "\nAAA,BBB,2000,X,1\n"));

    [Fact]
    public void Read_NoUnit_IsReported() =>
        Assert.Equal("t.csv: expected the unit of the values (a 'unit' column, or TradeMatrixReadOptions.Unit), found nothing.",
            Error("reporter,partner,year,flow,value\nAAA,BBB,2000,X,1\n", new TradeMatrixReadOptions()));

    [Fact]
    public void Read_HeaderOnlyOrEmpty_IsReported()
    {
        Assert.Equal("t.csv:2:1: expected at least one data row after the header, found nothing.", Error("reporter,partner,year,flow,value\n"));
        Assert.Equal("t.csv:1:1: expected a header line (reporter, partner, year, flow, value), found nothing.", Error(""));
    }

    [Fact]
    public void Read_MissingFile_IsReported() =>
        Assert.Equal("no-such.csv: expected an existing file, found nothing.",
            Assert.Throws<DataFormatException>(() => TradeMatrixCsvReader.Read("no-such.csv", Usd)).Message);

    [Fact]
    public void Read_File_StreamsTheSameMatrixAsText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("small.csv", Small);
        var fromFile = TradeMatrixCsvReader.Read(path, Usd);
        Assert.Equal(Read(Small).Summarize().Balance.Values.ToArray(), fromFile.Summarize().Balance.Values.ToArray());
        Assert.Equal("small.csv", fromFile.Source.Citation);
        using var stream = File.OpenRead(path);
        Assert.Equal(9, TradeMatrixCsvReader.Read(stream, "small.csv", Usd).GivenCellCount);
    }

    [Fact]
    public void Read_DuplicateInAStream_IsRejectedWithoutTheFirstLine()
    {
        using var stream = new MemoryStream("reporter,partner,year,flow,value\nAAA,BBB,2000,X,1\nAAA,BBB,2000,X,2\n"u8.ToArray());
        Assert.Equal("s.csv:3: expected one value per reporter, partner, period and flow, found 'AAA,BBB,2000,X,2'.",
            Assert.Throws<DataFormatException>(() => TradeMatrixCsvReader.Read(stream, "s.csv", Usd)).Message);
    }

    private const string Streamed = "reporter,partner,year,flow,value\nAAA,BBB,2000,X,1\nAAA,BBB,2001,X,292.91389\n";

    [Fact]
    public void Read_StreamCutMidNumber_IsAnErrorNamingTheLastRecordsField()
    {
        // A download cut inside the last number: 292.91389 arrives as 292.913 and must not load.
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Streamed[..^3]));
        Assert.Equal("s.csv:3:5: expected a line break after the last record (a file without one may be truncated; if it is complete, end it with a line break), found '292.913'.",
            Assert.Throws<DataFormatException>(() => TradeMatrixCsvReader.Read(stream, "s.csv", Usd)).Message);
    }

    [Fact]
    public void Read_StreamCutMidNumber_LoadsWhenTheCallerSaysItIsComplete()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Streamed[..^3]));
        var m = TradeMatrixCsvReader.Read(stream, "s.csv", Usd with { AcceptMissingFinalLineBreak = true });
        Assert.Equal(292.913, m.Summarize().Exports.Values.ToArray().Where(v => !double.IsNaN(v)).Max());
    }

    [Fact]
    public void Read_LongStreamInTinyReads_CutMidNumber_IsCaughtOnTheRightLine()
    {
        // 3,000 rows (about 60 KB, far beyond the 4 KB tail kept) delivered 1-7 bytes per read, gzipped and cut in the last number.
        var text = new System.Text.StringBuilder("reporter,partner,year,flow,value\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"A{i / 60:D2},B{i % 60:D2},2000,X,{i}.125\n");
        }
        var cut = text.ToString()[..^3];
        using var gz = new MemoryStream();
        using (var z = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(System.Text.Encoding.UTF8.GetBytes(cut));
        }
        gz.Position = 0;
        using var unzip = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionMode.Decompress);
        using var trickle = new TrickleStream(unzip);
        Assert.Equal("g.csv:3001:5: expected a line break after the last record (a file without one may be truncated; if it is complete, end it with a line break), found '2999.1'.",
            Assert.Throws<DataFormatException>(() => TradeMatrixCsvReader.Read(trickle, "g.csv", Usd)).Message);
        // The same content whole, in tiny reads, loads every row.
        using var whole = new TrickleStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal(3000, TradeMatrixCsvReader.Read(whole, "g.csv", Usd).GivenCellCount);
    }

    [Fact]
    public void Read_StreamCutAtALineEnd_LoadsTheRowsBefore()
    {
        // A cut exactly after a line break leaves a well-formed shorter file: without a trailer no reader can tell (documented).
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Streamed[..(Streamed.IndexOf("AAA,BBB,2001", StringComparison.Ordinal))]));
        Assert.Equal(1, TradeMatrixCsvReader.Read(stream, "s.csv", Usd).GivenCellCount);
    }

    /// <summary>Returns at most 1-7 bytes per read, as a slow network or decompressing stream may.</summary>
    private sealed class TrickleStream(Stream inner) : Stream
    {
        private int _next;

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1 + (_next++ % 7)));

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
