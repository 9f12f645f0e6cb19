using TradeArms.Register;
using TradeArms.Sipri;
using TradeArms.Trade;
using TradeArms.Text;

namespace TradeArms.Catalogue;

/// <summary>
/// The data the chart catalogue draws from: SIPRI arms transfers and the Pakistan-Russia trade table, with the files
/// they came from (for the manifest and for skipping unchanged charts).
/// </summary>
/// <param name="Arms">The SIPRI data.</param>
/// <param name="Trade">The bilateral trade table.</param>
/// <param name="Inputs">The input files (path as given, SHA-256 of the bytes); embedded resources are named <c>embedded:...</c>.</param>
public sealed record ChartData(ArmsTransfers Arms, BilateralTradeTable Trade, IReadOnlyList<(string Path, string Sha256)> Inputs)
{
    /// <summary>The data shipped inside the library (<see cref="Datasets"/>).</summary>
    public static ChartData Shipped()
    {
        var inputs = Datasets.SipriFiles.Select(f => ("embedded:data/sipri/" + f, Datasets.ResourceSha256("sipri." + f)))
            .Append(("embedded:data/trade/pakistan-russia-table1.tsv", Datasets.ResourceSha256("trade.pakistan-russia-table1.tsv")))
            .ToList();
        return new ChartData(Datasets.Sipri, Datasets.PakistanRussiaTable1, inputs);
    }

    /// <summary>
    /// Data from a folder of SIPRI TIV tables, read by the same rule as every other command's <c>--data</c>
    /// (<see cref="SipriTivTableReader.Read(string, SipriReadOptions?)"/>: the folder's own <c>*.csv</c> files, not its
    /// subfolders; tables of different SIPRI releases are an error unless <paramref name="options"/> combine them), and
    /// optionally <c>trade/pakistan-russia-table1.tsv</c> beside them (else the shipped table is used).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="options">How to read the SIPRI tables (e.g. <see cref="SipriReadOptions.CombineReleases"/>); null for the defaults.</param>
    /// <exception cref="DataFormatException">The folder holds no SIPRI tables, a file is malformed, or the tables are of different releases and not combined.</exception>
    public static ChartData FromFolder(string folder, SipriReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DataFormatException(folder, 0, 0, "a data folder of SIPRI TIV tables (*.csv)", "no such folder");
        }
        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToArray();
        var arms = SipriTivTableReader.Read(folder, options);
        var tradePath = Path.Combine(folder, "trade", "pakistan-russia-table1.tsv");
        var trade = File.Exists(tradePath) ? BilateralTradeTableReader.Read(tradePath) : Datasets.PakistanRussiaTable1;
        var inputs = files.Select(f => (f, Sha256(File.ReadAllBytes(f)))).ToList();
        inputs.Add(File.Exists(tradePath)
            ? (tradePath, Sha256(File.ReadAllBytes(tradePath)))
            : ("embedded:data/trade/pakistan-russia-table1.tsv", Datasets.ResourceSha256("trade.pakistan-russia-table1.tsv")));
        return new ChartData(arms, trade, inputs);
    }

    /// <summary>A SIPRI Trade Register whose deals the catalogue draws as timelines; null for none.</summary>
    public TradeRegister? Register { get; init; }

    /// <summary>The same data with a Trade Register read from a file (full or by-delivery-year export).</summary>
    /// <exception cref="DataFormatException">The file is not a SIPRI Trade Register or is malformed.</exception>
    public ChartData WithRegister(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var register = TradeRegisterReader.Read(path);
        return this with { Register = register, Inputs = [.. Inputs, (path, Sha256(File.ReadAllBytes(path)))] };
    }

    /// <summary>The recipient or supplier named, which the data must hold for a chart.</summary>
    /// <exception cref="ChartDataMissingException">The data have no deliveries to or from that actor.</exception>
    internal Actor Require(string name, bool asRecipient, string chartId)
    {
        var actor = Arms.Actor(name);
        var present = asRecipient ? Arms.Recipients.Contains(actor) : Arms.Suppliers.Contains(actor);
        return present ? actor : throw new ChartDataMissingException(chartId, name, asRecipient);
    }

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
