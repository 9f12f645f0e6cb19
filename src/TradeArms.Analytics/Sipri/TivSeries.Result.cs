namespace TradeArms.Sipri;

public sealed partial class TivSeries : IAnalysisResult
{
    /// <summary>The title: <see cref="Label"/>.</summary>
    public string Title => Label;

    /// <summary>The measure of every value: TIV million.</summary>
    public Measure Measure => Measure.TivMillions;

    string IAnalysisResult.Window => Years.ToString();

    IReadOnlyList<string> IAnalysisResult.Notes => Values.Any(v => !v.Existed)
        ? [$"Years marked DidNotExist are outside the lifetime of {(Recipient?.Lifetime is not null ? Recipient : Supplier)}: not zero, not 'no deliveries'; the series exists in {ExistingYears?.ToString() ?? "no year"}."]
        : [];
}
