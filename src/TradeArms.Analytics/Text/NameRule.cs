using System.Globalization;

namespace TradeArms.Text;

/// <summary>
/// The rule every reader applies to a name met in a file (an actor, a reporter or partner label): at most
/// <see cref="MaxLength"/> characters and no control characters (NUL, tab, line breaks, ...). A longer name or one
/// with a control character is a damaged or crafted file, not a country.
/// </summary>
public static class NameRule
{
    /// <summary>The longest name accepted, 200 characters (SIPRI's longest actor name has fewer than 60).</summary>
    public const int MaxLength = 200;

    /// <summary>What a name breaks, as the "expected" part of a <see cref="DataFormatException"/>; null when it is acceptable.</summary>
    /// <param name="name">The name as read.</param>
    /// <param name="role">The role in words, e.g. <c>supplier</c>.</param>
    public static string? Check(ReadOnlySpan<char> name, string role)
    {
        if (name.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"a {role} name of at most {MaxLength} characters (this one has {name.Length})");
        }
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsControl(name[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"a {role} name without control characters (U+{(int)name[i]:X4} at character {i + 1})");
            }
        }
        return null;
    }

    /// <summary>Throws a <see cref="DataFormatException"/> at the given position when <paramref name="name"/> breaks the rule.</summary>
    public static void Require(ReadOnlySpan<char> name, string role, string source, int line, int column)
    {
        if (Check(name, role) is { } expected)
        {
            throw new DataFormatException(source, line, column, expected, name.ToString());
        }
    }
}
