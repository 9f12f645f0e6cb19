namespace TradeArms.Register;

/// <summary>
/// SIPRI's <c>status</c> of a deal (<c>New</c>, <c>Second hand</c>, <c>Second hand but modernized</c>,
/// <c>New and second hand</c>), with the text kept as published so an unknown status is carried, not lost.
/// </summary>
/// <remarks>Recognition ignores case, surrounding spaces and hyphens (<c>second-hand</c>); equality compares the text, ordinal.</remarks>
public readonly record struct DealStatus
{
    private readonly string? _text;

    private DealStatus(DealStatusKind kind, string text)
    {
        Kind = kind;
        _text = text;
    }

    /// <summary>The recognised status, or <see cref="DealStatusKind.Unrecognised"/>.</summary>
    public DealStatusKind Kind { get; }

    /// <summary>The status as published.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Is the status one this library knows?</summary>
    public bool IsRecognised => Kind != DealStatusKind.Unrecognised;

    /// <summary>Reads a status text; any text is accepted, an unknown one as <see cref="DealStatusKind.Unrecognised"/>.</summary>
    public static DealStatus Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = text.Trim().Replace('-', ' ').ToUpperInvariant();
        var kind = key switch
        {
            "NEW" => DealStatusKind.New,
            "SECOND HAND" => DealStatusKind.SecondHand,
            "SECOND HAND BUT MODERNIZED" or "SECOND HAND BUT MODERNISED" => DealStatusKind.SecondHandModernized,
            "NEW AND SECOND HAND" => DealStatusKind.NewAndSecondHand,
            _ => DealStatusKind.Unrecognised,
        };
        return new DealStatus(kind, text);
    }

    /// <summary>The text as published.</summary>
    public override string ToString() => Text;
}
