using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Milex;

/// <summary>The two real milex workbooks in ../shared/data/sipri-milex.</summary>
internal static class MilexFiles
{
    /// <summary>The 2024 release (data 1948-2023, constant (2022) US$).</summary>
    public static string Release2024 => SharedData.Path("sipri-milex", "CaiNiaoJian__A-Python-based-big-data-visualization-project", "SIPRI-Milex-data-1948-2023.xlsx");

    /// <summary>The 2025 release (data 1949-2024, constant (2023) US$).</summary>
    public static string Release2025 => SharedData.Path("sipri-milex", "codingirl99__sipridefenseanalysis", "sipri_data_1949_2024.xlsx");
}
