namespace TradeArms.Cli.Infrastructure;

/// <summary>A mistake in the command line: printed without a stack trace, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
