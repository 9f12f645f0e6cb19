using Microsoft.Data.Analysis;

namespace TradeArms;

/// <summary>
/// One part of a composite result (<see cref="IAnalysisResult.Sections"/>): a titled table with its own measure,
/// window, summary and notes, e.g. a fact sheet's <c>Largest exporters, 2017-2021</c>. Immutable: the rows are copied
/// in and every <see cref="ToDataFrame"/> returns a fresh copy.
/// </summary>
public sealed class ResultSection : IAnalysisResult
{
    private readonly DataFrame _rows;

    /// <summary>A section of a result.</summary>
    /// <param name="title">The title, one line.</param>
    /// <param name="measure">The measure of its values.</param>
    /// <param name="window">The period it covers, as text.</param>
    /// <param name="source">Citation and vintage.</param>
    /// <param name="rows">The rows (copied).</param>
    /// <param name="summary">Lines that summarise the rows; none when null.</param>
    /// <param name="notes">What the reader must know; none when null.</param>
    public ResultSection(string title, Measure measure, string window, DataSource source, DataFrame rows,
        IReadOnlyList<string>? summary = null, IReadOnlyList<string>? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rows);
        Title = title;
        Measure = measure;
        Window = window;
        Source = source;
        _rows = rows.Clone();
        Summary = [.. summary ?? []];
        Notes = [.. notes ?? []];
    }

    /// <inheritdoc/>
    public string Title { get; }

    /// <inheritdoc/>
    public Measure Measure { get; }

    /// <inheritdoc/>
    public string Window { get; }

    /// <inheritdoc/>
    public DataSource Source { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Summary { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc/>
    public DataFrame ToDataFrame() => _rows.Clone();

    /// <summary>The section as text by the one <see cref="Rendering.TableRenderer"/>.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
