namespace TradeArms;

/// <summary>What a disagreement between a published and a computed figure looks like.</summary>
public enum DiscrepancyKind
{
    /// <summary>The figures differ by more than rounding.</summary>
    Arithmetic,

    /// <summary>The published figure has the right size but the wrong sign (a printed <c>+</c> for a deficit).</summary>
    SignReversed,
}
