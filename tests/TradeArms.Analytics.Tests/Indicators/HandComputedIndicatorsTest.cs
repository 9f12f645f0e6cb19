using TradeArms.Indicators;
using TradeArms.Products;

namespace TradeArms.Tests.Indicators;

/// <summary>
/// Every indicator on a small table whose values are worked out by hand in the comments (2020; economies A, B, C and D,
/// products 01, 02, 03):
/// A to B: 01 10, 02 30; B to A: 01 20, 03 10; A to C: 02 20; C to A: 01 5; B to C: 03 40; D to A: 01 0 (a reported zero).
/// Exports: A 01 10, 02 50 (60); B 01 20, 03 50 (70); C 01 5 (5); D 0. World: 01 35, 02 50, 03 50 (135).
/// </summary>
public sealed class HandComputedIndicatorsTest
{
    private const double Tolerance = 1e-12;

    internal static ProductFlows Table()
    {
        var b = new ProductFlowsBuilder(MoneyUnit.UsDollarMillions, new DataSource("hand-made test table")) { Level = ProductLevel.Chapter };
        // Added out of order on purpose: the builder sorts.
        b.Add(2020, "C", "A", "01", 5);
        b.Add(2020, "A", "B", "02", 30);
        b.Add(2020, "A", "B", "01", 10);
        b.Add(2020, "B", "A", "01", 20);
        b.Add(2020, "B", "A", "03", 10);
        b.Add(2020, "A", "C", "02", 20);
        b.Add(2020, "B", "C", "03", 40);
        b.Add(2020, "D", "A", "01", 0);
        return b.Build();
    }

    private static double V(IndicatorTable t, int row, string column) => t.Value(row, column) ?? throw new InvalidOperationException($"undefined: {t.Undefined(row)}");

    private static int Row(IndicatorTable t, string reporter, string? partner = null, string? product = null)
    {
        var rows = t.Where(2020, reporter, partner, product).ToList();
        Assert.Single(rows);
        return rows[0];
    }

    [Fact]
    public void GrubelLloyd_EveryPair_WithAquino()
    {
        var gl = GrubelLloyd.EveryPair(Table(), aquino: true);
        // A-B: sum |X - M| = |10-20| + |30-0| + |0-10| = 50, sum X + M = 70: GL = 1 - 50/70 = 2/7.
        var ab = Row(gl, "A", "B");
        Assert.Equal(2.0 / 7, V(gl, ab, "gl"), Tolerance);
        Assert.Equal((40.0, 30.0), (V(gl, ab, "exports"), V(gl, ab, "imports")));
        // Aquino: X scaled by 70/80, M by 70/60: |8.75-23.333| + 26.25 + 11.667 = 52.5: 1 - 52.5/70 = 0.25.
        Assert.Equal(0.25, V(gl, ab, "gl_aquino"), Tolerance);
        // A-C: one product each way, different products: GL = 0, Aquino also 0.
        var ac = Row(gl, "A", "C");
        Assert.Equal(0, V(gl, ac, "gl"), Tolerance);
        Assert.Equal(0, V(gl, ac, "gl_aquino"), Tolerance);
        // B-C: one way only: GL 0, Aquino undefined (divides by the zero direction).
        var bc = Row(gl, "B", "C");
        Assert.Equal(0, V(gl, bc, "gl"), Tolerance);
        Assert.Null(gl.Value(bc, "gl_aquino"));
        Assert.Contains("Aquino", gl.Undefined(bc));
        // A-D: the only cell is a reported zero: no trade, GL undefined (not 0, not NaN).
        var ad = gl.Where(2020, "D", "A").Concat(gl.Where(2020, "A", "D")).Single();
        Assert.Null(gl.Value(ad, "gl"));
        Assert.Equal("the pair has no trade in either direction", gl.Undefined(ad));
        Assert.Equal(4, gl.Count); // one row per pair
    }

    [Fact]
    public void GrubelLloyd_ByProduct_AndGroups()
    {
        var gl = GrubelLloyd.ByProduct(Table(), "A", "B", aquino: true);
        Assert.Equal(2.0 / 3, V(gl, Row(gl, "A", "B", "01"), "gl"), Tolerance); // 1 - 10/30
        Assert.Equal(0, V(gl, Row(gl, "A", "B", "02"), "gl"), Tolerance);
        Assert.Equal(0, V(gl, Row(gl, "A", "B", "03"), "gl"), Tolerance);
        Assert.Equal(2.0 / 7, V(gl, Row(gl, "A", "B", "TOTAL"), "gl"), Tolerance);
        Assert.Equal(0.25, V(gl, Row(gl, "A", "B", "TOTAL"), "gl_aquino"), Tolerance);
        // Summed to one code first (all products in "0"), trade looks balanced: 1 - |40-30|/70 = 6/7 > 2/7 (aggregation bias).
        var b = new ProductFlowsBuilder(MoneyUnit.UsDollarMillions, new DataSource("t")) { SumDuplicates = true };
        b.Add(2020, "A", "B", "0", 40);
        b.Add(2020, "B", "A", "0", 30);
        var coarse = GrubelLloyd.ByProduct(b.Build(), "A", "B");
        Assert.Equal(6.0 / 7, V(coarse, Row(coarse, "A", "B", "TOTAL"), "gl"), Tolerance);
    }

    [Fact]
    public void Rca_AgainstTheWorld_AndAGroup()
    {
        var rca = RevealedComparativeAdvantage.Compute(Table());
        Assert.Equal(9.0 / 14, V(rca, Row(rca, "A", product: "01"), "rca"), Tolerance);   // (10/60)/(35/135)
        Assert.Equal(2.25, V(rca, Row(rca, "A", product: "02"), "rca"), Tolerance);       // (50/60)/(50/135)
        Assert.Equal(5.0 / 13, V(rca, Row(rca, "A", product: "02"), "rsca"), Tolerance);  // 1.25/3.25
        Assert.Equal(54.0 / 49, V(rca, Row(rca, "B", product: "01"), "rca"), Tolerance);  // (20/70)/(35/135)
        Assert.Equal(27.0 / 14, V(rca, Row(rca, "B", product: "03"), "rca"), Tolerance);  // (50/70)/(50/135)
        Assert.Equal(27.0 / 7, V(rca, Row(rca, "C", product: "01"), "rca"), Tolerance);   // 1/(35/135)
        var d = Row(rca, "D", product: "01");
        Assert.Null(rca.Value(d, "rca"));
        Assert.Equal("the exporter's total exports are zero", rca.Undefined(d));
        Assert.Contains(rca.Notes, n => n.Contains("excluding aggregates", StringComparison.Ordinal));
        // Against the group {A, C}: world 01 15, 02 50 (65): RCA_A,01 = (10/60)/(15/65) = 13/18.
        var group = RevealedComparativeAdvantage.Compute(Table(), ["A", "C"], reporter: "A");
        Assert.Equal(13.0 / 18, V(group, Row(group, "A", product: "01"), "rca"), Tolerance);
        Assert.Equal(2, group.Count);
        // B exports product 03 that the group does not: undefined, with the reason.
        var b = RevealedComparativeAdvantage.Compute(Table(), ["A", "C"], reporter: "B");
        Assert.Equal("the reference group exports none of this product", b.Undefined(Row(b, "B", product: "03")));
    }

    [Fact]
    public void TradeIntensity_Wits()
    {
        var ti = TradeIntensity.Compute(Table());
        Assert.Equal(2.25, V(ti, Row(ti, "A", "B"), "intensity"), Tolerance);        // (40/60)/(40/135)
        Assert.Equal(81.0 / 49, V(ti, Row(ti, "B", "A"), "intensity"), Tolerance);   // (30/70)/(35/135)
        Assert.Equal(9.0 / 7, V(ti, Row(ti, "B", "C"), "intensity"), Tolerance);     // (40/70)/(60/135)
        Assert.Null(ti.Value(Row(ti, "D", "A"), "intensity"));
    }

    [Fact]
    public void Complementarity_MichaelyDrysdale()
    {
        var c = Complementarity.Compute(Table());
        // x_A = (1/6, 5/6, 0), m_B = (1/4, 3/4, 0): 1 - (1/12 + 1/12)/2 = 11/12.
        Assert.Equal(11.0 / 12, V(c, Row(c, "A", "B"), "complementarity"), Tolerance);
        // x_B = (2/7, 0, 5/7), m_A = (25/35, 0, 10/35): 1 - (3/7 + 3/7)/2 = 4/7.
        Assert.Equal(4.0 / 7, V(c, Row(c, "B", "A"), "complementarity"), Tolerance);
        // x_C = (1, 0, 0), m_B = (1/4, 3/4, 0): 1 - 1.5/2 = 1/4.
        Assert.Equal(0.25, V(c, Row(c, "C", "B"), "complementarity"), Tolerance);
        Assert.Equal("the exporter's total exports are zero", c.Undefined(Row(c, "D", "B")));
    }

    [Fact]
    public void ExportSimilarity_FingerKreinin()
    {
        var s = ExportSimilarity.Compute(Table());
        Assert.Equal(1.0 / 6, V(s, Row(s, "A", "B"), "similarity"), Tolerance); // min(1/6, 2/7) on 01
        Assert.Equal(1.0 / 6, V(s, Row(s, "A", "C"), "similarity"), Tolerance);
        Assert.Equal(2.0 / 7, V(s, Row(s, "B", "C"), "similarity"), Tolerance);
        var onlyC = ExportSimilarity.Compute(Table(), reporter: "C");
        Assert.All(onlyC.Rows, r => Assert.Equal("C", r.Reporter));
        Assert.Equal(3, onlyC.Count);
    }

    [Fact]
    public void Diversification_HhiTheilAndRca()
    {
        var d = ExportDiversification.Compute(Table());
        var a = Row(d, "A");
        Assert.Equal(2, V(d, a, "products"));
        Assert.Equal(26.0 / 36, V(d, a, "products_hhi"), Tolerance);               // (1/6)^2 + (5/6)^2
        Assert.Equal(4.0 / 9, V(d, a, "products_hhi_normalised"), Tolerance);      // (26/36 - 1/2) / (1/2)
        Assert.Equal(0.24258597169364066, V(d, a, "products_theil"), 1e-12);       // 1/6 ln(1/3) + 5/6 ln(5/3)
        Assert.Equal(1, V(d, a, "products_rca_above_1"));                          // 02 (2.25); 01 is 9/14
        Assert.Equal(5.0 / 9, V(d, a, "partners_hhi"), Tolerance);                 // B 40, C 20
        Assert.Equal(1.0 / 9, V(d, a, "partners_hhi_normalised"), Tolerance);
        Assert.Equal(0.056633012265132426, V(d, a, "partners_theil"), 1e-12);      // 2/3 ln(4/3) + 1/3 ln(2/3)
        var c = Row(d, "C");
        Assert.Equal(1, V(d, c, "products_hhi"));
        Assert.Null(d.Value(c, "products_hhi_normalised"));
        Assert.Equal(0, V(d, c, "products_theil"), Tolerance);
        Assert.Contains("one product or partner only", d.Undefined(c));
        Assert.Equal("the exporter's total exports are zero", d.Undefined(Row(d, "D")));
    }

    [Fact]
    public void Results_FollowTheContract_NoNaN()
    {
        var gl = GrubelLloyd.EveryPair(Table(), aquino: true);
        Assert.Equal("2020", gl.Window);
        Assert.Equal(Measure.Ratio, gl.Measure);
        Assert.Equal("hand-made test table", gl.Source.Citation);
        var frame = gl.ToDataFrame();
        Assert.Equal(["year", "reporter", "partner", "exports", "imports", "gl", "gl_aquino", "undefined"], frame.Columns.Select(c => c.Name));
        foreach (var t in new IndicatorTable[] { gl, RevealedComparativeAdvantage.Compute(Table()), TradeIntensity.Compute(Table()), Complementarity.Compute(Table()),
            ExportSimilarity.Compute(Table()), ExportDiversification.Compute(Table()) })
        {
            for (var r = 0; r < t.Count; r++)
            {
                for (var c = 0; c < t.Columns.Length; c++)
                {
                    Assert.True(t.Value(r, c) is not { } v || double.IsFinite(v), $"{t.Title} row {r} column {t.Columns[c]}");
                }
            }
        }
    }

    [Fact]
    public void Table_ToString_IsTheRendererTable_WithUndefinedCountsAndTheMoneyUnit()
    {
        var gl = GrubelLloyd.EveryPair(Table(), aquino: true);
        var text = gl.ToString();
        Assert.Equal(TradeArms.Rendering.TableRenderer.Render(gl), text);
        var lines = text.Split('\n');
        Assert.StartsWith("Year  Reporter  Partner  Exports  Imports", lines[1], StringComparison.Ordinal);
        // A and B: |10 - 20| + |30 - 0| + |0 - 10| = 50 of 70, GL = 1 - 50/70 = 2/7 = 0.2857 (four decimals for a ratio result).
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^2020 +A +B +40 +30 +0\.2857 "));
        Assert.Contains("Exports and imports in US$ million.", lines);
        Assert.All(((IAnalysisResult)gl).Summary, l => Assert.Matches(@"^n/a in \d+ rows?: .+\.$", l));
    }

    [Fact]
    public void Builder_RefusesBadCells()
    {
        var b = new ProductFlowsBuilder(MoneyUnit.UsDollarMillions, new DataSource("t"));
        Assert.Throws<ArgumentException>(() => b.Add(2020, "A", "B", "01", double.NaN));
        Assert.Throws<ArgumentException>(() => b.Add(2020, "A", "B", "01", -1));
        Assert.Throws<ArgumentException>(() => b.Add(2020, "A", "A", "01", 1));
        b.Add(2020, "A", "B", "01", 1);
        b.Add(2020, "A", "B", "01", 2);
        var e = Assert.Throws<InvalidOperationException>(() => b.Build());
        Assert.Contains("A to B, product 01, 2020 is given twice", e.Message);
    }

    [Fact]
    public void AtLevel_SumsToChapters()
    {
        var b = new ProductFlowsBuilder(MoneyUnit.UsDollarMillions, new DataSource("t")) { Level = ProductLevel.Subheading };
        b.Add(2020, "A", "B", "930110", 1);
        b.Add(2020, "A", "B", "930190", 2);
        b.Add(2020, "A", "B", "010121", 4);
        var chapters = b.Build().AtLevel(ProductLevel.Chapter);
        Assert.Equal(3, chapters.Value(2020, "A", "B", "93"));
        Assert.Equal(4, chapters.Value(2020, "A", "B", "01"));
        Assert.Equal(2, chapters.Count);
    }
}
