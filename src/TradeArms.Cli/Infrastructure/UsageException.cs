namespace TradeArms.Cli.Infrastructure;

/// <summary>A mistake in the command line: printed as one line on stderr, exit code 2, no stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    /// <summary>A library's argument error as a usage error, without .NET's " (Parameter 'x')" suffix.</summary>
    public static UsageException From(ArgumentException e) =>
        new(e.ParamName is { } p ? e.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal) : e.Message);
}
