using System.Text.Json.Serialization;
using TradeArms.Cli.Commands;

namespace TradeArms.Cli.Json;

/// <summary>
/// The source-generated serializer of every JSON document the CLI prints: camelCase, indented, null written as null,
/// doubles finite (<see cref="FiniteDoubleConverter"/>) and decimals without trailing zeros (<see cref="NormalisedDecimalConverter"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    GenerationMode = JsonSourceGenerationMode.Metadata,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(FiniteDoubleConverter), typeof(NormalisedDecimalConverter)])]
[JsonSerializable(typeof(ArmsSeriesCommand.SeriesJson))]
[JsonSerializable(typeof(ArmsSharesCommand.SharesJson))]
[JsonSerializable(typeof(ArmsProfileCommand.ProfileJson))]
[JsonSerializable(typeof(ArmsCompareCommand.CompareJson))]
[JsonSerializable(typeof(ArmsFactSheetCommand.FactSheetJson))]
[JsonSerializable(typeof(ValidateCommand.ValidationJson))]
[JsonSerializable(typeof(PublishedStatementsOutput.StatementsJson))]
[JsonSerializable(typeof(TradeSummaryCommand.SummaryJson))]
[JsonSerializable(typeof(TradeSources.ProductsJson))]
[JsonSerializable(typeof(CodesCommand.EconomyJson))]
[JsonSerializable(typeof(CodesCommand.ConcordanceJson))]
[JsonSerializable(typeof(IReadOnlyList<DealOutput.DealJson>))]
[JsonSerializable(typeof(IReadOnlyList<DealOutput.DealInWindowJson>))]
[JsonSerializable(typeof(RegisterDiffCommand.RegisterDiffJson))]
[JsonSerializable(typeof(MilexCompareCommand.MilexCompareJson))]
[JsonSerializable(typeof(MilexSeriesCommand.MilexSeriesJson))]
[JsonSerializable(typeof(MilexProfileCommand.MilexProfileJson))]
[JsonSerializable(typeof(ProfileDocument))]
[JsonSerializable(typeof(IndicatorsDto))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}
