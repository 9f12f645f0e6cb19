using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeArms.Tests.Infrastructure;

/// <summary>
/// Runs the whole suite under a non-English culture (de-DE by default: ',' is the decimal separator and '.' groups
/// thousands), so any parse or format that forgets the invariant culture fails here and not on a user's machine.
/// Set TRADEARMS_TEST_CULTURE to run under another culture (e.g. tr-TR, en-US).
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
