using System.Globalization;
using TradeArms.Economies;
using TradeArms.Text;

namespace TradeArms.Sources;

/// <summary>
/// Reads UN Comtrade CSV downloads: the Comtrade Plus (API v1) export (47 columns, Windows-1252 or UTF-8, every value
/// quoted or none, the trailing comma of every data row) and the legacy Comtrade CSV (<c>Classification, Year, ...,
/// Trade Value (US$), ..., Flag</c>; 2, 4 and 6-digit and TOTAL rows in one file). The layout is recognised from the header.
/// </summary>
/// <remarks>
/// Values are US$ (not thousands). Nothing is summed: TOTAL and each level are kept as published, so
/// <c>ProductHierarchy</c> can check them. A bad field fails with <c>file:line:column: expected ..., found '...'</c>;
/// no partial dataset is returned.
/// </remarks>
public static class ComtradeCsvReader
{
    /// <summary>The citation of UN Comtrade data.</summary>
    public const string Citation = "United Nations Comtrade database, UN Statistics Division, https://comtradeplus.un.org";

    private static readonly string[] s_legacyRequired =
        ["Classification", "Year", "Period", "Trade Flow Code", "Reporter Code", "Partner Code", "Commodity Code", "Trade Value (US$)"];

    /// <summary>Reads a Comtrade Plus or legacy Comtrade CSV file.</summary>
    /// <remarks>
    /// A Comtrade Plus file is streamed as bytes into the columns of a <see cref="TradeDataset"/>; a row the fast path
    /// does not fully understand, and the first row of each kind, economy code and product, is read by the field rules of
    /// the reference reader; a malformed file is read by those rules alone, so the message is the same.
    /// </remarks>
    /// <exception cref="DataFormatException">The file is not a Comtrade CSV or a field is malformed.</exception>
    public static TradeDataset Read(string path, TradeReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new TradeReadOptions();
        return ReadFast(path, options) ?? ReadReference(path, options);
    }

    /// <summary>The reference reader: the whole file decoded and tokenised, every row through the field rules.</summary>
    internal static TradeDataset ReadReference(string path, TradeReadOptions options)
    {
        var lines = CsvTokenizer.ReadRecords(path, options.AcceptMissingFinalLineBreak);
        if (lines.Count == 0)
        {
            throw new DataFormatException(path, 1, 0, "a Comtrade header line", null);
        }
        var header = lines[0];
        var first = header[0].TrimStart('\uFEFF').Trim();
        var mapper = new EconomyMapper(options.Economies, EconomyCodeSystem.Comtrade);
        if (first == "typeCode")
        {
            var rows = new ComtradePlusCsvRows(path, header, mapper);
            foreach (var line in lines.Skip(1))
            {
                rows.Reference(line);
            }
            return rows.Dataset(Citation);
        }
        if (first == "Classification")
        {
            var records = ReadLegacy(path, lines, mapper);
            return new TradeDataset(TradeFileFormat.ComtradeLegacyCsv, new DataSource(Citation, "legacy Comtrade CSV", null, path), records, mapper.Unmapped());
        }
        throw new DataFormatException(path, header.Number, 1, "a Comtrade header starting 'typeCode' (Comtrade Plus) or 'Classification' (legacy)", header.Text);
    }

    /// <summary>The fast reader of Comtrade Plus files; null when the file needs the reference reader (legacy, an unusual form, or an error to name).</summary>
    internal static TradeDataset? ReadFast(string path, TradeReadOptions options)
    {
        try
        {
            using var reader = new ByteLineReader(path, options.AcceptMissingFinalLineBreak);
            Span<Range> ranges = stackalloc Range[ComtradePlusCsvRows.Width + 2];
            ComtradePlusCsvRows? rows = null;
            while (reader.Next())
            {
                var count = ByteLineReader.Split(reader.Line, ranges);
                if (FastPath.IsBlank(ranges, count))
                {
                    continue;
                }
                if (rows is null)
                {
                    var header = FastPath.ToCsvLine(reader, ranges, count);
                    if (header[0].TrimStart('\uFEFF').Trim() != "typeCode")
                    {
                        return null;
                    }
                    rows = new ComtradePlusCsvRows(path, header, new EconomyMapper(options.Economies, EconomyCodeSystem.Comtrade));
                }
                else if (reader.LineHasNonAscii || !rows.Fast(reader.Line, ranges, count, reader.Number))
                {
                    rows.Reference(FastPath.ToCsvLine(reader, ranges, count));
                }
            }
            return rows?.Dataset(Citation);
        }
        catch (Exception e) when (FastPath.HandsOver(e))
        {
            return null;
        }
    }

    private static List<TradeRecord> ReadLegacy(string path, List<CsvLine> lines, EconomyMapper mapper)
    {
        var header = lines[0];
        var columns = CsvFields.Columns(path, header, s_legacyRequired, "legacy Comtrade");
        var fields = new CsvFields(path, columns);
        var usd = ComtradePlusFields.UsDollars;
        var records = new List<TradeRecord>(lines.Count);
        foreach (var line in lines.Skip(1))
        {
            if (line.Fields.Count != header.Fields.Count)
            {
                throw new DataFormatException(path, line.Number, CsvFields.WidthColumn(line.Fields.Count, header.Fields.Count),
                    string.Create(CultureInfo.InvariantCulture, $"{header.Fields.Count} fields, as the header has"), string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields"));
            }
            var f = fields.At(line);
            var year = f.Int("Year", "a year");
            var periodText = f.Text("Period", "a period");
            var frequency = periodText.Length == 6 ? TradeFrequency.Monthly : TradeFrequency.Annual;
            if (!TradePeriod.TryParse(periodText, frequency, out var period) || period.Year != year)
            {
                throw f.Error("Period", $"the year {year} or a month of it such as {year}01 in column 'Period'", periodText);
            }
            var flowText = f.Text("Trade Flow Code", "a trade flow code");
            var flow = flowText switch
            {
                "1" => SourceFlow.Imports,
                "2" => SourceFlow.Exports,
                "3" => SourceFlow.ReExports,
                "4" => SourceFlow.ReImports,
                _ => throw f.Error("Trade Flow Code", "a trade flow code 1 (import), 2 (export), 3 (re-export) or 4 (re-import) in column 'Trade Flow Code'", flowText),
            };
            var product = f.Product("Classification", "Commodity Code", "a commodity code");
            var flag = f.OptionalText("Flag") is { } fl ? f.Int("Flag", "an estimation flag") : 0;
            if (flag is not (0 or 2 or 4 or 6))
            {
                throw f.Error("Flag", "an estimation flag 0, 2 (quantity estimated), 4 (net weight estimated) or 6 (both) in column 'Flag'", f.Raw("Flag"));
            }
            var reporter = f.Int("Reporter Code", "a reporter code").ToString(CultureInfo.InvariantCulture);
            var partner = f.Int("Partner Code", "a partner code").ToString(CultureInfo.InvariantCulture);
            var value = f.Number("Trade Value (US$)", "a value in US$");
            var weight = f.NonNegative("Netweight (kg)", "a net weight in kg");
            var qty = f.NonNegative("Qty", "a quantity");
            var qtyUnit = f.OptionalText("Qty Unit");
            var record = new TradeRecord
            {
                Line = line.Number,
                Period = period,
                ReporterCode = reporter,
                Reporter = mapper.Map(reporter, year),
                PartnerCode = partner,
                Partner = mapper.Map(partner, year),
                Flow = flow,
                Product = product,
                Value = value is { } v ? new TradeValue(new Money(v, usd), Valuation.Primary) : null,
                Cif = f.Number("CIF Trade Value (US$)", "a CIF value in US$") is { } c ? new Money(c, usd) : null,
                Fob = f.Number("FOB Trade Value (US$)", "a FOB value in US$") is { } o ? new Money(o, usd) : null,
                NetWeight = weight is { } w ? new Quantity(w, "kg", flag is 4 or 6) : null,
                Quantity = qty is { } q && qtyUnit is not null and not "No Quantity" ? new Quantity(q, qtyUnit, flag is 2 or 6) : null,
                Partner2Code = f.OptionalText("2nd Partner Code"),
                CustomsCode = f.OptionalText("Customs Proc. Code"),
                TransportCode = f.OptionalText("Mode of Transport Code"),
            };
            mapper.Track(record, f.OptionalText("Reporter"), f.OptionalText("Partner"));
            records.Add(record);
        }
        return records;
    }
}
