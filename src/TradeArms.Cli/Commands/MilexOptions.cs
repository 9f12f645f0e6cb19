using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Milex;

namespace TradeArms.Cli.Commands;

/// <summary>What the milex commands share: loading a workbook, resolving a country, naming a status and a price base in JSON.</summary>
internal static class MilexOptions
{
    public static MilexWorkbook Load(string path, string? option) => MilexWorkbookReader.Read(UserPath.File(path, option));

    public static string Country(MilexWorkbook workbook, string query) => workbook.FindCountry(query)
        ?? throw new UsageException($"'{query}' is not a country of {workbook.Source.Citation} (the constant US$ sheet has {workbook[MilexMeasure.ConstantUsDollars].Rows.Count.ToString(CultureInfo.InvariantCulture)} rows, e.g. 'Pakistan', 'Russia', 'India').");

    public static string Status(MilexStatus status) => TradeArms.Text.CodeText.Of(status);

    public static string PriceBase(PriceBasis? basis) => basis is not { } b ? "" : b.BaseYear is { } y ? "constant " + y.ToString(CultureInfo.InvariantCulture) : "current";
}
