using TradeArms.Tests.Infrastructure;

namespace TradeArms.Interactive.Tests.Infrastructure;

/// <summary>
/// What the slow tests share, made once per test run in a folder of its own (so parallel runs and other test projects
/// never meet in one artifacts folder): the packages packed from this repository, and every notebook executed headless
/// from them by the repository's own runner (<c>notebooks/run-notebooks.cs</c>). Each is made on first use; timings are
/// written to the test output.
/// </summary>
public sealed class BuiltArtifacts : IDisposable
{
    private readonly Lazy<ProcessResult> _pack;
    private readonly Lazy<ProcessResult> _notebooks;

    public BuiltArtifacts()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tradearms-artifacts-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        _pack = new(() => ExternalProcess.Run("dotnet",
            ["pack", RepositoryRoot.Combine("Analytics.sln"), "-c", "Release", "-o", Packages, "-nologo", "-v", "q"],
            RepositoryRoot.Path, TimeSpan.FromMinutes(30)));
        _notebooks = new(() =>
        {
            RequirePackages();
            return ExternalProcess.Run("dotnet",
                ["run", RepositoryRoot.Combine("notebooks", "run-notebooks.cs"), "--", "--out", Executed, "--packages", Packages],
                RepositoryRoot.Path, TimeSpan.FromMinutes(20));
        });
    }

    /// <summary>This run's private folder.</summary>
    public string Folder { get; }

    /// <summary>Where the packages are packed.</summary>
    public string Packages => Path.Combine(Folder, "packages");

    /// <summary>Where the executed notebooks are written.</summary>
    public string Executed => Path.Combine(Folder, "executed");

    /// <summary>The <c>dotnet pack</c> of the solution (run on first use).</summary>
    public ProcessResult Pack => _pack.Value;

    /// <summary>The notebook runner over the packed packages (run on first use).</summary>
    public ProcessResult NotebookRun => _notebooks.Value;

    /// <summary>Fails the calling test with the pack output unless the pack succeeded.</summary>
    public void RequirePackages() => Assert.True(Pack.ExitCode == 0, "dotnet pack Analytics.sln failed: " + Pack);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The tests that pack and run notebooks share one <see cref="BuiltArtifacts"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltArtifactsGroup : ICollectionFixture<BuiltArtifacts>
{
    public const string Name = "Built artifacts";
}
