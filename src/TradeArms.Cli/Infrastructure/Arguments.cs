namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// The parsed command line of one command: positional arguments, <c>--name value</c> options and <c>--flag</c>s.
/// Every option must be declared by the command, so a typo is an error and not a silently ignored word.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions, string command)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                string? inline = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }
                if (flagOptions.Contains(name))
                {
                    _flags.Add(name);
                    continue;
                }
                if (!valueOptions.Contains(name))
                {
                    throw new UsageException($"'{command}' has no option --{name}. See 'tradearms {command} --help'.");
                }
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value. See 'tradearms {command} --help'."));
                if (value.Trim().Length == 0)
                {
                    throw new UsageException($"--{name} needs a value, not an empty one. See 'tradearms {command} --help'.");
                }
                if (!_options.TryGetValue(name, out var list))
                {
                    _options[name] = list = [];
                }
                list.Add(value);
                continue;
            }
            positional.Add(a);
        }
        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public bool Flag(string name) => _flags.Contains(name);
}
