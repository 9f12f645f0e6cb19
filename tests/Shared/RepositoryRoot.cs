namespace TradeArms.Tests.Infrastructure;

/// <summary>The repository root: the first folder above the test binaries that holds Analytics.sln.</summary>
internal static partial class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Analytics.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
