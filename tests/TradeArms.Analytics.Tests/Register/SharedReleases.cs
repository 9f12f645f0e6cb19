using TradeArms.Register;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Register;

/// <summary>The real register releases in <c>../shared/data/sipri-register</c>, each read once per test run.</summary>
internal static class SharedReleases
{
    private static readonly Lazy<TradeRegister> s_full2024 = new(() => TradeRegisterReader.Read(Full2024Path));
    private static readonly Lazy<TradeRegister> s_full2025 = new(() => TradeRegisterReader.Read(Full2025Path));
    private static readonly Lazy<TradeRegister> s_full2026 = new(() => TradeRegisterReader.Read(Full2026Path));
    private static readonly Lazy<TradeRegister> s_byYear2024 = new(() => TradeRegisterReader.Read([ByYear2024EarlyPath, ByYear2024LatePath]));

    public static string Full2024Path => SharedData.Path("sipri-register", "full-2024-10-13", "trade-register.csv");

    public static string Full2025Path => SharedData.Path("sipri-register", "full-2025-03-13", "trade-register.csv");

    public static string Full2026Path => SharedData.Path("sipri-register", "full-2026-05-18", "trade-register.csv");

    public static string ByYear2024EarlyPath => SharedData.Path("sipri-register", "by-delivery-year-2024-04", "trade-register_initial_situation.csv");

    public static string ByYear2024LatePath => SharedData.Path("sipri-register", "by-delivery-year-2024-04", "trade-register.csv");

    public static string ByYear2025Path => SharedData.Path("sipri-register", "by-delivery-year-2025-01-03", "trade_2023.csv");

    public static string ImportTotals2024Path => SharedData.Path("sipri-tiv", "country-totals-2024-04-13", "import-values_1990-2023.csv");

    public static string ExportTotals2024Path => SharedData.Path("sipri-tiv", "country-totals-2024-04-13", "export-values_1990-2023.csv");

    /// <summary>The full register of the 2024 release (generated 13 October 2024).</summary>
    public static TradeRegister Full2024 => s_full2024.Value;

    /// <summary>The full register of the 2025 release (generated 13 March 2025).</summary>
    public static TradeRegister Full2025 => s_full2025.Value;

    /// <summary>The full register of the 2026 release (generated 18 May 2026).</summary>
    public static TradeRegister Full2026 => s_full2026.Value;

    /// <summary>The 2024 release by delivery year: SIPRI's 1950-1989 and 1990-2023 downloads read together.</summary>
    public static TradeRegister ByYear2024 => s_byYear2024.Value;
}
