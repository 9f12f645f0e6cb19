namespace TradeArms.Text;

/// <summary>
/// The one rule for a status or kind written as data (DataFrame columns, CSV and JSON): the member's name in camelCase,
/// e.g. <see cref="TivStatus.DidNotExist"/> -> <c>didNotExist</c>, <see cref="DiscrepancyKind.SignReversed"/> -> <c>signReversed</c>.
/// </summary>
public static class CodeText
{
    /// <summary>The code of <paramref name="value"/>: its name with a lower-case first letter.</summary>
    /// <typeparam name="T">An enumeration.</typeparam>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a named member.</exception>
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = Enum.GetName(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a named {typeof(T).Name}.");
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
