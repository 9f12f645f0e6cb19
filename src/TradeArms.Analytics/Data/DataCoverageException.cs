namespace TradeArms;

/// <summary>
/// The loaded data do not hold what a query needs: a table, a published total, or any figure of an actor or pair.
/// It is a fact about the user's data, not a defect; the message says what is missing and what to load.
/// </summary>
/// <remarks>
/// It derives from <see cref="InvalidOperationException"/>: the query cannot be answered from this dataset, whatever
/// the arguments' form. A window outside the data's years is a <see cref="WindowOutsideDataException"/> instead.
/// </remarks>
public class DataCoverageException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the data lack, and what to load, in words for the user.</param>
    public DataCoverageException(string message) : base(message)
    {
    }
}
