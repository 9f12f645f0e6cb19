using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TradeArms.Charts.Tests.Infrastructure;

/// <summary>The text drawn on a chart, read back from its SVG (ScottPlot writes each label as one &lt;text&gt; element).</summary>
internal static partial class SvgText
{
    public static IReadOnlyList<string> Of(byte[] svg) =>
        [.. TextElement().Matches(Encoding.UTF8.GetString(svg)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex TextElement();
}
