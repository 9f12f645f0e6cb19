using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sipri;

/// <summary>
/// The two full views of SIPRI's 2022 release in <c>../shared/data/sipri-tiv</c>: 261 by-recipient tables (generated
/// 22 April 2022) and 134 by-exporter tables (generated 28 July 2022). Each folder is read once per test run (the
/// loads are static and lazy, so they cost nothing when the shared data is absent and the tests are skipped).
/// Every load rejects names the actor catalogue does not know: nothing in SIPRI's own files may be inferred.
/// </summary>
public sealed class FullReleaseFixture
{
    private static readonly Lazy<ArmsTransfers> s_byRecipient = new(() => SipriTivTableReader.Read(ByRecipientFolder, Strict));
    private static readonly Lazy<ArmsTransfers> s_byExporter = new(() => SipriTivTableReader.Read(ByExporterFolder, Strict));

    /// <summary>Reject any name the actor catalogue does not know.</summary>
    public static SipriReadOptions Strict { get; } = new() { UnknownActors = UnknownActorPolicy.Reject };

    public static string ByRecipientFolder => SharedData.Path("sipri-tiv", "by-recipient-2022-04-22");

    public static string ByExporterFolder => SharedData.Path("sipri-tiv", "by-exporter-2022-07-28");

    /// <summary>All 261 by-recipient files, <c>all.csv</c> included.</summary>
#pragma warning disable CA1822 // Instance members so that tests reach the data through their injected fixture.
    public ArmsTransfers ByRecipient => s_byRecipient.Value;

    /// <summary>All 134 by-exporter files.</summary>
    public ArmsTransfers ByExporter => s_byExporter.Value;
#pragma warning restore CA1822
}
