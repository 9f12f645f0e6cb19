namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// The parsed command line of one command, as its handler reads it: positional arguments, <c>--name value</c> options
/// (each occurrence, in order) and <c>--flag</c>s, including the global ones (<c>--csv-raw</c>,
/// <c>--accept-unterminated</c>). <see cref="CommandLine"/> fills it from System.CommandLine's parse result; every
/// option is declared by the command, so a typo is an error and not a silently ignored word.
/// </summary>
internal sealed class Arguments
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _options;
    private readonly IReadOnlySet<string> _flags;

    public Arguments(IReadOnlyList<string> positional, IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlySet<string> flags)
    {
        Positional = positional;
        _options = options;
        _flags = flags;
    }

    public IReadOnlyList<string> Positional { get; }

    public string? Option(string name) => _options.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null;

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public bool Flag(string name) => _flags.Contains(name);
}
