using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using Scl = System.CommandLine;

namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// <c>--help</c> for any command of the System.CommandLine tree, written from the declarations it was built from: the
/// summary, the command's own usage line, its arguments and options (as declared, global ones last) and, for a group
/// or the root, its commands. The root lists every command by its full name and ends with <paramref name="rootEpilogue"/>.
/// Never wrapped to the terminal, so the text is the same everywhere.
/// </summary>
internal sealed class Help(IReadOnlyDictionary<Scl.Command, Command> leaves, string rootEpilogue) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.Write(Text(parseResult.CommandResult.Command));
        return 0;
    }

    public string Text(Scl.Command command)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(command.Description))
        {
            text.Append(command.Description).Append("\n\n");
        }
        text.Append("Usage:\n  ");
        leaves.TryGetValue(command, out var leaf);
        var path = string.Join(' ', Path(command));
        text.Append(leaf?.Usage ?? (command is RootCommand ? "tradearms <command> [options]\n  tradearms <command> --help" : $"tradearms {path} <command> [options]")).Append('\n');
        if (leaf is not null)
        {
            Rows(text, "Arguments", leaf.Options.Where(o => o.Kind == OptKind.Positional).Select(o => (o.Label, o.Description)));
        }
        var options = command.Options.Where(o => !o.Hidden)
            .Concat(Path(command).Count == 0 ? [] : command.Parents.SelectMany(Ancestors).SelectMany(c => c.Options).Where(o => o.Recursive && !o.Hidden))
            .Distinct();
        Rows(text, "Options", options.Select(o => (CommandLine.Label(o), o.Description ?? "")));
        var commands = command is RootCommand
            ? leaves.Values.Select(l => (l.Name, l.Summary))
            : command.Subcommands.Where(c => !c.Hidden).Select(c => ($"{path} {c.Name}", c.Description ?? ""));
        Rows(text, "Commands", commands);
        if (command is RootCommand)
        {
            text.Append('\n').Append(rootEpilogue);
        }
        else if (leaf is null)
        {
            text.Append("\nRun 'tradearms " + path + " <command> --help' for a command's options.\n");
        }
        return text.ToString();
    }

    private static IEnumerable<Scl.Command> Ancestors(Symbol symbol) =>
        symbol is Scl.Command c ? c.Parents.SelectMany(Ancestors).Prepend(c) : [];

    internal static List<string> Path(Scl.Command command)
    {
        var words = new List<string>();
        for (Symbol? s = command; s is Scl.Command c and not RootCommand; s = s.Parents.FirstOrDefault())
        {
            words.Insert(0, c.Name);
        }
        return words;
    }

    private static void Rows(StringBuilder text, string title, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }
        text.Append('\n').Append(title).Append(":\n");
        var width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, description) in list)
        {
            text.Append("  ").Append(description.Length == 0 ? label : label.PadRight(width) + description).Append('\n');
        }
    }
}
