using TradeArms.Text;

namespace TradeArms.Sources;

/// <summary>Reads any trade file format TradeArms knows, recognised from its first line (or named).</summary>
public static class TradeFile
{
    /// <summary>The format of a file, from its first non-blank line; null when it is none of <see cref="TradeFileFormat"/>.</summary>
    public static TradeFileFormat? Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? first;
        try
        {
            first = File.ReadLines(path).Select(l => l.Trim().TrimStart('\uFEFF')).FirstOrDefault(l => l.Length > 0);
        }
        catch (FileNotFoundException)
        {
            throw new DataFormatException(path, 0, 0, "an existing file", null);
        }
        return first switch
        {
            null => null,
            _ when first.StartsWith("typeCode,", StringComparison.Ordinal) => TradeFileFormat.ComtradePlusCsv,
            _ when first.StartsWith("Classification,Year,", StringComparison.Ordinal) => TradeFileFormat.ComtradeLegacyCsv,
            _ when first.StartsWith('{') => TradeFileFormat.ComtradePlusJson,
            _ when first.Replace("\"", "", StringComparison.Ordinal) == "t,i,j,k,v,q" => TradeFileFormat.Baci,
            _ when first.Split(',').Select(c => c.Trim('"')).Contains("INDICATOR") && first.Contains("COUNTERPART_COUNTRY", StringComparison.Ordinal) => TradeFileFormat.ImtsSdmxCsv,
            _ => null,
        };
    }

    /// <summary>Reads a file in a format (detected when null).</summary>
    /// <exception cref="DataFormatException">The format is not recognised, or the file is malformed.</exception>
    public static TradeDataset Read(string path, TradeFileFormat? format = null, TradeReadOptions? options = null)
    {
        var f = format ?? Detect(path)
            ?? throw new DataFormatException(path, 1, 0, "the header of a Comtrade Plus CSV or JSON, legacy Comtrade CSV, BACI (t,i,j,k,v,q) or IMF IMTS SDMX-CSV file", File.ReadLines(path).FirstOrDefault());
        return f switch
        {
            TradeFileFormat.ComtradePlusCsv or TradeFileFormat.ComtradeLegacyCsv => ComtradeCsvReader.Read(path, options),
            TradeFileFormat.ComtradePlusJson => ComtradeJsonReader.Read(path, options),
            TradeFileFormat.Baci => BaciReader.Read(path, options),
            _ => ImtsSdmxCsvReader.Read(path, options),
        };
    }
}
