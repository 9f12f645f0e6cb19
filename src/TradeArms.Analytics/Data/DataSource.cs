namespace TradeArms;

/// <summary>
/// Where a dataset comes from and which vintage it is: the citation to print under every table and chart, and the
/// date the publisher generated the data (SIPRI's <c>Generated: 22 April 2022</c>), because a figure is only defined
/// together with its vintage.
/// </summary>
/// <param name="Citation">The credit line, e.g. <c>SIPRI Arms Transfers Database</c>.</param>
/// <param name="Vintage">The vintage as the source states it (<c>Generated: 22 April 2022</c>), or a description.</param>
/// <param name="Generated">The date the data were generated or published, where the source states one.</param>
/// <param name="Location">The file or resource the data were read from; null for data built in code.</param>
public sealed record DataSource(string Citation, string? Vintage = null, DateOnly? Generated = null, string? Location = null)
{
    /// <summary>SIPRI's credit line for a release generated on <paramref name="generated"/>.</summary>
    public static DataSource Sipri(DateOnly? generated, string? location = null) => new(
        "SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers",
        generated is { } g ? "Generated: " + g.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : null,
        generated,
        location);

    /// <summary>
    /// A one-line caption for charts and tables, e.g. <c>Source: SIPRI Arms Transfers Database (2022-04-22)</c>: the
    /// citation up to its first parenthesis (or, for a long one, up to its first comma), then the generation date.
    /// </summary>
    public string Caption
    {
        get
        {
            var name = Citation;
            var paren = name.IndexOf(" (", StringComparison.Ordinal);
            if (paren > 0)
            {
                name = name[..paren];
            }
            if (name.Length > 110 || name.StartsWith("SIPRI", StringComparison.Ordinal))
            {
                name = name.Split(',')[0].Trim();
            }
            return Generated is { } g
                ? $"Source: {name} ({g.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})"
                : Vintage is { } v && v.StartsWith("Generated: ", StringComparison.Ordinal) && char.IsAsciiDigit(v[^1])
                    ? $"Source: {name} (generated {v["Generated: ".Length..]})"
                    : $"Source: {name}";
        }
    }
}
