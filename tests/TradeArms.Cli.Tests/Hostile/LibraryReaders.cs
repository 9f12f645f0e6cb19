using System.Globalization;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Sipri;
using TradeArms.Text;

namespace TradeArms.Cli.Tests.Hostile;

/// <summary>
/// The readers no command reads directly (the tidy TIV file) and the folder rule, run the way the tool runs a
/// command: exit 0 and a one-line summary, or exit 2 and "error: " with the reader's message.
/// </summary>
internal static class LibraryReaders
{
    public static CliResult Run(string reader, string path)
    {
        try
        {
            var summary = reader switch
            {
                "tidy" => Describe(TidyTivCsv.Read(path)),
                "sipri" => Describe(SipriTivTableReader.Read(path)),
                _ => throw new ArgumentException("unknown reader " + reader),
            };
            return new CliResult(0, summary + "\n", "");
        }
        catch (DataFormatException e)
        {
            return new CliResult(2, "", "error: " + e.Message + "\n");
        }
    }

    private static string Describe(ArmsTransfers arms) => string.Create(CultureInfo.InvariantCulture,
        $"{arms.Count} observations, {arms.Suppliers.Length} suppliers, {arms.Recipients.Length} recipients, {arms.Years}, total {arms.Observations.Sum(o => o.Value.Millions)}");
}
