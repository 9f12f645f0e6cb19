using Microsoft.Data.Analysis;

namespace TradeArms.Profiles;

public sealed partial class CountryProfile : IAnalysisResult
{
    /// <summary>For example <c>Country profile: India, 1992-2021</c>.</summary>
    public string Title => $"Country profile: {Actor.Name}, {Years}";

    /// <summary>The measure of every volume: TIV million.</summary>
    public Measure Measure => Measure.TivMillions;

    string IAnalysisResult.Window => Years.ToString();

    IReadOnlyList<string> IAnalysisResult.Notes => Notes;

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
}
