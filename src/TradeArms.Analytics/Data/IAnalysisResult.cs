using Microsoft.Data.Analysis;

namespace TradeArms;

/// <summary>
/// What every analysis result exposes, whatever it computed: a title, the measure (unit) of its values, the window it
/// covers, its source and vintage, the notes a reader must see, and its rows as a <see cref="DataFrame"/>. Renderers
/// (the notebook extension, tables, files) serve every result through this contract, never by member names.
/// </summary>
public interface IAnalysisResult
{
    /// <summary>The title, one line, e.g. <c>India's arms imports by supplier, 2017-2021 (...)</c>.</summary>
    string Title { get; }

    /// <summary>The measure of the values (TIV million, a money unit, percent).</summary>
    Measure Measure { get; }

    /// <summary>The period covered, as text: <c>2017-2021</c>, <c>2012-2016 vs 2017-2021</c>, or the table's periods.</summary>
    string Window { get; }

    /// <summary>Citation and vintage of the data.</summary>
    DataSource Source { get; }

    /// <summary>The vintage of the data (e.g. <c>Generated: 22 April 2022</c>); null when the source states none.</summary>
    string? Vintage => Source.Vintage;

    /// <summary>What the reader must know: coverage, undefined values, years an actor did not exist, per-year averages.</summary>
    IReadOnlyList<string> Notes { get; }

    /// <summary>
    /// Lines that summarise the rows, shown by every renderer right after them: a total, concentration, coverage
    /// (<c>Total: 25,300 TIV million</c>, <c>Concentration: HHI 0.171 ...</c>). None by default.
    /// </summary>
    IReadOnlyList<string> Summary => [];

    /// <summary>
    /// The results this one is made of (a fact sheet's exporters, importers and regions; a profile's partners by window),
    /// none by default. Text renderers show a composite's summary lines and then its sections, each with its title,
    /// rows and footnotes, in place of its own rows: its <see cref="ToDataFrame"/> is the data behind the sections in
    /// one frame, for notebooks and the CSV renderer (which writes only that frame).
    /// </summary>
    IReadOnlyList<IAnalysisResult> Sections => [];

    /// <summary>The rows of the result as a DataFrame.</summary>
    DataFrame ToDataFrame();
}
