using System.Globalization;
using Microsoft.Data.Analysis;
using TradeArms.Text;

namespace TradeArms.Sipri;

public sealed partial class ArmsTransfers
{
    /// <summary>
    /// Every observation as a tidy DataFrame: <c>supplier</c>, <c>recipient</c> (SIPRI names), <c>year</c> (int),
    /// <c>tiv</c> (double, TIV million) and <c>status</c> (<c>belowHalf</c> for SIPRI's printed 0, else <c>reported</c>: <see cref="Text.CodeText"/>).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var list = Observations.ToList();
        return new DataFrame(
            new StringDataFrameColumn("supplier", list.Select(o => o.Supplier.Name)),
            new StringDataFrameColumn("recipient", list.Select(o => o.Recipient.Name)),
            new Int32DataFrameColumn("year", list.Select(o => (int?)o.Year.Year)),
            new DoubleDataFrameColumn("tiv", list.Select(o => (double?)o.Value.Millions)),
            new StringDataFrameColumn("status", list.Select(o => CodeText.Of(o.Value.Status))));
    }

    /// <summary>
    /// Builds a dataset from a tidy DataFrame with <c>supplier</c>, <c>recipient</c>, <c>year</c> and <c>tiv</c>
    /// columns, and optionally <c>status</c> (<c>belowHalf</c>, in any case, marks SIPRI's printed 0). Rows with a missing
    /// <c>tiv</c> are no deliveries. Names resolve through the actor catalogue (unknown names are inferred and noted).
    /// </summary>
    /// <exception cref="ArgumentException">A column is missing, or a row repeats a supplier, recipient and year with a different value.</exception>
    public static ArmsTransfers FromDataFrame(DataFrame frame, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(source);
        var names = frame.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var required in new[] { "supplier", "recipient", "year", "tiv" })
        {
            if (!names.Contains(required))
            {
                throw new ArgumentException($"The DataFrame has no '{required}' column (it has: {string.Join(", ", names)}).", nameof(frame));
            }
        }
        var builder = new ArmsTransfersBuilder();
        builder.AddSource(source);
        for (long i = 0; i < frame.Rows.Count; i++)
        {
            var supplier = ActorCatalog.Default.Resolve(frame.Columns["supplier"][i]?.ToString() ?? "", UnknownActorPolicy.Infer)!;
            var recipient = ActorCatalog.Default.Resolve(frame.Columns["recipient"][i]?.ToString() ?? "", UnknownActorPolicy.Infer)!;
            var year = new CalendarYear(Convert.ToInt32(frame.Columns["year"][i], CultureInfo.InvariantCulture));
            if (frame.Columns["tiv"][i] is not { } raw)
            {
                continue;
            }
            var millions = Convert.ToDouble(raw, CultureInfo.InvariantCulture);
            var belowHalf = names.Contains("status") && string.Equals(frame.Columns["status"][i]?.ToString(), CodeText.Of(TivStatus.BelowHalf), StringComparison.OrdinalIgnoreCase); // also the BelowHalf of older frames
            try
            {
                builder.Add(supplier, recipient, year, belowHalf ? Tiv.BelowHalf : Tiv.FromMillions(millions), "DataFrame", (int)i + 1, 0);
            }
            catch (Text.DataFormatException e)
            {
                throw new ArgumentException($"Row {i}: {e.Message}", nameof(frame), e);
            }
        }
        return builder.Build();
    }
}
