using System.Text.RegularExpressions;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Conventions;

/// <summary>Assemblies of the repository talk to each other through public API only.</summary>
public partial class AssemblyBoundaryTest
{
    [Fact]
    public void InternalsVisibleTo_NamesOnlyTestProjects()
    {
        var offenders = new List<string>();
        var projects = Directory.GetFiles(RepositoryRoot.Combine("src"), "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            foreach (Match m in InternalsVisibleTo().Matches(File.ReadAllText(project)))
            {
                var friend = m.Groups[1].Value;
                if (!friend.EndsWith(".Tests", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetFileName(project)} -> {friend}");
                }
            }
        }
        Assert.Empty(offenders);
    }

    [GeneratedRegex("<InternalsVisibleTo\\s+Include=\"([^\"]+)\"")]
    private static partial Regex InternalsVisibleTo();
}
