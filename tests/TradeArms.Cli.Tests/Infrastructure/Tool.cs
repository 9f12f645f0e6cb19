namespace TradeArms.Cli.Tests.Infrastructure;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal static class Tool
{
    public static CliResult Run(params string[] args)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = App.Run(args, stdout, stderr);
        // The tool sets the invariant culture for itself; restore the suite's culture for the next test.
        System.Globalization.CultureInfo.CurrentCulture = culture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Out, string Error);
