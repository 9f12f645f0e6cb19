using System.Reflection;
using System.Text.RegularExpressions;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Conventions;

/// <summary>Conventions the code base promises, checked by reflection and by reading the sources.</summary>
public partial class ArchitectureTest
{
    private static readonly Assembly Core = typeof(Actor).Assembly;

    [Fact]
    public void Core_DoesNotReferenceChartsOrNotebookPackages()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("ScottPlot", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        var project = File.ReadAllText(RepositoryRoot.Combine("src", "TradeArms.Analytics", "TradeArms.Analytics.csproj"));
        Assert.DoesNotContain("ScottPlot", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Interactive", project, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_LeavesSpreadsheetParquetArrowAndDatabasePackagesToSatelliteProjects()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        foreach (var heavy in new[] { "ExcelDataReader", "Parquet", "Apache.Arrow", "DuckDB", "DocumentFormat.OpenXml" })
        {
            Assert.DoesNotContain(references, n => n.StartsWith(heavy, StringComparison.Ordinal));
        }
        // The matrix and its streaming CSV parser live in TradeArms.Matrix.
        Assert.DoesNotContain("Sep", references);
    }

    [Theory]
    [InlineData(typeof(CalendarYear))]
    [InlineData(typeof(FiscalYear))]
    [InlineData(typeof(FiscalYearConvention))]
    [InlineData(typeof(YearRange))]
    [InlineData(typeof(Period))]
    [InlineData(typeof(Money))]
    [InlineData(typeof(MoneyUnit))]
    [InlineData(typeof(Tiv))]
    public void DomainValues_AreReadonlyStructs(Type type)
    {
        Assert.True(type.IsValueType);
        Assert.NotNull(type.GetCustomAttribute<System.Runtime.CompilerServices.IsReadOnlyAttribute>());
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var offenders = Core.GetExportedTypes()
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .Select(p => t.Name + "." + p.Name))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Sources_ParseAndFormatNumbersWithAnExplicitCulture()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }
            var text = File.ReadAllText(file);
            foreach (Match m in ForbiddenCalls().Matches(text))
            {
                offenders.Add($"{Path.GetFileName(file)}: {m.Value}");
            }
        }
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("var x = double.Parse(text);")]
    [InlineData("var t = DateTime.Now;")]
    [InlineData("var r = new Random();")]
    public void ForbiddenCalls_AreRecognised(string code) => Assert.Matches(ForbiddenCalls(), code);

    [Fact]
    public void ForbiddenCalls_AllowAnExplicitCulture() =>
        Assert.DoesNotMatch(ForbiddenCalls(), "double.Parse(text, CultureInfo.InvariantCulture)");

    // double.Parse("x") without a provider, DateTime.Now, unseeded Random.
    [GeneratedRegex(@"\b(?:double|decimal|int|float)\.Parse\([^,()]*\)|DateTime\.Now\b|new Random\(\)")]
    private static partial Regex ForbiddenCalls();
}
