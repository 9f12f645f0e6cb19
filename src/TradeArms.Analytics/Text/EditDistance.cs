namespace TradeArms.Text;

/// <summary>
/// How far apart two words are, for "did you mean" suggestions (unknown actors, and the tool's unknown commands and
/// options): the Levenshtein distance, ignoring case.
/// </summary>
public static class EditDistance
{
    /// <summary>The number of single-character insertions, deletions and substitutions that turn one word into the other, ignoring case.</summary>
    /// <param name="a">One word.</param>
    /// <param name="b">The other.</param>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>
    /// The candidates near <paramref name="text"/>, best first: those within <c>max(2, length / 3)</c> edits (the
    /// rule the actor catalogue uses), at most <paramref name="count"/>.
    /// </summary>
    /// <param name="text">What was typed.</param>
    /// <param name="candidates">The known words.</param>
    /// <param name="count">How many to return at most.</param>
    public static IReadOnlyList<string> Nearest(string text, IEnumerable<string> candidates, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = Math.Max(2, text.Length / 3);
        return candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Between(text, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count).Select(c => c.Name).ToArray();
    }
}
