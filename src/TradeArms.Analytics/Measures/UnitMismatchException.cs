namespace TradeArms;

/// <summary>Thrown when values in different units meet in arithmetic (US$ million plus PKR thousand).</summary>
public sealed class UnitMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which units met, and in which operation.</param>
    public UnitMismatchException(string message) : base(message)
    {
    }
}
