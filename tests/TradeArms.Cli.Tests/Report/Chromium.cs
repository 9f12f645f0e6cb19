using System.Diagnostics;

namespace TradeArms.Cli.Tests.Report;

/// <summary>
/// Headless Chromium for the browser test: found on PATH as <c>chromium</c>, <c>chromium-browser</c> or
/// <c>google-chrome</c> (<c>.ci/install-chromium.sh</c> installs Debian's package); the tests skip without one.
/// </summary>
internal static class Chromium
{
    public static string? Executable { get; } = Find();

    public const string SkipReason = "No Chromium on PATH (chromium, chromium-browser, google-chrome): run .ci/install-chromium.sh to run the browser test.";

    /// <summary>Runs Chromium headless on a page; returns its exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Error) Run(string page, params string[] options)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(SkipReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A profile of its own per run: no state from earlier runs, no clash with a browser already open.
        var profile = Path.Combine(Path.GetTempPath(), "tradearms-chromium-" + Guid.NewGuid().ToString("N"));
        foreach (var option in new[] { "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
            "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile }.Concat(options))
        {
            start.ArgumentList.Add(option);
        }
        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within 90 s on {page}.");
            }
            return (process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be releasing its profile; the temporary folder is left for the system to clean.
            }
        }
    }

    /// <summary>The lines of Chromium's log that report the page's console output or an uncaught error.</summary>
    public static IReadOnlyList<string> ConsoleMessages(string log) =>
        [.. log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal))];

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}

/// <summary>A fact that needs Chromium; skipped with a message where there is none.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute(bool sharedData = false)
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.SkipReason;
        }
        else if (sharedData && TradeArms.Tests.Infrastructure.SharedData.Root is null)
        {
            Skip = TradeArms.Tests.Infrastructure.SharedData.SkipReason;
        }
    }
}
