using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using TradeArms.Text;
using Scl = System.CommandLine;

namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// The System.CommandLine tree of the tool, built from the commands' declarations (<see cref="Command.Options"/>):
/// command groups (<c>arms</c>, <c>trade</c>, ...), one leaf per command, the global options, help, version and the
/// <c>[suggest]</c> directive for shell completion. Parse errors become one line naming the mistake, with a
/// "did you mean" suggestion.
/// </summary>
internal static class CommandLine
{
    /// <summary>The global options: declared once, valid with every command.</summary>
    public static readonly Opt[] Global =
    [
        Opt.Flag("csv-raw", "Write CSV text cells as they are (no leading ' before =, +, -, @, a tab or a carriage return)."),
        Opt.Flag("accept-unterminated", "Read a trade table, Trade Register download or trade matrix that lacks its final line break (only a file known to be complete: a missing line break usually means a cut download)."),
    ];

    private static readonly Dictionary<string, string> s_groups = new(StringComparer.Ordinal)
    {
        ["arms"] = "SIPRI arms transfers: fact sheets, deals, shares, window comparisons, series and country profiles (TIV million).",
        ["trade"] = "Bilateral trade tables and downloads (Comtrade, BACI, IMF): summaries and product conversions.",
        ["matrix"] = "Whole tidy trade matrices: summaries and synthetic test data.",
        ["milex"] = "SIPRI military expenditure: series, release comparisons and profiles.",
        ["import"] = "Convert downloads to tidy files.",
    };

    private static readonly ParserConfiguration s_parser = new()
    {
        // A file named '@x' is a file, not a response file; no bundled short options exist.
        ResponseFileTokenReplacer = null,
        EnablePosixBundling = false,
    };

    /// <summary>Parses <paramref name="args"/> against <paramref name="commands"/>.</summary>
    public static ParseResult Parse(IReadOnlyList<Command> commands, IReadOnlyList<string> args, string rootDescription, string rootEpilogue,
        Func<Command, ParseResult, int> run)
    {
        var root = new RootCommand(rootDescription);
        var leaves = new Dictionary<Scl.Command, Command>();
        root.Options.OfType<HelpOption>().Single().Action = new Help(leaves, rootEpilogue);
        var version = root.Options.OfType<VersionOption>().Single();
        version.Action = new WriteLine(() => App.Version);
        foreach (var global in Global)
        {
            var option = ToOption(global);
            option.Recursive = true;
            root.Add(option);
        }
        foreach (var command in commands)
        {
            var words = command.Name.Split(' ');
            Scl.Command parent = root;
            foreach (var word in words[..^1])
            {
                parent = parent.Subcommands.FirstOrDefault(c => c.Name == word) ?? Add(parent, new Scl.Command(word, s_groups.GetValueOrDefault(word, "")));
            }
            var leaf = new Scl.Command(words[^1], command.Summary);
            foreach (var declared in command.Options.Where(o => o.Kind != OptKind.Positional))
            {
                leaf.Add(ToOption(declared));
            }
            // The handler checks how many positional arguments it takes and says so in its own words.
            leaf.Add(new Argument<string[]>(PositionalName) { Arity = ArgumentArity.ZeroOrMore, Hidden = true });
            leaf.SetAction(parsed => run(command, parsed));
            Add(parent, leaf);
            leaves[leaf] = command;
        }
        return root.Parse(args, s_parser);
    }

    /// <summary>The parsed command line of <paramref name="command"/> as its handler reads it.</summary>
    public static Arguments Arguments(Command command, ParseResult parsed)
    {
        var positional = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).ToList();
        var literal = parsed.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).Skip(1).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        if (positional.FirstOrDefault(p => p.StartsWith("--", StringComparison.Ordinal) && p.Length > 2 && !literal.Contains(p)) is { } unknown)
        {
            var name = unknown[2..].Split('=')[0];
            var known = command.Options.Where(o => o.Kind != OptKind.Positional).Select(o => o.Name).Concat(Global.Select(g => g.Name));
            throw new UsageException($"'{command.Name}' has no option --{name}.{DidYouMean(name, known, "--")} See 'tradearms {command.Name} --help'.");
        }
        var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in parsed.CommandResult.Children.OfType<OptionResult>().Concat(parsed.RootCommandResult.Children.OfType<OptionResult>()))
        {
            if (result.Implicit || result.Option is HelpOption or VersionOption)
            {
                continue;
            }
            var name = result.Option.Name[2..];
            if (result.Option is Option<bool>)
            {
                flags.Add(name);
                continue;
            }
            var values = result.Tokens.Select(t => t.Value).ToArray();
            if (values.FirstOrDefault(v => v.Trim().Length == 0) is not null)
            {
                throw new UsageException($"--{name} needs a value, not an empty one. See 'tradearms {command.Name} --help'.");
            }
            options[name] = values;
        }
        return new Arguments(positional, options, flags);
    }

    /// <summary>
    /// The error for an option given an empty value inline (<c>--out=</c>, <c>--top=" "</c>), which System.CommandLine
    /// would read as no value or as a word of its own; null when there is none.
    /// </summary>
    public static string? EmptyInlineValue(ParseResult parsed, IReadOnlyList<string> args)
    {
        var path = string.Join(' ', Help.Path(parsed.CommandResult.Command));
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 2 && arg[(eq + 1)..].Trim().Length == 0
                && parsed.CommandResult.Command.Options.Any(o => o.Name == arg[..eq]))
            {
                return $"error: {arg[..eq]} needs a value, not an empty one. See 'tradearms {path} --help'.";
            }
        }
        return null;
    }

    /// <summary>
    /// The error for a flag given a value inline (<c>--force=true</c>, <c>--csv-raw=no</c>), which System.CommandLine
    /// would split into the flag and a stray word; null when there is none.
    /// </summary>
    public static string? FlagWithValue(ParseResult parsed, IReadOnlyList<string> args)
    {
        var path = string.Join(' ', Help.Path(parsed.CommandResult.Command));
        var flags = parsed.CommandResult.Command.Options.Concat(parsed.RootCommandResult.Command.Options)
            .Where(o => o is Option<bool>).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 2 && flags.Contains(arg[..eq]))
            {
                return $"error: {arg[..eq]} is a flag and takes no value (found '{arg}'): give {arg[..eq]} alone to turn it on, or leave it out. See 'tradearms {(path.Length == 0 ? "" : path + " ")}--help'.";
            }
        }
        return null;
    }

    /// <summary>The one line that names what is wrong with a command line System.CommandLine could not parse.</summary>
    public static string ErrorMessage(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var path = string.Join(' ', Help.Path(command));
        var see = path.Length == 0 ? "'tradearms --help'" : $"'tradearms {path} --help'";
        var missing = parsed.Errors.Select(e => e.SymbolResult is ArgumentResult { Parent: OptionResult o } ? o : e.SymbolResult as OptionResult)
            .FirstOrDefault(o => o is not null && o.Tokens.Count == 0);
        if (missing is not null)
        {
            return $"error: {missing.Option.Name} needs a value. See {see}.";
        }
        if (parsed.UnmatchedTokens.Count > 0 && command.Subcommands.Count > 0)
        {
            var word = parsed.UnmatchedTokens[0];
            if (word.StartsWith('-'))
            {
                var options = command.Options.Where(o => !o.Hidden).Select(o => o.Name.TrimStart('-'));
                return $"error: '{(path.Length == 0 ? "tradearms" : path)}' has no option {word}.{DidYouMean(word.TrimStart('-'), options, "--")} See {see}.";
            }
            var name = path.Length == 0 ? word : path + " " + word;
            var near = DidYouMean(word, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name), path.Length == 0 ? "" : path + " ");
            return path.Length == 0
                ? $"error: unknown command '{name}'.{near} Run 'tradearms --help' for the list of commands."
                : $"error: unknown command '{name}'.{near} Run {see} for its commands.";
        }
        if (command.Subcommands.Count > 0 && command is not RootCommand)
        {
            var subcommands = command.Subcommands.Select(c => path + " " + c.Name).ToList();
            return $"error: '{path}' needs a subcommand: {string.Join(", ", subcommands)}. Run {see}.";
        }
        var first = (parsed.Errors.Count > 0 ? parsed.Errors[0].Message : null) ?? "the command line could not be read.";
        return $"error: {first} See {see}.";
    }

    private const string PositionalName = "arguments";

    /// <summary>The help label of each option built here (one row may name two options).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Option, string> s_labels = [];

    /// <summary>The first help column of an option: its declared label, or System.CommandLine's name and aliases.</summary>
    internal static string Label(Option option) => s_labels.TryGetValue(option, out var label) ? label
        : option is HelpOption ? "-h, --help" : option.Name;

    private static string DidYouMean(string typed, IEnumerable<string> known, string prefix)
    {
        var near = EditDistance.Nearest(typed, known);
        return near.Count == 0 ? "" : $" Did you mean {string.Join(" or ", near.Select(n => $"'{prefix}{n}'"))}?";
    }

    private static Scl.Command Add(Scl.Command parent, Scl.Command child)
    {
        parent.Add(child);
        return child;
    }

    private static Option ToOption(Opt declared)
    {
        Option option = declared.Kind == OptKind.Flag
            ? new Option<bool>("--" + declared.Name) { Arity = ArgumentArity.Zero }
            : new Option<string[]>("--" + declared.Name)
            {
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = false,
                HelpName = declared.ValueName?.Trim('<', '>'),
            };
        option.Description = declared.Description;
        option.Hidden = declared.HiddenInHelp;
        s_labels.Add(option, declared.Label);
        return option;
    }

    /// <summary>An action that writes one line to the standard output (the version).</summary>
    private sealed class WriteLine(Func<string> text) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(text());
            return 0;
        }
    }
}
