using TradeArms.Cli.Json;
using TradeArms.Indicators;

namespace TradeArms.Cli.Commands;

/// <summary>The JSON of <c>trade indicators</c>, through the CLI's one JSON writer (<see cref="JsonOutput"/>; null stays null, never NaN or infinity).</summary>
internal static class TradeIndicatorsJson
{
    public static string Write(IndicatorTable table, IReadOnlyList<int> rows)
    {
        var dto = new IndicatorsDto(table.Indicator.ToString(), table.Title, table.Window, table.Unit.ToString(), table.Source.Citation, table.Source.Location,
            [.. table.Columns], [.. rows.Select(r => new IndicatorRowDto(table.Year(r), table.Reporter(r), table.Partner(r), table.Product(r),
                table.Columns.Select((c, i) => (c, table.Value(r, i))).ToDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal), table.Undefined(r)))],
            [.. table.Notes]);
        return JsonOutput.Write(dto, CliJsonContext.Default.IndicatorsDto);
    }
}

/// <summary>The result: indicator, title, window, unit of the money columns, source, columns, rows and notes.</summary>
internal sealed record IndicatorsDto(string Indicator, string Title, string Window, string Unit, string Source, string? Location,
    IReadOnlyList<string> Columns, IReadOnlyList<IndicatorRowDto> Rows, IReadOnlyList<string> Notes);

/// <summary>One row: year, reporter, partner and product where the indicator has them, values by column name (null = undefined), and why undefined.</summary>
internal sealed record IndicatorRowDto(int Year, string Reporter, string? Partner, string? Product, IReadOnlyDictionary<string, double?> Values, string? Undefined);
