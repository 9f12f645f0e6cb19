using System.Globalization;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Imf.Tests;

/// <summary>The IMF DOTS workbooks in ../shared/data (235 reporters) loaded into one matrix.</summary>
public class DotsWorkbookReaderTest
{
    private static readonly Lazy<DotsReadResult> s_dots = new(() => DotsWorkbookReader.Read(SharedData.Path("trade", "imf-dots-2022-02")));

    [SharedDataFact]
    public void Read_AllWorkbooks_CountsEveryValue()
    {
        var dots = s_dots.Value;
        var m = dots.Matrix;
        Assert.Equal(235, dots.Workbooks);
        // The derived file index (made with python3 from the XML) counts 2,607,443 non-empty value cells, the row-8
        // repeats included; every one of them is either loaded or in a skipped identical repeat.
        var index = File.ReadAllLines(SharedData.Path("trade", "derived", "imf-dots-2022-02-file-index.csv")).Skip(1)
            .Select(l => l.Split(',')).Sum(f => long.Parse(f[^5], CultureInfo.InvariantCulture) + long.Parse(f[^1], CultureInfo.InvariantCulture));
        Assert.Equal(2_607_443, index);
        Assert.Equal(index, m.ExportValueCount + m.ImportValueCount + dots.DuplicateValuesSkipped + dots.DuplicateWorkbookValuesSkipped + dots.SelfPartnerValuesSkipped);
        // Nicaragua comes twice (DOTS_143 and DOTS_144, the same values).
        Assert.Equal(["DOTS_144.xlsx"], dots.DuplicateWorkbooks);
        // Its 3,359 + 4,315 values in the index, less the 64 of its own repeated row 8 (counted with the repeats).
        Assert.Equal(3359 + 4315 - 64, dots.DuplicateWorkbookValuesSkipped);
        // Measured counts (DOTS 2022-02): the exact figures this loader produces.
        Assert.Equal(2_579_257, m.ExportValueCount + m.ImportValueCount);
        Assert.Equal(460, dots.DuplicateRowsSkipped);   // row 8 of 2 sheets in 230 workbooks (PROVENANCE)
        Assert.Equal(18_816, dots.DuplicateValuesSkipped);
        Assert.Equal(30, dots.SelfPartnerRowsSkipped);  // World to World, Euro Area to Euro Area, ...
        Assert.Equal(1_760, dots.SelfPartnerValuesSkipped);
        // 176,030 cells are written '1.00 e' (python3 count); 2,025 of them sit in skipped repeats.
        Assert.Equal(174_005, dots.EstimatedValues);
        Assert.Equal(243, m.ActorCount);
        Assert.Equal(51_347, m.PairCount);
        Assert.Equal(1960, m.Periods[0].CalendarYear.Year);
        Assert.Equal(2020, m.Periods[^1].CalendarYear.Year);
        Assert.Equal(m.GivenCellCount, m.ExportValueCount + m.ImportValueCount);
    }

    [SharedDataFact]
    public void PakistanRussia_EqualsTheDerivedCsvExactly()
    {
        var m = s_dots.Value.Matrix;
        // imf-dots-pakistan-russia.csv: extracted with python3 from DOTS_151 and DOTS_162, values as the shortest
        // decimal that round-trips the stored double.
        var expected = File.ReadAllLines(SharedData.Path("trade", "derived", "imf-dots-pakistan-russia.csv")).Skip(1)
            .Select(l => l.Split(',')).ToList();
        Assert.Equal(362, expected.Count);
        foreach (var f in expected)
        {
            var flow = f[2] == "exports_fob" ? TradeFlow.Exports : TradeFlow.Imports;
            var value = m[f[0], f[1], new CalendarYear(int.Parse(f[3], CultureInfo.InvariantCulture)), flow];
            // The same double, bit for bit (python writes 596.0 where .NET writes 596).
            Assert.Equal(double.Parse(f[4], CultureInfo.InvariantCulture), value);
        }
        // ... and no value of these pairs is missing from the file.
        var pairs = new[] { ("Pakistan", "Russian Federation"), ("Pakistan", "USSR"), ("Pakistan", "World"), ("Russian Federation", "Pakistan"), ("Russian Federation", "World") };
        var count = 0;
        foreach (var (reporter, partner) in pairs)
        {
            var pair = m.IndexOfPair(m.IndexOfActor(reporter), m.IndexOfActor(partner));
            count += m.Values(pair, TradeFlow.Exports).ToArray().Count(v => !double.IsNaN(v));
            count += m.Values(pair, TradeFlow.Imports).ToArray().Count(v => !double.IsNaN(v));
        }
        Assert.Equal(362, count);

        // The same pair as a BilateralTradeTable: decimals equal the CSV text.
        var table = m.Table("Pakistan", "Russian Federation");
        Assert.Equal(Actor.Find("Pakistan"), table.Reporter);
        Assert.Equal(Actor.Find("Russia"), table.Partner);
        var row2018 = table[new CalendarYear(2018)];
        var csv2018 = expected.Single(f => f[0] == "Pakistan" && f[1] == "Russian Federation" && f[2] == "imports_cif" && f[3] == "2018");
        Assert.Equal(decimal.Parse(csv2018[4], CultureInfo.InvariantCulture), row2018.Imports!.Value.Amount);
    }

    [SharedDataFact]
    public void MirrorGaps_PakistanRussia2018_FobAgainstCif()
    {
        var gaps = s_dots.Value.Matrix.MirrorGaps();
        // PROVENANCE: in 2018 Pakistan reports imports from Russia of 484.94, Russia exports to Pakistan of 418.32.
        var y = new CalendarYear(2018);
        Assert.Equal(418.32, gaps.Exports["Russian Federation", "Pakistan", y]!.Value, 2);
        Assert.Equal(484.94, gaps.MirrorImports["Russian Federation", "Pakistan", y]!.Value, 2);
        Assert.Equal(484.94 - 418.32, gaps.Gap["Russian Federation", "Pakistan", y]!.Value, 1);
    }

    [SharedDataFact]
    public void RussiaPakistan2012_MatchesThePublishedTotal()
    {
        // PROVENANCE: Russia's 2012 report: exports 209.95, imports 332.20, total 542.15 ("$542 million").
        var s = s_dots.Value.Matrix.Summarize();
        Assert.Equal(542.15, s.Turnover["Russian Federation", "Pakistan", new CalendarYear(2012)]!.Value, 2);
        Assert.Equal(209.95 - 332.20, s.Balance["Russian Federation", "Pakistan", new CalendarYear(2012)]!.Value, 2);
    }

    [SharedDataFact]
    public void Estimates_AreKeptAndFlagged()
    {
        var m = s_dots.Value.Matrix;
        // DOTS_1 (Afghanistan) exports sheet, cell Y8 '1.00 e' repeats row 8's first partner; check the flag exists somewhere.
        Assert.True(m.HasEstimates);
        var flagged = 0L;
        for (var pair = 0; pair < m.PairCount; pair++)
        {
            for (var t = 0; t < m.PeriodCount; t++)
            {
                if (m.IsEstimated(pair, t, TradeFlow.Exports) || m.IsEstimated(pair, t, TradeFlow.Imports))
                {
                    flagged++;
                }
            }
        }
        Assert.True(flagged > 0);
    }

    [SharedDataFact]
    public void OneModel_WorkbooksAndDerivedCsv_GiveTheSameFigures()
    {
        // Both readers produce DotsObservation: the workbooks' figures of Pakistan and Russia equal the derived CSV's
        // (made with python3 from DOTS_151 and DOTS_162), name, flow, year and amount (decimal) alike.
        var csv = TradeArms.Trade.ImfDotsCsv.Read(SharedData.Path("trade", "derived", "imf-dots-pakistan-russia.csv"));
        var names = new HashSet<string>(["Pakistan", "Russian Federation", "USSR", "World"], StringComparer.Ordinal);
        var fromWorkbooks = s_dots.Value.Data.Observations
            .Where(o => o.Reporter.Name is "Pakistan" or "Russian Federation" && names.Contains(o.Partner.Name))
            .Select(o => (o.Reporter.Name, o.Partner.Name, o.Flow, o.Year, o.Value)).ToHashSet();
        Assert.Equal(362, fromWorkbooks.Count);
        Assert.True(fromWorkbooks.SetEquals(csv.Observations.Select(o => (o.Reporter.Name, o.Partner.Name, o.Flow, o.Year, o.Value))));
        // ... and the matrix of the CSV holds the workbook matrix's doubles for those cells.
        var small = TradeArms.Matrix.BilateralTradeMatrix.From(csv);
        var y = new CalendarYear(2018);
        Assert.Equal(s_dots.Value.Matrix["Pakistan", "Russian Federation", y, TradeFlow.Imports], small["Pakistan", "Russian Federation", y, TradeFlow.Imports]);
        Assert.Equal(484.938791, small["Pakistan", "Russian Federation", y, TradeFlow.Imports]);
    }

    [SharedDataFact]
    public void OneModel_EconomiesAreResolved_AndUnmappedNamesReported()
    {
        var dots = s_dots.Value;
        var pakistan = dots.Data.Observations.First(o => o.Reporter.Name == "Pakistan").Reporter;
        Assert.Equal("PAK", pakistan.Economy?.Iso3);
        Assert.Equal("Pakistan", pakistan.Actor?.Name);
        Assert.True(dots.Data.Observations.First(o => o.Partner.Name == "Advanced Economies").Partner.IsAggregate);
        // Names without an economy are reported with their figures, never dropped: every figure is in the matrix.
        Assert.All(dots.UnmappedNames, u => Assert.True(u.Values > 0));
        Assert.Equal(dots.Matrix.ExportValueCount + dots.Matrix.ImportValueCount, dots.Data.Observations.Length);
        Assert.Equal(dots.EstimatedValues, dots.Data.Observations.Count(o => o.Estimated));
    }

    [Fact]
    public void Read_MissingFolder_IsReported() =>
        Assert.Equal("no-such-folder: expected an existing file or folder, found nothing.",
            Assert.Throws<TradeArms.Text.DataFormatException>(() => DotsWorkbookReader.Read("no-such-folder")).Message);
}
