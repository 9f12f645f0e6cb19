using System.Globalization;
using System.Text;
using TradeArms.Economies;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sources;

/// <summary>
/// The fast byte-level readers (BaciReader, ComtradeCsvReader on Comtrade Plus) give exactly the records and unmapped
/// codes of the reference readers (whole text, every field through the field rules), on the real files and on generated
/// rows with the formats' quirks; and the fast path really read them (it did not hand them to the reference reader).
/// </summary>
public class FastPathEquivalenceTest
{
    private static void AssertSame(TradeDataset? fast, TradeDataset reference)
    {
        Assert.NotNull(fast);
        Assert.Equal(reference.Format, fast.Format);
        Assert.Equal(reference.Source, fast.Source);
        Assert.Equal(reference.Records.Length, fast.Records.Length);
        for (var i = 0; i < reference.Records.Length; i++)
        {
            Assert.Equal(reference.Records[i], fast.Records[i]);
            // Decimals equal in value can differ in their written decimals (1.5 and 1.50): compare the text too.
            Assert.Equal(reference.Records[i].Value?.ToString(), fast.Records[i].Value?.ToString());
            Assert.Equal(reference.Records[i].NetWeight?.ToString(), fast.Records[i].NetWeight?.ToString());
            Assert.Equal(reference.Records[i].Quantity?.ToString(), fast.Records[i].Quantity?.ToString());
        }
        Assert.Equal(reference.Unmapped.Select(u => u.ToString()), fast.Unmapped.Select(u => u.ToString()));
    }

    [SharedDataTheory]
    [InlineData("nikolinanikolovska__Economic-Analysis-Trade-ML", "TradeData.csv")]
    [InlineData("methakanb__taiwan-semiconductor-risk-thailand", "TradeData.csv")]
    [InlineData("laureleallen__Economic-warfare-portfolio", "semiconductor_trade.csv")]
    public void ComtradePlus_RealFiles_FastEqualsReference(string folder, string file)
    {
        var path = SharedData.Path("comtrade", folder, file);
        var options = new TradeReadOptions();
        var reference = ComtradeCsvReader.ReadReference(path, options);
        Assert.True(reference.Records.Length > 100);
        AssertSame(ComtradeCsvReader.ReadFast(path, options), reference);
    }

    [SharedDataTheory]
    [InlineData("dennishylau__msbd5005-project", "comtrade_ch_us_ex.csv")]
    [InlineData("ITWS-Hackathon__Grain_production_Ukraine", "comtrade.csv")]
    public void LegacyComtrade_IsReadByTheReferenceReader(string folder, string file)
    {
        var path = SharedData.Path("comtrade", folder, file);
        Assert.Null(ComtradeCsvReader.ReadFast(path, new TradeReadOptions()));
        Assert.Equal(TradeFileFormat.ComtradeLegacyCsv, ComtradeCsvReader.Read(path).Format);
    }

    [SharedDataFact]
    public void Baci_DerivedFile_FastEqualsReference_WithBaciCodes()
    {
        using var temp = new TempFolder();
        var path = RealFiles.WriteDerivedBaci(temp);
        var options = new TradeReadOptions { Economies = EconomyRegistry.Default.WithTradeCodes(BaciCodeTables.ReadCountries(RealFiles.BaciCountries)) };
        var reference = BaciReader.ReadReference(path, options);
        Assert.Equal(4322, reference.Records.Length);
        AssertSame(BaciReader.ReadFast(path, options), reference);
    }

    [Fact]
    public void Baci_GeneratedQuirks_FastEqualsReference()
    {
        // Empty q, NA and N/A, 5-digit k, quoted fields, trailing zeros, leading zeros in codes, an exponent and spaces
        // (read by the field rules), unknown codes (999, carried value tracked), a code outside its years (810 in 2018),
        // two years, CR LF line ends and a blank line.
        var rows = new StringBuilder("t,i,j,k,v,q\r\n");
        var random = new Random(7);
        string[] codes = ["156", "842", "586", "699", "999", "0156", "810"];
        string[] qs = ["", "NA", "N/A", "1.5", "12.250", "0", "\"3.75\"", "1e2", " 4"];
        for (var n = 0; n < 3000; n++)
        {
            var year = n % 3 == 0 ? 1990 : 2018;
            var i = codes[random.Next(codes.Length)];
            var j = codes[random.Next(codes.Length)];
            var k = random.Next(2) == 0 ? "10121" : (100000 + random.Next(20) * 1000).ToString(CultureInfo.InvariantCulture);
            var v = random.Next(4) switch
            {
                0 => "12.500",
                1 => random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
                2 => "\"" + random.Next(1000) + ".25\"",
                _ => "0.001",
            };
            rows.Append(CultureInfo.InvariantCulture, $"{year},{i},{(i == j ? "842" : j)},{(n % 17 == 0 ? "\"" + k + "\"" : k)},{v},{qs[random.Next(qs.Length)]}\r\n");
            if (n == 1500)
            {
                rows.Append("\r\n");
            }
        }
        using var temp = new TempFolder();
        var path = temp.Write("BACI_HS17_Y2018_V202301_quirks.csv", rows.ToString());
        var options = new TradeReadOptions();
        var reference = BaciReader.ReadReference(path, options);
        Assert.Equal(3000, reference.Records.Length);
        Assert.Contains(reference.Unmapped, u => u.Code == "999");
        Assert.Contains(reference.Records, r => r.NetWeight is null);
        AssertSame(BaciReader.ReadFast(path, options), reference);
    }

    [SharedDataFact]
    public void ComtradePlus_GeneratedQuirks_FastEqualsReference()
    {
        // The real Thailand export rewritten: UTF-8 with a non-ASCII description, some rows unquoted, CR LF, missing
        // and NA quantities, an unknown partner code, a negative value and an exponent (read by the field rules).
        var lines = File.ReadAllLines(RealFiles.Thailand8542, Encoding.Latin1);
        var header = lines[0].Split(',');
        static string Quote(string field) => field.Length == 0 ? "" : "\"" + field + "\"";
        int Col(string name) => Array.IndexOf(header, name);
        var text = new StringBuilder(lines[0] + "\r\n");
        for (var n = 1; n < lines.Length; n++)
        {
            var row = TradeArms.Text.CsvTokenizer.Split(lines[n], ',', "x")[0].Fields.Select(Quote).ToArray();
            switch (n % 7)
            {
                case 0:
                    row = [.. row.Select(f => f.Contains(',', StringComparison.Ordinal) ? f : f.Trim('"'))];
                    break;
                case 1:
                    row[Col("partnerCode")] = "\"999\"";
                    break;
                case 2:
                    row[Col("qty")] = "\"NA\"";
                    break;
                case 3:
                    row[Col("partnerDesc")] = "\"Türkiye\"";
                    break;
                case 4 when n % 3 == 0:
                    row[Col("primaryValue")] = "\"-12.50\"";
                    break;
                case 5 when n % 3 == 0:
                    row[Col("fobvalue")] = "\"1.5e3\"";
                    break;
            }
            text.Append(string.Join(',', row)).Append("\r\n");
        }
        using var temp = new TempFolder();
        var path = temp.WriteBytes("plus.csv", Encoding.UTF8.GetBytes(text.ToString()));
        var options = new TradeReadOptions();
        var reference = ComtradeCsvReader.ReadReference(path, options);
        Assert.Equal(lines.Length - 1, reference.Records.Length);
        Assert.Contains(reference.Unmapped, u => u.Code == "999");
        Assert.Contains(reference.Records, r => r.Partner?.Iso3 == "TUR");
        AssertSame(ComtradeCsvReader.ReadFast(path, options), reference);
    }

    [Fact]
    public void Baci_ColumnsCostUnder45BytesARow()
    {
        var rows = new StringBuilder("t,i,j,k,v,q\n");
        const int rowCount = 4 << 16; // four whole chunks of the columns
        for (var n = 0; n < rowCount; n++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"2018,{156 + (n % 5)},842,{100000 + (n % 5000)},{n}.125,{(n % 20 == 0 ? "NA" : "3.5")}\n");
        }
        using var temp = new TempFolder();
        var data = BaciReader.ReadFast(temp.Write("BACI_HS17_Y2018_V202301_size.csv", rows.ToString()), new TradeReadOptions());
        Assert.NotNull(data);
        Assert.Equal(rowCount, data.Records.Length);
        // Line, reporter, partner, product and shape 4 bytes each, value and q 9 each: 38.
        Assert.Equal(38.0, data.Columns.Bytes / (double)rowCount);
        Assert.Equal("8.125 US$ thousand (FOB)", data.Records[8].Value.ToString());
    }

    [Theory]
    [InlineData("2018,156,842,10121,12.5,1,5\n", "BACI_HS17_Y2018_V202301_deep.csv:150002:7: expected 6 fields (t,i,j,k,v,q), found '7 fields'.")]
    [InlineData("2018,156,842,10121,-3,1\n", "BACI_HS17_Y2018_V202301_deep.csv:150002:5: expected a value in thousands of US$ of zero or more in column 'v', found '-3'.")]
    [InlineData("2018,156,842,10121,12.5,1", "BACI_HS17_Y2018_V202301_deep.csv:150002:6: expected a line break after the last record (a file without one may be truncated; if it is complete, end it with a line break), found '1'.")]
    public void Baci_ErrorDeepInALargeFile_IsTheReferenceMessage(string lastLine, string message)
    {
        // 150,000 good rows the fast path reads, then one it must not accept: the message is the reference reader's.
        var rows = new StringBuilder("t,i,j,k,v,q\n");
        for (var n = 0; n < 150_000; n++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"2018,{156 + (n % 5)},842,{100000 + (n % 5000)},{n}.5,3\n");
        }
        rows.Append(lastLine);
        using var temp = new TempFolder();
        var path = temp.Write("BACI_HS17_Y2018_V202301_deep.csv", rows.ToString());
        var reference = Assert.Throws<TradeArms.Text.DataFormatException>(() => BaciReader.ReadReference(path, new TradeReadOptions()));
        Assert.Equal(reference.Message, Assert.Throws<TradeArms.Text.DataFormatException>(() => BaciReader.Read(path)).Message);
        Assert.EndsWith(message, reference.Message, StringComparison.Ordinal);
        Assert.Null(BaciReader.ReadFast(path, new TradeReadOptions()));
    }

    [Fact]
    public void BaciFlowReader_SharesTheStreaming_ReadsALastLineWithoutABreak_AndNamesWhatItCannotRead()
    {
        using var temp = new TempFolder();
        var flows = TradeArms.Indicators.BaciFlowReader.Read(temp.Write("b.csv", "t,i,j,k,v,q\n2018,156,842,10121,12.5,NA\n2018,842,156,10121,3,1"));
        Assert.Equal(2, flows.Count);
        var e = Assert.Throws<TradeArms.Text.DataFormatException>(() => TradeArms.Indicators.BaciFlowReader.Read(temp.Write("c.csv", "t,i,j,k,v,q\n2018,156,842,10121,12.5,NA\r2018,842,156,10121,3,1\n")));
        Assert.EndsWith("c.csv:2:1: expected a plain BACI file (UTF-8 or Windows-1252 text, one line per row, LF or CR LF line ends), found 'a carriage return inside a line'.", e.Message, StringComparison.Ordinal);
        var utf16 = Assert.Throws<TradeArms.Text.DataFormatException>(() => TradeArms.Indicators.BaciFlowReader.Read(temp.WriteBytes("d.csv", [0xFF, 0xFE, (byte)'t', 0])));
        Assert.EndsWith("d.csv:1:1: expected a plain BACI file (UTF-8 or Windows-1252 text), found 'a UTF-16 byte-order mark'.", utf16.Message, StringComparison.Ordinal);
    }
}
