using System.Globalization;
using TradeArms.Benchmarks;

// tradearms-bench <mode> ...: the harness, or one contender run as its own process.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: TradeArms.Benchmarks harness --cli <tradearms> --work <dir> [--rows 1M,10M] [--rounds 5] [--pandas <python3>] [--skip dataframe,...]");
    Console.Error.WriteLine("       TradeArms.Benchmarks dataframe|duckdb|bytes <tidy.csv>");
    Console.Error.WriteLine("       TradeArms.Benchmarks sources <work dir> <rows> [<Comtrade Plus CSV whose first row is the template>]");
    Console.Error.WriteLine("       TradeArms.Benchmarks indicators-harness --work <dir> [--rows 1M,10M] [--rounds 3]");
    Console.Error.WriteLine("       TradeArms.Benchmarks indicators-generate <baci.csv> <rows>; indicators-tradearms|indicators-duckdb <baci.csv>");
    return 2;
}
return args[0] switch
{
    "harness" => Harness.Run(args[1..]),
    "dataframe" => DataFrameContender.Run(args[1]),
    "duckdb" => DuckDbContender.Run(args[1]),
    "bytes" => BytesContender.Run(args[1]),
    "sources" => SourcesBenchmark.Run(args[1..]),
    "sources-load" => SourcesLoadBenchmark.Run(args[1..]),
    "indicators-generate" => BaciGenerator.Run(args[1..]),
    "indicators-tradearms" => IndicatorsContenders.TradeArms(args[1]),
    "indicators-duckdb" => IndicatorsContenders.DuckDb(args[1]),
    "indicators-harness" => IndicatorsHarness.Run(args[1..]),
    _ => throw new ArgumentException($"Unknown mode '{args[0]}'."),
};
