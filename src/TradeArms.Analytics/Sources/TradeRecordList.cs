using System.Collections;

namespace TradeArms.Sources;

/// <summary>
/// The records of a <see cref="TradeDataset"/>, in file order. They are stored as columns (a few dozen bytes a row);
/// each access builds the <see cref="TradeRecord"/> of its row, so keep a record you use more than once.
/// </summary>
public sealed class TradeRecordList : IReadOnlyList<TradeRecord>
{
    private readonly TradeColumns _columns;

    internal TradeRecordList(TradeColumns columns) => _columns = columns;

    /// <summary>The number of records.</summary>
    public int Count => _columns.Count;

    /// <summary>The number of records (as for an array).</summary>
    public int Length => _columns.Count;

    /// <summary>True when there are no records.</summary>
    public bool IsEmpty => _columns.Count == 0;

    /// <summary>The record of a row.</summary>
    /// <param name="index">The 0-based row.</param>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    public TradeRecord this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _columns[index];
        }
    }

    /// <inheritdoc />
    public IEnumerator<TradeRecord> GetEnumerator()
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            yield return _columns[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
