namespace TradeArms.Cli.Infrastructure;

/// <summary>What a declared command-line item is: an option with a value, a flag, or a positional argument (help only).</summary>
internal enum OptKind
{
    Value,
    Flag,
    Positional,
}

/// <summary>
/// One item of a command's command line, declared once: the parser, the help and the suggestions all come from it.
/// <see cref="Name"/> is the option's name without <c>--</c> (or, for a positional argument, its label such as
/// <c>&lt;file&gt;</c>); <see cref="HelpLabel"/> overrides the first help column (one row for two options), and
/// <see cref="HiddenInHelp"/> keeps an option that such a row already shows out of the help.
/// </summary>
internal sealed record Opt(OptKind Kind, string Name, string? ValueName, string Description, string? HelpLabel = null, bool HiddenInHelp = false)
{
    /// <summary>An option that takes a value: <c>--name value</c> or <c>--name=value</c>, repeatable.</summary>
    public static Opt Value(string name, string valueName, string description) => new(OptKind.Value, name, valueName, description);

    /// <summary>A flag: <c>--name</c>, no value.</summary>
    public static Opt Flag(string name, string description) => new(OptKind.Flag, name, null, description);

    /// <summary>A positional argument, for the help (the command checks how many it takes).</summary>
    public static Opt Positional(string label, string description) => new(OptKind.Positional, label, null, description);

    /// <summary>Two options with a value of the same kind and one help row (<c>--from &lt;year&gt;, --to &lt;year&gt;</c>).</summary>
    public static Opt[] Pair(string first, string second, string valueName, string description) =>
        [new(OptKind.Value, first, valueName, description, $"--{first} {valueName}, --{second} {valueName}"), new(OptKind.Value, second, valueName, description, HiddenInHelp: true)];

    /// <summary>The help row of a declaration, so that a command declared the older way can list a shared one.</summary>
    public static implicit operator (string Option, string Description)(Opt opt) => (opt.Label, opt.Description);

    /// <summary>The first column of the help row.</summary>
    public string Label => HelpLabel ?? Kind switch
    {
        OptKind.Value => $"--{Name} {ValueName}",
        OptKind.Flag => "--" + Name,
        _ => Name,
    };

    /// <summary>
    /// The declarations of a command written the older way (help rows, then the names of the value options and the
    /// flags): each name becomes one option with its help row's text; a row naming two options (<c>--from &lt;year&gt;,
    /// --to &lt;year&gt;</c>) is shown once; a row that is not an option is a positional argument's.
    /// </summary>
    public static IReadOnlyList<Opt> FromHelp(IReadOnlyList<(string Option, string Description)> help, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        var options = new List<Opt>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, description) in help)
        {
            var parts = label.Split([", ", " | "], StringSplitOptions.TrimEntries);
            if (!label.StartsWith("--", StringComparison.Ordinal) || !parts.All(p => p.StartsWith("--", StringComparison.Ordinal)))
            {
                options.Add(Positional(label, description));
                continue;
            }
            var first = true;
            foreach (var part in parts)
            {
                var space = part.IndexOf(' ', StringComparison.Ordinal);
                var name = space < 0 ? part[2..] : part[2..space];
                var kind = flags.Contains(name) ? OptKind.Flag : valueOptions.Contains(name) ? OptKind.Value : (OptKind?)null;
                if (kind is null || !named.Add(name))
                {
                    continue;
                }
                options.Add(new Opt(kind.Value, name, space < 0 ? null : part[(space + 1)..], description,
                    first && parts.Length > 1 ? label : null, HiddenInHelp: !first));
                first = false;
            }
        }
        options.AddRange(valueOptions.Where(named.Add).Select(n => Value(n, "<value>", "")));
        options.AddRange(flags.Where(named.Add).Select(n => Flag(n, "")));
        return options;
    }
}
