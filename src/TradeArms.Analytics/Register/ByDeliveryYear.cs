using System.Collections.Immutable;
using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Register;

/// <summary>Reads rows of SIPRI's by-delivery-year export and groups them into deals by SIPRI's deal id.</summary>
internal static class ByDeliveryYear
{
    // Columns that describe the deal, not the year: every row of a deal must repeat them unchanged.
    private static readonly int[] DealColumns = [1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 16];

    internal sealed record Row(int Id, CsvLine Line, string Source, DataSource DataSource, string Location, Actor Supplier, Actor Recipient,
        CalendarYear OrderYear, bool? OrderYearIsEstimate, DealStatus Status, Tiv? NewUnit, Tiv? DealUnit, bool? LocalProduction,
        DealDelivery Delivery);

    public static Row ReadRow(CsvLine line, RowContext context)
    {
        var id = context.Id(line, 0);
        var supplier = context.Actor(line, 1, "supplier");
        var recipient = context.Actor(line, 2, "recipient");
        context.Text(line, 3, "a weapon designation");
        context.Text(line, 4, "a weapon description");
        context.Text(line, 5, "an armament category");
        var orderYear = context.Year(line, 6, "an order year (four digits)");
        var orderEstimate = context.YesNo(line, 7);
        var number = context.Count(line, 8, allowEmpty: false)!.Value;
        var numberEstimate = context.YesNo(line, 9);
        var year = context.Year(line, 10, "a delivery year (four digits)");
        var yearEstimate = context.YesNo(line, 11);
        var status = context.Status(line, 12);
        var newUnit = context.TivOrNull(line, 13);
        var dealUnit = context.TivOrNull(line, 14);
        var delivered = context.Tiv(line, 15);
        var local = context.YesNo(line, 16);
        var location = context.Location(line);
        return new Row(id, line, context.Source, context.DataSource, location, supplier, recipient, orderYear, orderEstimate, status,
            newUnit, dealUnit, local, new DealDelivery(year, yearEstimate, number, numberEstimate, delivered, location));
    }

    public static ImmutableArray<ArmsDeal> Group(List<TradeRegisterReader.ParsedFile> files)
    {
        var order = new List<int>();
        var byId = new Dictionary<int, List<Row>>();
        foreach (var row in files.SelectMany(f => f.Rows))
        {
            if (!byId.TryGetValue(row.Id, out var rows))
            {
                byId[row.Id] = rows = [];
                order.Add(row.Id);
            }
            else
            {
                Check(rows[0], row, rows);
            }
            rows.Add(row);
        }
        var unstated = files.SelectMany(f => f.Rows).Count(r => r.Delivery.YearIsEstimate is null || r.Delivery.NumberIsEstimate is null);
        if (unstated > 0)
        {
            files[0].Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{unstated} rows leave an 'is estimate' flag empty; read as not stated (null), not as 'No'."));
        }
        return [.. order.Select(id => ToDeal(byId[id]))];
    }

    private static void Check(Row first, Row row, List<Row> rows)
    {
        foreach (var c in DealColumns)
        {
            if (!string.Equals(first.Line[c], row.Line[c], StringComparison.Ordinal))
            {
                throw new DataFormatException(row.Source, row.Line.Number, c + 1,
                    string.Create(CultureInfo.InvariantCulture,
                        $"'{first.Line[c]}' ({TradeRegisterReader.ByYearHeader[c]} of deal {row.Id} on {first.Location})"), row.Line[c]);
            }
        }
        var same = rows.FirstOrDefault(r => r.Delivery.Year == row.Delivery.Year);
        if (same is not null)
        {
            throw new DataFormatException(row.Source, row.Line.Number, 11,
                string.Create(CultureInfo.InvariantCulture, $"one row per delivery year of deal {row.Id} ({row.Delivery.Year} is already on {same.Location})"),
                row.Line[10]);
        }
    }

    private static ArmsDeal ToDeal(List<Row> rows)
    {
        var first = rows[0];
        var deliveries = rows.Select(r => r.Delivery).OrderBy(d => d.Year).ToImmutableArray();
        return new ArmsDeal
        {
            DealId = first.Id,
            Recipient = first.Recipient,
            Supplier = first.Supplier,
            OrderYear = first.OrderYear,
            OrderYearIsEstimate = first.OrderYearIsEstimate == true,
            Designation = first.Line[3],
            Description = first.Line[4],
            Category = first.Line[5],
            NumberDelivered = checked(deliveries.Sum(d => d.Number)),
            NumberDeliveredIsEstimate = deliveries.Any(d => d.NumberIsEstimate == true),
            DeliveryYears = DeliveryYears.FromYears(deliveries.Select(d => d.Year)),
            Status = first.Status,
            TivPerUnit = first.DealUnit,
            TivPerNewUnit = first.NewUnit,
            DeliveredTiv = Tiv.Sum(deliveries.Select(d => d.Tiv)),
            LocalProduction = first.LocalProduction,
            Deliveries = deliveries,
            Source = first.DataSource,
            Location = first.Location,
        };
    }
}
