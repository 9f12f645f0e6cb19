#!/usr/bin/env -S dotnet run
// Regenerates the project's standard charts through the public API: the C# file-based-app route that Microsoft
// recommends for scripts now that Polyglot Notebooks and .NET Interactive are deprecated.
//
//   dotnet run notebooks/regenerate-charts.cs                      -> charts/ at the repository root, shipped data
//   dotnet run notebooks/regenerate-charts.cs -- <out> [<data>]    -> another output folder and/or a data folder
//
// Same charts, same bytes and same charts.json as `dotnet run --project src/TradeArms.Cli -- charts`.
#:project ../src/TradeArms.Catalogue/TradeArms.Catalogue.csproj
using System.Globalization;
using TradeArms.Catalogue;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".";
var output = args.Length > 0 ? args[0] : Path.Combine(here, "..", "charts");
var data = args.Length > 1 ? ChartData.FromFolder(args[1]) : ChartData.Shipped();

Console.Error.WriteLine($"Data: {data.Arms.Source.Caption}; {data.Trade.Source.Caption}");
var result = ChartRegenerator.Run(data, new ChartRunOptions { OutputFolder = output }, Console.Error);
Console.WriteLine($"{result.Written.Count} charts written, {result.Unchanged.Count} unchanged. Manifest: {Path.GetFullPath(result.ManifestPath)}");
