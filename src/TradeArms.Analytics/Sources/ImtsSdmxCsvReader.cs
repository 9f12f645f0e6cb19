using System.Globalization;
using TradeArms.Economies;
using TradeArms.Text;

namespace TradeArms.Sources;

/// <summary>
/// Reads IMF IMTS (International Merchandise Trade Statistics, the successor of DOTS) SDMX-CSV: columns
/// <c>DATAFLOW, COUNTRY, INDICATOR, COUNTERPART_COUNTRY, FREQUENCY, TIME_PERIOD, OBS_VALUE</c> in any order, plus the
/// attributes <c>UNIT_MULT</c> (power of ten of the value) and <c>OBS_STATUS</c> (<c>E</c> estimate) where present.
/// Indicators: <c>XG_FOB_USD</c> (exports, FOB), <c>MG_CIF_USD</c> (imports, CIF), <c>MG_FOB_USD</c> (imports, FOB);
/// annual, quarterly and monthly periods (<c>2020</c>, <c>2020-Q1</c>, <c>2020-01</c>).
/// </summary>
public static class ImtsSdmxCsvReader
{
    /// <summary>The citation of IMTS.</summary>
    public const string Citation = "IMF International Merchandise Trade Statistics (IMTS), https://data.imf.org";

    private static readonly string[] s_required = ["COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY", "TIME_PERIOD", "OBS_VALUE"];

    /// <summary>Reads an IMTS SDMX-CSV file.</summary>
    /// <exception cref="DataFormatException">A column is missing, a field is malformed, or an observation is given twice.</exception>
    public static TradeDataset Read(string path, TradeReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new TradeReadOptions();
        var lines = CsvTokenizer.ReadRecords(path, options.AcceptMissingFinalLineBreak);
        if (lines.Count == 0)
        {
            throw new DataFormatException(path, 1, 0, "an SDMX-CSV header (DATAFLOW,COUNTRY,INDICATOR,...)", null);
        }
        var columns = CsvFields.Columns(path, lines[0], s_required, "IMTS SDMX-CSV");
        if (!columns.ContainsKey("UNIT_MULT") && options.ImtsScale is null)
        {
            throw new DataFormatException(path, 1, 0, "a UNIT_MULT column (the power of ten of OBS_VALUE), or a scale given by the caller in TradeReadOptions.ImtsScale", lines[0].Text);
        }
        var fields = new CsvFields(path, columns);
        var mapper = new EconomyMapper(options.Economies, EconomyCodeSystem.Imf);
        var records = new List<TradeRecord>(lines.Count);
        var seen = new Dictionary<(string, string, string, TradePeriod), int>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Fields.Count != lines[0].Fields.Count)
            {
                throw new DataFormatException(path, line.Number, CsvFields.WidthColumn(line.Fields.Count, lines[0].Fields.Count),
                    string.Create(CultureInfo.InvariantCulture, $"{lines[0].Fields.Count} fields, as the header has"), string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields"));
            }
            var f = fields.At(line);
            var country = f.Text("COUNTRY", "a country code");
            var counterpart = f.Text("COUNTERPART_COUNTRY", "a counterpart country code");
            foreach (var (column, code, role) in new[] { ("COUNTRY", country, "country"), ("COUNTERPART_COUNTRY", counterpart, "counterpart") })
            {
                if (NameRule.Check(code, role) is { } broken)
                {
                    throw f.Error(column, broken, code);
                }
            }
            var indicator = f.Text("INDICATOR", "an indicator");
            var (flow, valuation) = indicator switch
            {
                "XG_FOB_USD" => (SourceFlow.Exports, Valuation.Fob),
                "MG_CIF_USD" => (SourceFlow.Imports, Valuation.Cif),
                "MG_FOB_USD" => (SourceFlow.Imports, Valuation.Fob),
                _ => throw f.Error("INDICATOR", "an indicator XG_FOB_USD, MG_CIF_USD or MG_FOB_USD in column 'INDICATOR'", indicator),
            };
            var frequencyText = f.Text("FREQUENCY", "a frequency");
            var frequency = frequencyText switch
            {
                "A" => TradeFrequency.Annual,
                "Q" => TradeFrequency.Quarterly,
                "M" => TradeFrequency.Monthly,
                _ => throw f.Error("FREQUENCY", "a frequency A, Q or M in column 'FREQUENCY'", frequencyText),
            };
            var periodText = f.Text("TIME_PERIOD", "a period");
            if (!TradePeriod.TryParse(periodText, frequency, out var period))
            {
                throw f.Error("TIME_PERIOD", $"{TradePeriod.Form(frequency)} (FREQUENCY {frequencyText}) in column 'TIME_PERIOD'", periodText);
            }
            var scale = options.ImtsScale ?? MoneyScale.Units;
            if (f.OptionalText("UNIT_MULT") is { } multText)
            {
                var mult = f.Int("UNIT_MULT", "a power of ten");
                scale = mult switch
                {
                    0 => MoneyScale.Units,
                    3 => MoneyScale.Thousands,
                    6 => MoneyScale.Millions,
                    9 => MoneyScale.Billions,
                    _ => throw f.Error("UNIT_MULT", "a power of ten 0, 3, 6 or 9 in column 'UNIT_MULT'", multText),
                };
            }
            else if (columns.ContainsKey("UNIT_MULT") && options.ImtsScale is null)
            {
                throw f.Error("UNIT_MULT", "a power of ten 0, 3, 6 or 9 in column 'UNIT_MULT'", null);
            }
            // SDMX writes a missing observation as NaN; a trade value is never negative (as in the DOTS CSV and BACI readers).
            var value = f.OptionalText("OBS_VALUE") is "NaN" ? null : f.NonNegative("OBS_VALUE", "a value");
            var key = (country, indicator, counterpart, period);
            if (seen.TryGetValue(key, out var earlier))
            {
                throw f.Error("TIME_PERIOD", $"each observation once ({country}.{indicator}.{counterpart}.{frequencyText} {period} is on line {earlier} too)", periodText);
            }
            seen[key] = line.Number;
            var record = new TradeRecord
            {
                Line = line.Number,
                Period = period,
                ReporterCode = country,
                Reporter = mapper.Map(country, period.Year),
                PartnerCode = counterpart,
                Partner = mapper.Map(counterpart, period.Year),
                Flow = flow,
                Value = value is { } v ? new TradeValue(new Money(v, new MoneyUnit("USD", scale)), valuation, f.OptionalText("OBS_STATUS") == "E") : null,
            };
            mapper.Track(record, null, null);
            records.Add(record);
        }
        return new TradeDataset(TradeFileFormat.ImtsSdmxCsv, new DataSource(Citation, "IMTS SDMX-CSV", null, path), records, mapper.Unmapped());
    }
}
