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
    /// Data from a folder laid out like the repository's <c>data/</c>: SIPRI TIV tables in <c>sipri/</c> (any
    /// subfolders) or directly in the folder, and optionally <c>trade/pakistan-russia-table1.tsv</c> (else the shipped
    /// table is used). Tables of different SIPRI releases are combined (explicitly: the charts' captions then name every
    /// generation date); a cell that two files give differently is still an error.
    /// </summary>
    /// <exception cref="DataFormatException">The folder holds no SIPRI tables, or a file is malformed.</exception>
    public static ChartData FromFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DataFormatException(folder, 0, 0, "a data folder (with SIPRI TIV tables in sipri/ or in the folder itself)", "no such folder");
        }
        var sipriFolder = Path.Combine(folder, "sipri");
        var files = Directory.Exists(sipriFolder)
            ? TablesUnder(sipriFolder)
            : Directory.GetFiles(folder, "*.csv");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new DataFormatException(folder, 0, 0, "SIPRI TIV tables (*.csv) in sipri/ or in the folder itself", "none");
        }
        // The catalogue draws imports (by-recipient tables) and exports (by-supplier tables), which SIPRI may have
        // generated on different days: combining them is this method's documented, explicit choice.
        var arms = SipriTivTableReader.Read(files, new SipriReadOptions { CombineReleases = true });
        var tradePath = Path.Combine(folder, "trade", "pakistan-russia-table1.tsv");
        var trade = File.Exists(tradePath) ? BilateralTradeTableReader.Read(tradePath) : Datasets.PakistanRussiaTable1;
        var inputs = files.Select(f => (f, Sha256(File.ReadAllBytes(f)))).ToList();
        inputs.Add(File.Exists(tradePath)
            ? (tradePath, Sha256(File.ReadAllBytes(tradePath)))
            : ("embedded:data/trade/pakistan-russia-table1.tsv", Datasets.ResourceSha256("trade.pakistan-russia-table1.tsv")));
        return new ChartData(arms, trade, inputs);
    }

    /// <summary>
    /// Every <c>*.csv</c> under <paramref name="root"/>, each real folder visited once and each real file listed once:
    /// a symbolic link back up the tree (a loop) or a second link to the same folder is not followed again.
    /// </summary>
    private static string[] TablesUnder(string root)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (!visited.Add(RealPath(new DirectoryInfo(folder))))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*.csv"))
            {
                if (seenFiles.Add(RealPath(new FileInfo(file))))
                {
                    files.Add(file);
                }
            }
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                pending.Push(sub);
            }
        }
        return [.. files];

        static string RealPath(FileSystemInfo info)
        {
            try
            {
                return info.LinkTarget is null ? Path.GetFullPath(info.FullName) : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            }
            catch (IOException)
            {
                return info.FullName; // a link loop the system refuses to resolve: listed once under its own name
            }
        }
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
