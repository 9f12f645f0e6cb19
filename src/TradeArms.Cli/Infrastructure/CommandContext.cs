namespace TradeArms.Cli.Infrastructure;

/// <summary>Where a command writes: results to <see cref="Out"/>, diagnostics to <see cref="Error"/>.</summary>
internal sealed record CommandContext(TextWriter Out, TextWriter Error);
