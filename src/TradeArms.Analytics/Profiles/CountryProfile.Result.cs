using System.Globalization;
using Microsoft.Data.Analysis;
using TradeArms.Sipri;
using TradeArms.Text;

namespace TradeArms.Profiles;

public sealed partial class CountryProfile : IAnalysisResult
{
    /// <summary>For example <c>Country profile: India, 1992-2021</c>.</summary>
    public string Title => $"Country profile: {Actor.Name}, {Years}";

    /// <summary>The measure of every volume: TIV million.</summary>
    public Measure Measure => Measure.TivMillions;

    string IAnalysisResult.Window => Years.ToString();

    IReadOnlyList<string> IAnalysisResult.Notes => [.. Notes, Tiv.VolumeNote];

    /// <summary>The actor: its kind and ISO code (<c>India: a state (IND).</c>).</summary>
    public IReadOnlyList<string> Summary =>
    [
        $"{Actor.Name}: {Kind(Actor.Kind)}{(Actor.Iso3 is { } iso ? " (" + iso + ")" : "")}.",
    ];

    /// <summary>Each role's partners by window, with the role's volume, trend, rank and change of concentration.</summary>
    public IReadOnlyList<IAnalysisResult> Sections => [.. new[] { AsRecipient, AsSupplier }.OfType<RoleProfile>().Select(Section)];

    /// <summary>
    /// The partners by window as one DataFrame: <c>role</c> (recipient or supplier), <c>window</c>, <c>partner</c>
    /// (<c>Others (n)</c> for the rest), <c>tiv</c>, <c>share_pct</c> and the window's <c>hhi_points</c>.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = new[] { AsRecipient, AsSupplier }.OfType<RoleProfile>()
            .SelectMany(role => role.PartnersByWindow.SelectMany(table => table.Rows.Select(row => (Role: role.Role, Table: table, Row: row))))
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn("role", rows.Select(r => r.Role == ProfileRole.Recipient ? "recipient" : "supplier")),
            new StringDataFrameColumn("window", rows.Select(r => r.Table.Window.ToString())),
            new StringDataFrameColumn("partner", rows.Select(r => r.Row.Label)),
            new DoubleDataFrameColumn("tiv", rows.Select(r => (double?)r.Row.Volume.Millions)),
            new DoubleDataFrameColumn("share_pct", rows.Select(r => r.Row.Percent)),
            new DoubleDataFrameColumn("hhi_points", rows.Select(r => r.Table.Concentration.Points)));
    }

    /// <summary>One role: a row per window (total, HHI, main partners); its volume, trend and rank as summary lines.</summary>
    private ResultSection Section(RoleProfile role)
    {
        var imports = role.Role == ProfileRole.Recipient;
        var tables = role.PartnersByWindow;
        var frame = new DataFrame(
            new StringDataFrameColumn("window", tables.Select(t => t.Window.ToString())),
            new DoubleDataFrameColumn("tiv", tables.Select(t => (double?)t.Total.Millions)),
            new StringDataFrameColumn("status", tables.Select(t => CodeText.Of(t.Total.Status))),
            new DoubleDataFrameColumn("hhi_points", tables.Select(t => t.Concentration.Points)),
            new StringDataFrameColumn(imports ? "main_suppliers" : "main_recipients", tables.Select(Partners)));
        var line = string.Create(CultureInfo.InvariantCulture, $"{(imports ? "Imports" : "Exports")}: {role.Volume.Total:N0} {Tiv.UnitLabel} in {Years}");
        if (role.Trend is { } fit)
        {
            line += "; linear trend " + NumberText.Format(fit.Slope, "+N1", null) + " per year (95% CI "
                + NumberText.Format(fit.SlopeInterval.Lower, "N1", null) + " to " + NumberText.Format(fit.SlopeInterval.Upper, "N1", null) + ")";
        }
        line += string.Create(CultureInfo.InvariantCulture, $"; rank {(role.Rank is { } r ? r + " of " + role.RankedActors : "n/a")} in {Windows[^1]}")
            + (role.ShareOfDataPercent is { } share ? ", " + NumberText.Format(share, "F1", null) + "% of the data's transfers" : "") + ".";
        List<string> summary = [line];
        if (role.ConcentrationChangePoints is { } change)
        {
            summary.Add($"HHI change {Windows[^2]} to {Windows[^1]}: {NumberText.Format(change, "+N0", null)} points.");
        }
        var windows = tables.IsEmpty ? Years.ToString() : $"{tables[0].Window.First}-{tables[^1].Window.Last}";
        return new ResultSection($"{(imports ? "Imports by supplier" : "Exports by recipient")}, {windows}", Measure, Years.ToString(), Source, frame,
            summary, [.. tables.SelectMany(t => t.Notes).Distinct()]);
    }

    private static string Partners(ShareTable table) => string.Join(", ", table.Rows.Select(row =>
        row.Label + " " + (row.Percent is { } p ? NumberText.Format(p, "F1", null) + "%" : "n/a")));

    private static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.State => "a state",
        ActorKind.HistoricalState => "a historical state",
        ActorKind.NonState => "a non-state actor",
        ActorKind.Organisation => "an organisation",
        ActorKind.Unknown => "an unknown actor",
        _ => CodeText.Of(kind),
    };
}
