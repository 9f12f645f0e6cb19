using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms.Register;

/// <summary>
/// How TIV delivered moved between two releases of the Trade Register, by supplier or by recipient, largest absolute
/// movement first (<see cref="ReleaseDiff.BySupplier"/>, <see cref="ReleaseDiff.ByRecipient"/>): one
/// <see cref="TivMovement"/> per row, as a result every renderer serves.
/// </summary>
public sealed class TivMovementTable : IAnalysisResult
{
    internal const string SupplierRole = "supplier";
    internal const string RecipientRole = "recipient";

    private readonly ReleaseComparison _comparison;
    private readonly string _selection;
    private readonly int _of;

    internal TivMovementTable(ReleaseComparison comparison, string role, string selection, ImmutableArray<TivMovement> movements, int? of = null)
    {
        _comparison = comparison;
        _selection = selection;
        Role = role;
        Movements = movements;
        _of = of ?? movements.Length;
    }

    /// <summary><c>supplier</c> or <c>recipient</c>: whose TIV each row gives (the first column's name).</summary>
    public string Role { get; }

    /// <summary>The movements, largest absolute difference first.</summary>
    public ImmutableArray<TivMovement> Movements { get; }

    /// <summary>The first <paramref name="count"/> movements (the largest), with a note saying how many there are.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public TivMovementTable Largest(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return count >= Movements.Length ? this : new TivMovementTable(_comparison, Role, _selection, [.. Movements.Take(count)], _of);
    }

    /// <summary>For example <c>TIV delivered by supplier, release generated 2025-03-13 (...) -> 2026-05-18 (...): deals to Pakistan, largest movements first</c>.</summary>
    public string Title => $"TIV delivered by {Role}, {_comparison.Releases}: {_selection}, largest movements first";

    /// <summary>TIV million.</summary>
    public Measure Measure => Measure.TivMillions;

    /// <summary>None: the releases cover the whole register.</summary>
    public string Window => "";

    /// <summary>The newer release.</summary>
    public DataSource Source => _comparison.Newer;

    /// <summary>How the change splits, and how many rows are shown when cut.</summary>
    public IReadOnlyList<string> Notes =>
    [
        "Change = new - old = added - removed + revision (matched deals) + ambiguous change (deals not matched).",
        .. (Movements.Length < _of ? new[] { string.Create(CultureInfo.InvariantCulture, $"The {Movements.Length} largest of {_of} movements.") } : []),
    ];

    /// <summary>
    /// One row per actor: <c>supplier</c> (or <c>recipient</c>), <c>old</c> and <c>new</c> (TIV delivered over its
    /// deals in each release), <c>change</c>, <c>added</c>, <c>removed</c>, <c>revision</c> and <c>ambiguous_change</c>
    /// (see <see cref="TivMovement"/>), in TIV million.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn(Role, Movements.Select(m => m.Actor.Name)),
        new DoubleDataFrameColumn("old", Movements.Select(m => (double?)m.Old.Millions)),
        new DoubleDataFrameColumn("new", Movements.Select(m => (double?)m.New.Millions)),
        new DoubleDataFrameColumn("change", Movements.Select(m => (double?)m.Difference)),
        new DoubleDataFrameColumn("added", Movements.Select(m => (double?)m.Added)),
        new DoubleDataFrameColumn("removed", Movements.Select(m => (double?)m.Removed)),
        new DoubleDataFrameColumn("revision", Movements.Select(m => (double?)m.Revised)),
        new DoubleDataFrameColumn("ambiguous_change", Movements.Select(m => (double?)m.Ambiguous)));

    /// <summary>The text table by the one <see cref="Rendering.TableRenderer"/>.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
