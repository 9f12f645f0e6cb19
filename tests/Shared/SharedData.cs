namespace TradeArms.Tests.Infrastructure;

/// <summary>
/// The full real data in <c>../shared/data</c> beside the repository (SIPRI releases, IMF DOTS, published tables).
/// It is not shipped (SIPRI's terms); tests over it are skipped with a message where it is absent.
/// Set TRADEARMS_SHARED_DATA to use another location.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public static string SkipReason =>
        "The full data folder ../shared/data (beside the repository) is absent; set TRADEARMS_SHARED_DATA to run these tests.";

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException(SkipReason), .. parts]);

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("TRADEARMS_SHARED_DATA") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }
        var root = RepositoryRoot.Path;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>A fact that needs <c>../shared/data</c>; skipped with a clear message where it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = SharedData.SkipReason;
        }
    }
}

/// <summary>A theory that needs <c>../shared/data</c>; skipped with a clear message where it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = SharedData.SkipReason;
        }
    }
}
