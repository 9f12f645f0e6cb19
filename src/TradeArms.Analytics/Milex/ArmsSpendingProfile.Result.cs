using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms.Milex;

public sealed partial class ArmsSpendingProfile : IAnalysisResult
{
    /// <summary>A note every rendering of arms imports beside money carries.</summary>
    internal const string TivNote = "TIV is a volume indicator, not US$: no TIV figure is converted to money. Years without identified deliveries count as 0 TIV.";

    /// <summary>For example <c>Pakistan: arms imports and military expenditure, 1992-2021 (each column in its own unit)</c>.</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"{Country}: arms imports and military expenditure, {Years} (each column in its own unit)");

    /// <summary>The military expenditure's money with its price basis (the one money column); each other column states its own unit.</summary>
    public Measure Measure => SpendingUnit is { } unit ? Measure.WithPriceBasis(unit) : Measure.MoneyAsStated(Tracks[1].Unit);

    /// <summary>The time axis.</summary>
    string IAnalysisResult.Window => Years.ToString();

    /// <summary>The milex workbook's citation and vintage (the arms data's are a note).</summary>
    public DataSource Source => Tracks[1].Source;

    /// <summary>The correlations of every pair of tracks, one line each.</summary>
    public IReadOnlyList<string> Summary =>
    [
        .. Correlations.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"Correlation (Pearson, years with both figures), {c.First} ~ {c.Second}: {(c.Pearson is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "undefined")} (n = {c.Years})")),
    ];

    /// <summary>Each column's unit, the TIV rule and the arms data's source.</summary>
    public IReadOnlyList<string> Notes =>
    [
        "Columns: " + string.Join("; ", Tracks.Select(t => $"{t.Name} in {t.Unit}")) + ".",
        TivNote,
        .. Tracks.Where(t => t.Source != Source).Select(t => $"Source of {t.Name}: {Cited(t.Source)}."),
    ];

    private static string Cited(DataSource source) => source.Citation.TrimEnd('.') + (source.Vintage is { } v ? "; " + v.TrimEnd('.') : "");

    /// <summary>
    /// The profile as a DataFrame, one row per year: <c>year</c>, <c>arms_imports_tiv</c> (TIV million, 0 without
    /// deliveries), <c>military_expenditure</c> (decimal, in <see cref="Measure"/>'s unit), <c>share_of_gdp_pct</c>
    /// (percent) and, when the profile has one, <c>trade</c> (in its own unit, see <see cref="Notes"/>); null where a
    /// track has no figure.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var years = Years.Select(y => y.Year).ToList();
        var frame = new DataFrame(
            new Int32DataFrameColumn("year", years.Select(y => (int?)y)),
            new DoubleDataFrameColumn("arms_imports_tiv", years.Select(y => Tracks[0].Values[y])),
            new DecimalDataFrameColumn("military_expenditure", years.Select(y => Tracks[1].Values[y] is { } v ? (decimal?)v : null)),
            new DoubleDataFrameColumn("share_of_gdp_pct", years.Select(y => Tracks[2].Values[y])));
        if (Tracks.Count > 3)
        {
            frame.Columns.Add(new DoubleDataFrameColumn("trade", years.Select(y => Tracks[3].Values[y])));
        }
        return frame;
    }

    /// <summary>The profile as a text table (<see cref="Rendering.TableRenderer"/>).</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
