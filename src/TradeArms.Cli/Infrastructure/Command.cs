namespace TradeArms.Cli.Infrastructure;

/// <summary>A command of the tool, with the help text that <c>--help</c> prints.</summary>
internal sealed record Command(
    string Name,
    string Summary,
    string Usage,
    IReadOnlyList<(string Option, string Description)> OptionHelp,
    IReadOnlyCollection<string> ValueOptions,
    IReadOnlyCollection<string> Flags,
    Func<Arguments, CommandContext, int> Handler)
{
    public string Help()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Summary).Append("\n\nUsage:\n  ").Append(Usage).Append('\n');
        if (OptionHelp.Count > 0)
        {
            text.Append("\nOptions:\n");
            var width = OptionHelp.Max(o => o.Option.Length) + 2;
            foreach (var (option, description) in OptionHelp)
            {
                text.Append("  ").Append(option.PadRight(width)).Append(description).Append('\n');
            }
        }
        return text.ToString();
    }
}
