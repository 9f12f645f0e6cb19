namespace TradeArms.Charts.Tests.Style;

public class ColourVisionTest
{
    [Theory]
    // Sharma, Wu and Dalal (2005), Table 1: test pairs 1, 7 and 17 of the CIEDE2000 reference data.
    [InlineData(50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425)]
    [InlineData(50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669)]
    [InlineData(50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492)]
    public void Ciede2000_MatchesThePublishedTestData(double l1, double a1, double b1, double l2, double a2, double b2, double expected) =>
        Assert.Equal(expected, ColourVision.Ciede2000((l1, a1, b1), (l2, a2, b2)), 4);

    [Fact]
    public void Simulation_MapsPureRedAsMachadosMatrices()
    {
        // Machado et al. (2009), severity 1.0: linear red (1, 0, 0) becomes the matrices' first column.
        var (r, g, b) = ColourVision.Simulate(ScottPlot.Color.FromHex("#FF0000"), ColourVision.Vision.Deuteranopia);
        Assert.Equal(Srgb(0.367322), r, 1);
        Assert.Equal(Srgb(0.280085), g, 1);
        Assert.Equal(0, b, 1); // -0.011820 clamps to 0
        var white = ColourVision.Simulate(ScottPlot.Color.FromHex("#FFFFFF"), ColourVision.Vision.Tritanopia);
        Assert.Equal(255, white.R, 3);
        Assert.Equal(255, white.G, 3);
        Assert.Equal(255, white.B, 3); // each row of the matrices sums to 1: white stays white
    }

    private static double Srgb(double linear) => 255 * ((1.055 * Math.Pow(linear, 1 / 2.4)) - 0.055);

    [Fact]
    public void NamedActors_StayDistinguishableUnderEveryCommonDeficiency()
    {
        // The suppliers that share charts most often: every pair keeps the minimum difference in normal vision,
        // protanopia, deuteranopia and tritanopia.
        string[] names = ["Russia", "United States", "China", "France", "Israel", "United Kingdom", "Germany", "Soviet Union", "Others"];
        var failures = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            for (var j = i + 1; j < names.Length; j++)
            {
                var d = ColourVision.WorstDifference(Palette.ForActor(names[i]), Palette.ForActor(names[j]));
                if (d < Palette.MinimumDifference)
                {
                    failures.Add($"{names[i]} / {names[j]}: {d:0.0}");
                }
            }
        }
        Assert.True(failures.Count == 0, "Too close: " + string.Join(", ", failures));
    }

    [Fact]
    public void TheCheck_CatchesColoursThatOnlyDifferInRedAndGreen()
    {
        // A red and a green of equal lightness: clear in normal vision, nearly one colour under deuteranopia.
        var red = ScottPlot.Color.FromHex("#C46A5A");
        var green = ScottPlot.Color.FromHex("#6F9A5A");
        Assert.True(ColourVision.Difference(red, green, ColourVision.Vision.Normal) > 20);
        Assert.True(ColourVision.WorstDifference(red, green) < Palette.MinimumDifference);
    }

    [Fact]
    public void ForActors_GivesUnnamedActorsColoursApartFromTheOthers()
    {
        var colours = Palette.ForActors(["China", "Sweden", "Italy", "Turkey", "Netherlands", "Others"]);
        Assert.Equal(Palette.ForActor("China"), colours[0]);
        for (var i = 0; i < colours.Count; i++)
        {
            for (var j = i + 1; j < colours.Count; j++)
            {
                Assert.True(ColourVision.WorstDifference(colours[i], colours[j]) >= Palette.MinimumDifference, $"{i} / {j}");
            }
        }
    }
}
