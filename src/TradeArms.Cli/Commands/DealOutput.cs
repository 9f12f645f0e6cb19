using System.Globalization;
using System.Text.Json.Serialization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Register;

namespace TradeArms.Cli.Commands;

/// <summary>
/// How deals of SIPRI's Trade Register are printed by the register commands: JSON objects with camelCase fields
/// (CSV and text: <see cref="TradeArms.Register.DealSelection"/> through the one CSV and table renderers, the same names). TIV follows SIPRI's convention: an empty value (null) is
/// none stated or no deliveries, <c>0</c> is more than 0 but under the printed precision.
/// </summary>
internal static class DealOutput
{
    /// <summary>The deals as a JSON array; with a delivery window, each also has the TIV and number delivered in it.</summary>
    public static string Json(IEnumerable<ArmsDeal> deals, YearRange? window) => window is { } w
        ? JsonOutput.Write<IReadOnlyList<DealInWindowJson>>([.. deals.Select(d => new DealInWindowJson(d, w))], CliJsonContext.Default.IReadOnlyListDealInWindowJson)
        : JsonOutput.Write<IReadOnlyList<DealJson>>([.. deals.Select(d => new DealJson(d))], CliJsonContext.Default.IReadOnlyListDealJson);

    /// <summary>
    /// A deal as JSON, field by field as SIPRI's register gives it: TIV null for none stated or no deliveries, 0 for
    /// more than 0 but under the printed precision.
    /// </summary>
    internal record DealJson([property: JsonIgnore] ArmsDeal Deal)
    {
        public string Recipient => Deal.Recipient.Name;

        public string Supplier => Deal.Supplier.Name;

        public int OrderYear => Deal.OrderYear.Year;

        public bool OrderYearIsEstimate => Deal.OrderYearIsEstimate;

        public int? NumberOrdered => Deal.NumberOrdered;

        public bool NumberOrderedIsEstimate => Deal.NumberOrderedIsEstimate;

        public string Designation => Deal.Designation;

        public string Description => Deal.Description;

        public string? Category => Deal.Category;

        public int? NumberDelivered => Deal.NumberDelivered;

        public bool NumberDeliveredIsEstimate => Deal.NumberDeliveredIsEstimate;

        public IReadOnlyList<int> DeliveryYears => [.. Deal.DeliveryYears.Years.Select(y => y.Year)];

        public string DeliveryYearsText => Deal.DeliveryYears.Text;

        public string Status => Deal.Status.Text;

        public string? Comments => Deal.Comments;

        public double? TivPerUnit => Millions(Deal.TivPerUnit);

        public double? TotalOrderTiv => Millions(Deal.TotalOrderTiv);

        public double? DeliveredTiv => Millions(Deal.DeliveredTiv);

        public int? DealId => Deal.DealId;

        public string? Generated => Deal.Source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public string Location => Deal.Location;

        private static double? Millions(Tiv? value) => value is { Status: not TivStatus.NoDeliveries } v ? JsonOutput.Tiv(v) : null;
    }

    /// <summary>A deal with what was delivered in a window (null for the full register, which has no per-year TIV).</summary>
    internal sealed record DealInWindowJson(ArmsDeal Deal, [property: JsonIgnore] YearRange DeliveryWindow) : DealJson(Deal)
    {
        public string Window => DeliveryWindow.ToString();

        public double? DeliveredTivInWindow => JsonOutput.Tiv(Deal.DeliveredTivIn(DeliveryWindow));

        public int? NumberDeliveredInWindow => Deal.NumberDeliveredIn(DeliveryWindow);
    }

    /// <summary>Reads the register files given with --data (one or more), with the chosen broken-line policy (and --accept-unterminated).</summary>
    public static TradeRegister ReadRegister(IReadOnlyList<string> files, bool strictLines, bool acceptUnterminated)
    {
        foreach (var file in files)
        {
            UserPath.File(file);
        }
        return TradeRegisterReader.Read(files, new RegisterReadOptions { BrokenLines = strictLines ? BrokenLinePolicy.Reject : BrokenLinePolicy.Repair, AcceptMissingFinalLineBreak = acceptUnterminated });
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
