namespace TradeArms.Sipri;

public sealed partial class TivSeries : IAnalysisResult
{
    /// <summary>The title: <see cref="Label"/>.</summary>
    public string Title => Label;

    /// <summary>The measure of every value: TIV million.</summary>
    public Measure Measure => Measure.TivMillions;

    string IAnalysisResult.Window => Years.ToString();

    IReadOnlyList<string> IAnalysisResult.Notes => Values.Any(v => !v.Existed)
        ? [$"'did not exist': a year outside the lifetime of {(Recipient?.Lifetime is not null ? Recipient : Supplier)} (not zero, not 'no deliveries'); the total is over {ExistingYears?.ToString() ?? "no year"}."]
        : [];

    /// <summary>The total over the years, and SIPRI's cell legend (<c>-</c>, <c>&lt;0.5</c>).</summary>
    public IReadOnlyList<string> Summary =>
    [
        .. Values.All(v => !v.HasDeliveries) ? ["No deliveries in these years."] : Array.Empty<string>(),
        $"Total: {Total.ToString("N0", null)} {Tiv.UnitLabel}.",
        "'-' no deliveries; '<0.5' deliveries under 0.5 TIV million (SIPRI prints 0). TIV is a volume indicator, not US$.",
    ];
}
