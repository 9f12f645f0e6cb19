using System.Globalization;
using System.Text;
using System.Text.Json;
using TradeArms.Cli.Infrastructure;
using TradeArms.Register;

namespace TradeArms.Cli.Commands;

/// <summary>
/// How deals of SIPRI's Trade Register are printed by the register commands: JSON objects with camelCase fields,
/// CSV rows with the same names, and aligned table rows. TIV follows SIPRI's convention: an empty value (null) is
/// none stated or no deliveries, <c>0</c> is more than 0 but under the printed precision.
/// </summary>
internal static class DealOutput
{
    public static readonly string[] CsvColumns =
    [
        "recipient", "supplier", "orderYear", "orderYearIsEstimate", "numberOrdered", "numberOrderedIsEstimate", "designation",
        "description", "category", "numberDelivered", "numberDeliveredIsEstimate", "deliveryYears", "status", "comments",
        "tivPerUnit", "totalOrderTiv", "deliveredTiv", "dealId", "generated", "location",
    ];

    public static void WriteJson(Utf8JsonWriter json, ArmsDeal deal) => WriteJson(json, deal, null);

    /// <summary>A deal as JSON; with a delivery window, also the TIV and number delivered in it (null for the full register, which has no per-year TIV).</summary>
    public static void WriteJson(Utf8JsonWriter json, ArmsDeal deal, YearRange? window)
    {
        json.WriteStartObject();
        json.WriteString("recipient", deal.Recipient.Name);
        json.WriteString("supplier", deal.Supplier.Name);
        json.WriteNumber("orderYear", deal.OrderYear.Year);
        json.WriteBoolean("orderYearIsEstimate", deal.OrderYearIsEstimate);
        Number(json, "numberOrdered", deal.NumberOrdered);
        json.WriteBoolean("numberOrderedIsEstimate", deal.NumberOrderedIsEstimate);
        json.WriteString("designation", deal.Designation);
        json.WriteString("description", deal.Description);
        String(json, "category", deal.Category);
        Number(json, "numberDelivered", deal.NumberDelivered);
        json.WriteBoolean("numberDeliveredIsEstimate", deal.NumberDeliveredIsEstimate);
        json.WriteStartArray("deliveryYears");
        foreach (var year in deal.DeliveryYears.Years)
        {
            json.WriteNumberValue(year.Year);
        }
        json.WriteEndArray();
        json.WriteString("deliveryYearsText", deal.DeliveryYears.Text);
        json.WriteString("status", deal.Status.Text);
        String(json, "comments", deal.Comments);
        Tiv(json, "tivPerUnit", deal.TivPerUnit);
        Tiv(json, "totalOrderTiv", deal.TotalOrderTiv);
        Tiv(json, "deliveredTiv", deal.DeliveredTiv);
        if (window is { } w)
        {
            json.WriteString("window", w.ToString());
            if (deal.DeliveredTivIn(w) is { } inWindow)
            {
                json.WriteNumber("deliveredTivInWindow", inWindow.Millions);
            }
            else
            {
                json.WriteNull("deliveredTivInWindow");
            }
            Number(json, "numberDeliveredInWindow", deal.NumberDeliveredIn(w));
        }
        Number(json, "dealId", deal.DealId);
        String(json, "generated", deal.Source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("location", deal.Location);
        json.WriteEndObject();
    }

    public static string[] CsvCells(ArmsDeal deal) =>
    [
        deal.Recipient.Name, deal.Supplier.Name, deal.OrderYear.ToString(), Flag(deal.OrderYearIsEstimate),
        Int(deal.NumberOrdered), Flag(deal.NumberOrderedIsEstimate), deal.Designation, deal.Description, deal.Category ?? "",
        Int(deal.NumberDelivered), Flag(deal.NumberDeliveredIsEstimate), deal.DeliveryYears.Text, deal.Status.Text, deal.Comments ?? "",
        TivText(deal.TivPerUnit), TivText(deal.TotalOrderTiv), TivText(deal.DeliveredTiv), Int(deal.DealId),
        deal.Source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", deal.Location,
    ];

    public static string CsvLine(IEnumerable<string> cells) => string.Join(',', cells.Select(OutputFormats.CsvField)) + "\n";

    /// <summary>Aligned columns, trailing spaces trimmed; numeric columns (by index) right-aligned.</summary>
    public static void Table(StringBuilder text, string[] header, IReadOnlyList<string[]> rows, ISet<int> rightAligned)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        void Row(string[] cells)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                line.Append(rightAligned.Contains(i) ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
                line.Append(i == cells.Length - 1 ? "" : "  ");
            }
            text.Append(line.ToString().TrimEnd(' ')).Append('\n');
        }
        Row(header);
        Row([.. widths.Select(w => new string('-', w))]);
        foreach (var r in rows)
        {
            Row(r);
        }
    }

    /// <summary>Delivery years for reading, runs of three or more shortened: <c>2007-2021; 2023-2025</c> (JSON and CSV keep SIPRI's text).</summary>
    public static string CompactYears(DeliveryYears years)
    {
        var list = years.Years.Select(y => y.Year).ToList();
        if (list.Count == 0)
        {
            return years.Text;
        }
        var parts = new List<string>();
        for (var i = 0; i < list.Count;)
        {
            var j = i;
            while (j + 1 < list.Count && list[j + 1] == list[j] + 1)
            {
                j++;
            }
            parts.Add(j - i >= 2 ? string.Create(CultureInfo.InvariantCulture, $"{list[i]}-{list[j]}")
                : string.Join("; ", list.Skip(i).Take(j - i + 1).Select(y => y.ToString(CultureInfo.InvariantCulture))));
            i = j + 1;
        }
        return string.Join("; ", parts) + (years.IsUncertain ? " (?)" : "");
    }

    public static string Q(bool estimate) => estimate ? "?" : "";

    public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string TivText(Tiv? value) => value?.ToString("R", null) ?? "";

    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Tiv(Utf8JsonWriter json, string name, Tiv? value)
    {
        switch (value)
        {
            case null or { Status: TivStatus.NoDeliveries }:
                json.WriteNull(name);
                break;
            case { Status: TivStatus.BelowHalf }:
                json.WriteNumber(name, 0);
                break;
            case { } v:
                json.WriteNumber(name, v.Millions);
                break;
        }
    }

    /// <summary>Reads the register files given with --data (one or more), with the chosen broken-line policy.</summary>
    public static TradeRegister ReadRegister(IReadOnlyList<string> files, bool strictLines)
    {
        foreach (var file in files)
        {
            UserPath.File(file);
        }
        return TradeRegisterReader.Read(files, new RegisterReadOptions { BrokenLines = strictLines ? BrokenLinePolicy.Reject : BrokenLinePolicy.Repair });
    }

    /// <summary>Repairs and notes, to standard error, so that JSON and CSV output stay clean.</summary>
    public static void Report(TradeRegister register, CommandContext context)
    {
        foreach (var repair in register.Repairs)
        {
            context.Error.WriteLine("repaired: " + repair);
        }
        foreach (var note in register.Notes)
        {
            context.Error.WriteLine("note: " + note);
        }
    }
}
