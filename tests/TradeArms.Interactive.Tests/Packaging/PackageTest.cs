using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using TradeArms.Interactive.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TradeArms.Interactive.Tests.Packaging;

/// <summary>
/// <c>dotnet pack Analytics.sln</c> makes the seven packages with their metadata, and the tool package installs into a
/// tool path and runs.
/// </summary>
[Collection(BuiltArtifactsGroup.Name)]
[Trait("Category", "Slow")]
public sealed class PackageTest(BuiltArtifacts artifacts, ITestOutputHelper output)
{
    private static readonly string[] Libraries = ["TradeArms.Analytics", "TradeArms.Matrix", "TradeArms.Charts", "TradeArms.Interactive", "TradeArms.Imf", "TradeArms.Columnar"];

    /// <summary>The platforms with a tool package of their own; <c>any</c> is the fallback for the others.</summary>
    private static readonly string[] ToolPlatforms = ["linux-x64", "linux-arm64", "linux-musl-x64", "osx-x64", "osx-arm64", "win-x64", "any"];

    [Fact]
    public void Pack_MakesEveryPackageWithSymbols()
    {
        artifacts.RequirePackages();
        var files = Directory.GetFiles(artifacts.Packages).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            output.WriteLine($"{file}: {new FileInfo(Path.Combine(artifacts.Packages, file!)).Length / 1024.0:#,0} KiB");
        }
        output.WriteLine($"dotnet pack: {artifacts.Pack.Elapsed.TotalSeconds:0.0} s");
        var version = RepositoryRoot.PackageVersion;
        string[] expected = [.. Libraries.Concat(ToolPlatforms.Select(rid => "TradeArms.Cli." + rid))
            .SelectMany(id => new[] { $"{id}.{version}.nupkg", $"{id}.{version}.snupkg" }).Append($"TradeArms.Cli.{version}.nupkg").Order(StringComparer.Ordinal)];
        Assert.Equal(expected, files);
        Assert.DoesNotContain("warning", artifacts.Pack.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("TradeArms.Analytics")]
    [InlineData("TradeArms.Matrix")]
    [InlineData("TradeArms.Charts")]
    [InlineData("TradeArms.Interactive")]
    [InlineData("TradeArms.Imf")]
    [InlineData("TradeArms.Columnar")]
    [InlineData("TradeArms.Cli")]
    public void Package_CarriesReadmeLicenceRepositoryAndVersion(string id)
    {
        var (nuspec, entries) = Open(id);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root!.Element(ns + "metadata")!;
        Assert.Equal(RepositoryRoot.PackageVersion, metadata.Element(ns + "version")!.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Contains("README.md", entries);
        Assert.StartsWith("https://github.com/", metadata.Element(ns + "repository")!.Attribute("url")!.Value, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
    }

    [Theory]
    [InlineData("TradeArms.Analytics")]
    [InlineData("TradeArms.Matrix")]
    [InlineData("TradeArms.Charts")]
    [InlineData("TradeArms.Interactive")]
    public void Library_ShipsItsXmlDocs(string id)
    {
        var (_, entries) = Open(id);
        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.xml", entries);
    }

    [Fact]
    public void Interactive_IsAnExtensionPackageWithoutANotebookHostDependency()
    {
        var (nuspec, entries) = Open("TradeArms.Interactive");
        Assert.Contains("interactive-extensions/dotnet/extension.dib", entries);
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.Equal(["TradeArms.Charts"], dependencies);
        var script = ReadEntry("TradeArms.Interactive", "interactive-extensions/dotnet/extension.dib");
        Assert.Contains("TradeArms.Interactive.NotebookFormatters.Load(", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_EmbedsTheDejaVuFontsAndShipsTheirLicence()
    {
        var (_, entries) = Open("TradeArms.Charts");
        Assert.Contains("licenses/LICENSE-DejaVu.txt", entries);
        using var dll = new MemoryStream(ReadBytes("TradeArms.Charts", "lib/net10.0/TradeArms.Charts.dll"));
        using var pe = new PEReader(dll);
        var reader = pe.GetMetadataReader();
        var resources = reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList();
        Assert.Contains("TradeArms.Charts.Fonts.DejaVuSans.ttf", resources);
        Assert.Contains("TradeArms.Charts.Fonts.DejaVuSans-Bold.ttf", resources);
    }

    [Fact]
    public void Tool_EachPlatformsPackageIsUnder25MB_AndTheOuterPackageOnlyPointsToThem()
    {
        artifacts.RequirePackages();
        foreach (var rid in ToolPlatforms.Where(r => r != "any"))
        {
            var size = new FileInfo(PackagePath("TradeArms.Cli." + rid)).Length;
            output.WriteLine($"TradeArms.Cli.{rid}: {size / 1e6:0.0} MB");
            Assert.True(size < 25_000_000, $"TradeArms.Cli.{rid} is {size / 1e6:0.0} MB");
            var (_, entries) = Open("TradeArms.Cli." + rid);
            // Only its own platform's natives (the osx packages carry SkiaSharp's universal osx binaries).
            var platforms = entries.Where(e => e.Contains("/runtimes/", StringComparison.Ordinal))
                .Select(e => e.Split("/runtimes/")[1].Split('/')[0]).Distinct().ToList();
            Assert.All(platforms, p => Assert.True(p == rid || (rid.StartsWith("osx", StringComparison.Ordinal) && p == "osx"), $"{rid} carries {p}"));
        }
        Assert.True(new FileInfo(PackagePath("TradeArms.Cli")).Length < 100_000);
    }

    [Fact]
    public void Tool_InstallsFromTheLocalFolderAndRuns()
    {
        artifacts.RequirePackages();
        var folder = Path.Combine(artifacts.Folder, "tool");
        var toolPath = Path.Combine(folder, "bin");
        Directory.CreateDirectory(folder);
        // Only the local folder as a source, and a private package folder: nothing comes from (or goes to) a user cache.
        var config = Path.Combine(folder, "nuget.config");
        File.WriteAllText(config, $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{artifacts.Packages}" />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(folder, "nuget-packages") };
        var install = ExternalProcess.Run("dotnet",
            ["tool", "install", "TradeArms.Cli", "--version", RepositoryRoot.PackageVersion, "--tool-path", toolPath, "--configfile", config],
            folder, TimeSpan.FromMinutes(5), environment);
        output.WriteLine($"dotnet tool install: {install}");
        Assert.True(install.ExitCode == 0, "dotnet tool install failed: " + install);
        // The platform's own package was installed, not the all-platform fallback.
        var installed = Directory.GetDirectories(Path.Combine(toolPath, ".store", "tradearms.cli", RepositoryRoot.PackageVersion)).Select(Path.GetFileName).ToList();
        output.WriteLine("installed packages: " + string.Join(", ", installed));
        Assert.DoesNotContain("tradearms.cli.any", installed);
        Assert.Contains(installed, p => p!.StartsWith("tradearms.cli.", StringComparison.Ordinal));

        var tool = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "tradearms.exe" : "tradearms");
        var help = ExternalProcess.Run(tool, ["--help"], folder, TimeSpan.FromMinutes(1));
        output.WriteLine($"tradearms --help: {help}");
        Assert.True(help.ExitCode == 0, "tradearms --help failed: " + help);
        Assert.Contains("tradearms <command>", help.Output, StringComparison.Ordinal);
        Assert.Contains("validate", help.Output, StringComparison.Ordinal);

        // The installed tool carries the embedded data: the main job runs with no files.
        var overview = ExternalProcess.Run(tool, ["overview"], folder, TimeSpan.FromMinutes(1));
        Assert.True(overview.ExitCode is 0 or 1, "tradearms overview failed: " + overview);
        Assert.Contains("2013-14", overview.Output, StringComparison.Ordinal);
    }

    private (XDocument Nuspec, IReadOnlyList<string> Entries) Open(string id)
    {
        artifacts.RequirePackages();
        using var zip = ZipFile.OpenRead(PackagePath(id));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        using var nuspec = zip.GetEntry($"{id}.nuspec")!.Open();
        return (XDocument.Load(nuspec), entries);
    }

    private string ReadEntry(string id, string entry) => System.Text.Encoding.UTF8.GetString(ReadBytes(id, entry));

    private byte[] ReadBytes(string id, string entry)
    {
        using var zip = ZipFile.OpenRead(PackagePath(id));
        using var stream = zip.GetEntry(entry)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private string PackagePath(string id) => Path.Combine(artifacts.Packages, $"{id}.{RepositoryRoot.PackageVersion}.nupkg");
}
