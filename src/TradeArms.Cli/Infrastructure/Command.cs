namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// A command of the tool: its name (one or two words: <c>validate</c>, <c>arms shares</c>), the summary and usage its
/// help prints, its <see cref="Options"/> declared once (parsing, help and suggestions come from them), and its
/// handler. <see cref="CommandLine"/> builds the System.CommandLine tree from these declarations.
/// </summary>
internal sealed record Command(
    string Name,
    string Summary,
    string Usage,
    IReadOnlyList<Opt> Options,
    Func<Arguments, CommandContext, int> Handler)
{
    /// <summary>A command declared the older way: help rows, then the names of its value options and flags.</summary>
    public Command(
        string name,
        string summary,
        string usage,
        IReadOnlyList<(string Option, string Description)> optionHelp,
        IReadOnlyCollection<string> valueOptions,
        IReadOnlyCollection<string> flags,
        Func<Arguments, CommandContext, int> handler)
        : this(name, summary, usage, Opt.FromHelp(optionHelp, valueOptions, flags), handler)
    {
    }

    /// <summary>The names (without <c>--</c>) of the options that take a value.</summary>
    public IReadOnlyCollection<string> ValueOptions => [.. Options.Where(o => o.Kind == OptKind.Value).Select(o => o.Name)];

    /// <summary>The names (without <c>--</c>) of the flags.</summary>
    public IReadOnlyCollection<string> Flags => [.. Options.Where(o => o.Kind == OptKind.Flag).Select(o => o.Name)];

    /// <summary>The help rows (option or argument, description), as the help prints them.</summary>
    public IReadOnlyList<(string Option, string Description)> OptionHelp =>
        [.. Options.Where(o => !o.HiddenInHelp).Select(o => (o.Label, o.Description))];
}
