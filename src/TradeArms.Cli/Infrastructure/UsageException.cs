namespace TradeArms.Cli.Infrastructure;

/// <summary>A mistake in the command line: printed as one line on stderr, exit code 2, no stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
