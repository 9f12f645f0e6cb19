namespace TradeArms.Tests.Infrastructure;

/// <summary>The notebook tests' addition to the shared <see cref="RepositoryRoot"/>.</summary>
internal static partial class RepositoryRoot
{
    /// <summary>The one version of every package, from Directory.Build.props.</summary>
    public static string PackageVersion { get; } =
        System.Xml.Linq.XDocument.Load(Combine("Directory.Build.props")).Descendants("VersionPrefix").Single().Value.Trim();
}
