using System.Buffers;

namespace TradeArms.Columnar.Format;

/// <summary>The per-row-group working arrays, reused across the groups of one write, rented from the shared
/// pools (their contents are overwritten before use: only the first rows of a group are read).</summary>
internal sealed class RowGroupScratch(int rows, bool snappy)
{
    private bool[]? _flags;
    private double[]? _derived;

    public int[] Pairs { get; } = ArrayPool<int>.Shared.Rent(rows);

    public int[] Periods { get; } = ArrayPool<int>.Shared.Rent(rows);

    public double[] Exports { get; } = ArrayPool<double>.Shared.Rent(rows);

    public double[] Imports { get; } = ArrayPool<double>.Shared.Rent(rows);

    public int[] Ints { get; } = ArrayPool<int>.Shared.Rent(rows);

    public bool[] Flags => _flags ??= ArrayPool<bool>.Shared.Rent(rows);

    public double[] Derived => _derived ??= ArrayPool<double>.Shared.Rent(rows);

    public ByteSink Body { get; } = new((rows * 9) + 1024);

    public byte[] Compressed { get; set; } = [];

    public bool Snappy => snappy;

    public void Release()
    {
        ArrayPool<int>.Shared.Return(Pairs);
        ArrayPool<int>.Shared.Return(Periods);
        ArrayPool<double>.Shared.Return(Exports);
        ArrayPool<double>.Shared.Return(Imports);
        ArrayPool<int>.Shared.Return(Ints);
        if (_flags is { } f)
        {
            ArrayPool<bool>.Shared.Return(f);
        }
        if (_derived is { } d)
        {
            ArrayPool<double>.Shared.Return(d);
        }
        Body.Release();
        if (Compressed.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Compressed);
        }
    }
}
