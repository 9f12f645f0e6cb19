using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeArms.Notebooks.Tests.Infrastructure;

/// <summary>
/// Runs the suite under a non-English culture (de-DE by default; TRADEARMS_TEST_CULTURE overrides it), so an HTML view
/// that forgets the invariant culture prints "3.798" and fails here.
/// </summary>
internal static class TestCulture
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Environment.GetEnvironmentVariable("TRADEARMS_TEST_CULTURE") ?? "de-DE");

    [ModuleInitializer]
    internal static void Initialize()
    {
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
    }
}
