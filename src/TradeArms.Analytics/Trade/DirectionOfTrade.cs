using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Trade;

/// <summary>
/// IMF Direction of Trade Statistics (DOTS) figures: each reporter's exports (FOB) to and imports (CIF) from its
/// partners by calendar year, in US$ million, as read by <see cref="ImfDotsCsv"/> (or shipped as
/// <see cref="Datasets.PakistanRussiaDots"/>). Both sides of a pair report, so the data give a reporter's view
/// (<see cref="Table"/>) and a mirror comparison (<see cref="Mirror(Actor, Actor)"/>).
/// </summary>
/// <remarks>
/// Historical partners stay separate: Pakistan's trade with the USSR (to 1992) is not Russia's. DOTS's "World"
/// aggregate is the partner with <see cref="DotsEconomy.IsWorld"/>. The one DOTS model: the CSV reader and the
/// workbook reader of <c>TradeArms.Imf</c> produce it, and <c>TradeArms.Matrix</c> builds its matrix from it.
/// </remarks>
public sealed class DirectionOfTrade
{
    /// <summary>Creates the data from figures, each reporter, partner, flow and year at most once.</summary>
    /// <param name="observations">The figures, in source order.</param>
    /// <param name="source">The citation, with vintage and location.</param>
    /// <exception cref="ArgumentException">A figure is given twice, its value is not in US$ million, or its reporter is its partner.</exception>
    public DirectionOfTrade(ImmutableArray<DotsObservation> observations, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var seen = new HashSet<(DotsEconomy, DotsEconomy, DotsFlow, CalendarYear)>();
        foreach (var o in observations)
        {
            ArgumentNullException.ThrowIfNull(o.Reporter, nameof(observations));
            ArgumentNullException.ThrowIfNull(o.Partner, nameof(observations));
            if (o.Value.Unit != MoneyUnit.UsDollarMillions)
            {
                throw new ArgumentException($"DOTS figures are in US$ million; {o.Reporter}-{o.Partner} {o.Year} is in {o.Value.Unit}.", nameof(observations));
            }
            if (o.Reporter == o.Partner)
            {
                throw new ArgumentException($"A DOTS figure is between two economies; {o.Reporter} {o.Year} is its own partner.", nameof(observations));
            }
            if (!seen.Add((o.Reporter, o.Partner, o.Flow, o.Year)))
            {
                throw new ArgumentException($"The figure {o.Reporter}-{o.Partner} {o.Year} {Describe(o.Flow)} is given twice.", nameof(observations));
            }
        }
        Observations = observations;
        Source = source;
    }

    /// <summary>The citation: "International Monetary Fund, Direction of Trade Statistics", with the vintage where known.</summary>
    public DataSource Source { get; }

    /// <summary>Every figure, in file order.</summary>
    public ImmutableArray<DotsObservation> Observations { get; }

    /// <summary>The reporting economies, by name.</summary>
    public IReadOnlyList<DotsEconomy> Reporters => [.. Observations.Select(o => o.Reporter).Distinct().OrderBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The reporter's view of its trade with a partner as a <see cref="BilateralTradeTable"/> by calendar year: exports
    /// FOB, imports CIF (so the balance mixes the two valuations, as every reporter's own balance does). A year in which
    /// one flow is not reported has that flow missing.
    /// </summary>
    /// <exception cref="DataCoverageException">The data hold no figure of the reporter for that partner.</exception>
    public BilateralTradeTable Table(Actor reporter, Actor partner)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(partner);
        var rows = Observations.Where(o => o.Reporter.Actor == reporter && o.Partner.Actor == partner).ToList();
        if (rows.Count == 0)
        {
            throw new DataCoverageException($"The DOTS data hold no figure reported by {reporter} for {partner} (reporters: {string.Join(", ", Reporters.Select(e => e.Actor?.Name ?? e.Name))}).");
        }
        var tableRows = rows.GroupBy(o => o.Year).OrderBy(g => g.Key).Select(g => new TradeRow(g.Key,
            g.Where(o => o.Flow == DotsFlow.ExportsFob).Select(o => (Money?)o.Value).FirstOrDefault(),
            g.Where(o => o.Flow == DotsFlow.ImportsCif).Select(o => (Money?)o.Value).FirstOrDefault(),
            sourceLine: g.Min(o => o.Line)));
        return new BilateralTradeTable(reporter, partner, MoneyUnit.UsDollarMillions,
            Source with { Vintage = Join(Source.Vintage, $"reported by {reporter}; exports FOB, imports CIF") }, tableRows);
    }

    /// <summary>
    /// One reported flow as a <see cref="TimeSeries"/> in US$ million, by calendar year; <paramref name="partner"/> null
    /// for the reporter's trade with the world.
    /// </summary>
    /// <exception cref="DataCoverageException">The data hold no such figure.</exception>
    public TimeSeries Series(Actor reporter, Actor? partner, DotsFlow flow)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        var points = Observations.Where(o => o.Reporter.Actor == reporter && (partner is null ? o.Partner.IsWorld : o.Partner.Actor == partner) && o.Flow == flow)
            .Select(o => ((Period)o.Year, (double?)o.Value.Amount)).ToList();
        var partnerName = partner?.Name ?? "the world";
        if (points.Count == 0)
        {
            throw new DataCoverageException($"The DOTS data hold no {Describe(flow)} reported by {reporter} for {partnerName}.");
        }
        var name = flow == DotsFlow.ExportsFob ? $"{reporter} exports to {partnerName} (FOB), as reported by {reporter}"
            : $"{reporter} imports from {partnerName} (CIF), as reported by {reporter}";
        return new TimeSeries(name, Measure.Of(MoneyUnit.UsDollarMillions), Source, points);
    }

    /// <summary>
    /// Both sides' reports of the trade between <paramref name="reporter"/> and <paramref name="partner"/> compared
    /// (see <see cref="TradeArms.Mirror.Compare"/>).
    /// </summary>
    public MirrorComparison Mirror(Actor reporter, Actor partner) => TradeArms.Mirror.Compare(Table(reporter, partner), Table(partner, reporter));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"IMF DOTS: {Observations.Length} figures, reporters {string.Join(", ", Reporters.Select(e => e.Actor?.Name ?? e.Name))}, {(Observations.IsEmpty ? "no years" : $"{Observations.Min(o => o.Year)}..{Observations.Max(o => o.Year)}")} ({Source.Vintage ?? "vintage not stated"})");

    internal static string Describe(DotsFlow flow) => flow == DotsFlow.ExportsFob ? "exports (FOB)" : "imports (CIF)";

    private static string Join(string? a, string b) => a is null ? b : a + "; " + b;
}
