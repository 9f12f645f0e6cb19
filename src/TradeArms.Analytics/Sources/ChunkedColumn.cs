namespace TradeArms.Sources;

/// <summary>
/// An append-only column in chunks of 64K values: growing never copies what is stored, so a column of n rows costs n
/// values and at most one partly filled chunk (a doubling list would briefly hold 1.5x to 3x).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ChunkedColumn<T> where T : struct
{
    private const int Shift = 16;
    private const int Mask = (1 << Shift) - 1;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index] => _chunks[index >> Shift][index & Mask];

    public void Add(T value)
    {
        if ((Count & Mask) == 0 && Count >> Shift == _chunks.Count)
        {
            _chunks.Add(new T[1 << Shift]);
        }
        _chunks[Count >> Shift][Count & Mask] = value;
        Count++;
    }

    /// <summary>Appends <paramref name="count"/> default values (a column that starts late: the rows before it have none).</summary>
    public void AddDefaults(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Add(default);
        }
    }

    /// <summary>The bytes the column holds.</summary>
    public long Bytes => (long)_chunks.Count * (1 << Shift) * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
}
