namespace TradeArms.Matrix.Tests;

/// <summary>A hand-made tidy matrix of three actors and three years (a missing export, a zero import, a quoted name),
/// shared by the matrix tests, the columnar round trips and the CLI tests (linked into their projects).</summary>
internal static class SmallMatrixCsv
{
    internal const string Text = """
        reporter,partner,year,flow,value
        AAA,BBB,2000,X,10
        AAA,BBB,2000,M,4
        AAA,BBB,2001,X,6
        AAA,BBB,2001,M,0
        AAA,BBB,2002,X,
        AAA,BBB,2002,M,5
        BBB,AAA,2000,X,4.4
        BBB,AAA,2000,M,11
        "C, Rep. of",AAA,2001,X,3

        """;
}
