using System.Security.Cryptography;

namespace TradeArms.Matrix.Tests;

public class SyntheticTradeMatrixTest
{
    private static byte[] Generate(long rows, ulong seed)
    {
        using var stream = new MemoryStream();
        SyntheticTradeMatrix.Write(stream, rows, seed);
        return stream.ToArray();
    }

    [Fact]
    public void Write_SameSeed_SameBytes_OtherSeed_OtherBytes()
    {
        var a = Generate(50_000, 3);
        Assert.Equal(SHA256.HashData(a), SHA256.HashData(Generate(50_000, 3)));
        Assert.NotEqual(SHA256.HashData(a), SHA256.HashData(Generate(50_000, 4)));
    }

    [Fact]
    public void Write_GivesTheRowsAskedForWithZerosMissingValuesAndBothFlows()
    {
        var text = System.Text.Encoding.ASCII.GetString(Generate(100_000, 1));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SyntheticTradeMatrix.Header, lines[0]);
        Assert.Equal(100_001, lines.Length);
        var values = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(values, f => Assert.Equal(5, f.Length));
        Assert.All(values, f => Assert.Matches("^[A-Z]{3}$", f[0]));
        Assert.Contains(values, f => f[3] == "X");
        Assert.Contains(values, f => f[3] == "M");
        var empty = values.Count(f => f[4].Length == 0);
        var zero = values.Count(f => f[4] == "0");
        // About 2% missing and 3% zeros among written rows (2/96 and 3/96 of the cells drawn).
        Assert.InRange(empty / 100_000.0, 0.015, 0.027);
        Assert.InRange(zero / 100_000.0, 0.025, 0.037);
        Assert.Equal(1948, values.Min(f => int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(2023, values.Max(f => int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Write_LoadsIntoAMatrixWithEveryRow()
    {
        using var stream = new MemoryStream(Generate(30_000, 9));
        var m = TradeMatrixCsvReader.Read(stream, "g.csv", new TradeMatrixReadOptions { Unit = MoneyUnit.UsDollarMillions });
        Assert.Equal(30_000, m.GivenCellCount);
        Assert.Equal(76, m.PeriodCount);
        Assert.All(m.Actors, a => Assert.Equal(3, a.Length));
    }
}
