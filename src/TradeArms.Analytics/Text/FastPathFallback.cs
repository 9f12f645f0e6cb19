namespace TradeArms.Text;

/// <summary>
/// Thrown by a fast reader when the file holds something it does not fully understand (an encoding question, a quote
/// inside a field, a lone carriage return, a field the reference rules must judge and refuse): the caller then reads
/// the file with the reference rules, which give the record or the exact error.
/// </summary>
internal sealed class FastPathFallback : Exception
{
    public FastPathFallback(string reason) : base(reason)
    {
    }

    public FastPathFallback()
    {
    }

    public FastPathFallback(string message, Exception innerException) : base(message, innerException)
    {
    }
}
