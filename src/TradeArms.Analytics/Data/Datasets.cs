using TradeArms.Sipri;
using TradeArms.Trade;

namespace TradeArms;

/// <summary>
/// The data shipped inside the library, usable with no files at all: the Pakistan-Russia trade table (Table 1 of
/// Naqvi and Masood) and a small extract of SIPRI's 2022 release (India's and Pakistan's imports by supplier, Russia's
/// and China's exports by recipient). Load anything else from your own SIPRI download with
/// <see cref="SipriTivTableReader.Read(string, SipriReadOptions?)"/>.
/// </summary>
/// <remarks>
/// SIPRI's terms allow use with a credit line but ask not to re-host the database, so only this extract ships.
/// Credit: "Information from the SIPRI Arms Transfers Database, Stockholm International Peace Research Institute,
/// https://www.sipri.org/databases/armstransfers". See <c>data/README.md</c> in the repository.
/// </remarks>
public static class Datasets
{
    private const string Prefix = "TradeArms.Data.";
    private static readonly Lazy<BilateralTradeTable> s_table1 = new(() =>
        BilateralTradeTableReader.Parse(ReadResource("trade.pakistan-russia-table1.tsv"), "embedded:data/trade/pakistan-russia-table1.tsv"));
    private static readonly Lazy<ArmsTransfers> s_sipri = new(LoadSipri);
    private static readonly Lazy<DirectionOfTrade> s_dots = new(() =>
        ImfDotsCsv.Parse(ReadResource("trade.imf-dots-pakistan-russia.csv"), "embedded:data/trade/imf-dots-pakistan-russia.csv", DotsVintage));

    /// <summary>The vintage of the shipped IMF DOTS extract.</summary>
    internal const string DotsVintage = "IMF DOTS as downloaded in February 2022 (data to 2020)";

    /// <summary>
    /// Pakistan's trade with Russia, FY2010-11 to FY2014-15 (July-June), US$ million, with the Total and Balance
    /// columns exactly as printed in Table 1 of Naqvi and Masood (printed errors included: call
    /// <see cref="BilateralTradeTable.Validate"/>).
    /// </summary>
    public static BilateralTradeTable PakistanRussiaTable1 => s_table1.Value;

    /// <summary>
    /// Pakistan's and Russia's reports of their trade with each other from IMF Direction of Trade Statistics (DOTS),
    /// calendar years, US$ million, exports FOB and imports CIF: Pakistan-Russian Federation 1992-2020 both ways, and
    /// Pakistan's trade with the USSR 1960-1992 (kept separate). Use <see cref="DirectionOfTrade.Table"/> for either
    /// side's view and <see cref="DirectionOfTrade.Mirror"/> to compare the two.
    /// </summary>
    /// <remarks>Source: International Monetary Fund, Direction of Trade Statistics (downloaded February 2022). See <c>data/README.md</c>.</remarks>
    public static DirectionOfTrade PakistanRussiaDots => s_dots.Value;

    /// <summary>
    /// The shipped SIPRI extract of the release generated 22 April 2022 (by-recipient tables of India and Pakistan)
    /// and 28 July 2022 (by-exporter tables of Russia and China): TIV million, 1950-2021. The two releases are combined
    /// explicitly (they agree on every shared cell, or loading would fail); <see cref="ArmsTransfers.Source"/> names both dates.
    /// </summary>
    public static ArmsTransfers Sipri => s_sipri.Value;

    /// <summary>The names of the embedded SIPRI files, as <c>folder/file</c>.</summary>
    public static IReadOnlyList<string> SipriFiles { get; } =
    [
        .. typeof(Datasets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "sipri.", StringComparison.Ordinal))
            .Select(n => n[(Prefix.Length + "sipri.".Length)..])
            .Order(StringComparer.Ordinal),
    ];

    private static ArmsTransfers LoadSipri()
    {
        var builder = new ArmsTransfersBuilder();
        foreach (var name in SipriFiles)
        {
            SipriTivTableReader.ParseInto(builder, ReadResource("sipri." + name), "embedded:data/sipri/" + ToPath(name), SipriReadOptions.Default);
        }
        return builder.Build();
    }

    // Resource names keep the folder: "by-recipient-2022-04-22/India.csv" ('\\' on Windows builds).
    private static string ToPath(string resourceName) => resourceName.Replace('\\', '/');

    /// <summary>The SHA-256 (lowercase hex) of an embedded data file, e.g. <c>sipri.by-recipient-2022-04-22/India.csv</c>.</summary>
    public static string ResourceSha256(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var stream = typeof(Datasets).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"No embedded data file '{name}'.", nameof(name));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(Datasets).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The embedded resource '{Prefix + name}' is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Text.TextSource.Decode(memory.ToArray(), "embedded:" + name);
    }
}
