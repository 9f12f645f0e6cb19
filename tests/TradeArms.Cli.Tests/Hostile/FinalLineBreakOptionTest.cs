using TradeArms.Matrix;
using TradeArms.Register;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Register;
using TradeArms.Text;
using TradeArms.Trade;

namespace TradeArms.Cli.Tests.Hostile;

/// <summary>The one way to read a file known to be complete that lacks its final line break: each reader's option.</summary>
public class FinalLineBreakOptionTest
{
    [Fact]
    public void EveryTrailerlessReader_RefusesByDefault_AndAcceptsWithTheOption()
    {
        using var temp = new TempFolder();
        var table = temp.Write("t.tsv", HostileCorpus.Table1.TrimEnd('\n'));
        var register = temp.Write("r.csv", RegisterFiles.FiveDeals.TrimEnd('\n'));
        var matrix = temp.Write("m.csv", HostileCorpus.Matrix.TrimEnd('\n'));
        var tidy = temp.Write("y.csv", "supplier,recipient,year,tiv\nChina,Pakistan,2017,683");

        Assert.Throws<DataFormatException>(() => BilateralTradeTableReader.Read(table));
        Assert.Throws<DataFormatException>(() => TradeRegisterReader.Read(register));
        Assert.Throws<DataFormatException>(() => TradeMatrixCsvReader.Read(matrix, new TradeMatrixReadOptions { Unit = MoneyUnit.UsDollarMillions }));
        Assert.Throws<DataFormatException>(() => TidyTivCsv.Read(tidy));

        Assert.Equal(-22.61m, BilateralTradeTableReader.Read(table, new TradeTableReadOptions { AcceptMissingFinalLineBreak = true }).Rows[^1].PublishedBalance!.Value.Amount);
        Assert.Equal(5, TradeRegisterReader.Read(register, new RegisterReadOptions { AcceptMissingFinalLineBreak = true }).Deals.Length);
        Assert.Equal(4, TradeMatrixCsvReader.Read(matrix, new TradeMatrixReadOptions { Unit = MoneyUnit.UsDollarMillions, AcceptMissingFinalLineBreak = true }).GivenCellCount);
        Assert.Equal(683, TidyTivCsv.Read(tidy, new SipriReadOptions { AcceptMissingFinalLineBreak = true }).Observations.Single().Value.Millions);
    }
}
