using System.Globalization;
using TradeArms.Trade;

namespace TradeArms.Matrix;

public sealed partial class BilateralTradeMatrix
{
    /// <summary>
    /// The matrix of IMF DOTS figures (<see cref="DirectionOfTrade"/>, from the DOTS CSV or the workbooks of
    /// <c>TradeArms.Imf</c>), built with the public <see cref="TradeMatrixBuilder"/>: actors are the IMF's names
    /// (<see cref="DotsEconomy.Name"/>), exports FOB and imports CIF, US$ million; estimates stay flagged.
    /// </summary>
    /// <param name="dots">The figures.</param>
    public static BilateralTradeMatrix From(DirectionOfTrade dots)
    {
        ArgumentNullException.ThrowIfNull(dots);
        var builder = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, dots.Source);
        Span<char> text = stackalloc char[40];
        foreach (var o in dots.Observations)
        {
            // decimal -> double through the decimal's text: the correctly rounded double, so a value read from a
            // double's shortest text comes back bit for bit.
            o.Value.Amount.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
            var value = double.Parse(text[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
            builder.Add(o.Reporter.Name, o.Partner.Name, o.Year, o.Flow == DotsFlow.ExportsFob ? TradeFlow.Exports : TradeFlow.Imports, value, o.Estimated);
        }
        return builder.Build();
    }
}
