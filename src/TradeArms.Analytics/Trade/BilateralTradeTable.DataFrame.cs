using Microsoft.Data.Analysis;

namespace TradeArms;

public sealed partial class BilateralTradeTable
{
    /// <summary>The column names of <see cref="ToDataFrame"/>, defined once.</summary>
    public static class Columns
    {
        /// <summary>The period label (<c>2010-11</c> or <c>2011</c>), string.</summary>
        public const string Period = "period";

        /// <summary>The first day of the period, DateTime.</summary>
        public const string PeriodStart = "period_start";

        /// <summary>The last day of the period, DateTime.</summary>
        public const string PeriodEnd = "period_end";

        /// <summary>Exports, decimal, null when missing.</summary>
        public const string Exports = "exports";

        /// <summary>Imports, decimal, null when missing.</summary>
        public const string Imports = "imports";

        /// <summary>The total as published, decimal, null when not printed.</summary>
        public const string PublishedTotal = "published_total";

        /// <summary>The balance as published, decimal, null when not printed.</summary>
        public const string PublishedBalance = "published_balance";

        /// <summary>Exports + imports, decimal.</summary>
        public const string Total = "total";

        /// <summary>Exports - imports, decimal.</summary>
        public const string Balance = "balance";
    }

    /// <summary>
    /// The table as a DataFrame with typed, nullable columns (see <see cref="Columns"/>); amounts are in
    /// <see cref="Unit"/>, which a DataFrame cannot carry: keep the table for its unit and source.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn(Columns.Period, Rows.Select(r => r.Period.ToString())),
        new DateTimeDataFrameColumn(Columns.PeriodStart, Rows.Select(r => (DateTime?)r.Period.Start.ToDateTime(TimeOnly.MinValue))),
        new DateTimeDataFrameColumn(Columns.PeriodEnd, Rows.Select(r => (DateTime?)r.Period.End.ToDateTime(TimeOnly.MinValue))),
        new DecimalDataFrameColumn(Columns.Exports, Rows.Select(r => r.Exports?.Amount)),
        new DecimalDataFrameColumn(Columns.Imports, Rows.Select(r => r.Imports?.Amount)),
        new DecimalDataFrameColumn(Columns.PublishedTotal, Rows.Select(r => r.PublishedTotal?.Amount)),
        new DecimalDataFrameColumn(Columns.PublishedBalance, Rows.Select(r => r.PublishedBalance?.Amount)),
        new DecimalDataFrameColumn(Columns.Total, Rows.Select(r => r.Total?.Amount)),
        new DecimalDataFrameColumn(Columns.Balance, Rows.Select(r => r.Balance?.Amount)));

    /// <summary>
    /// Builds a table from a DataFrame with a <c>period</c> column (string labels) and <c>exports</c> and
    /// <c>imports</c> columns, and optionally <c>published_total</c> and <c>published_balance</c> (numeric, nullable).
    /// Derived columns (<c>total</c>, <c>balance</c>) are ignored: they are recomputed.
    /// </summary>
    /// <exception cref="ArgumentException">A required column is missing or a value is not a number or a period label.</exception>
    public static BilateralTradeTable FromDataFrame(DataFrame frame, Actor reporter, Actor partner, MoneyUnit unit, DataSource source,
        FiscalYearConvention? fiscalYearConvention = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var names = frame.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var required in new[] { Columns.Period, Columns.Exports, Columns.Imports })
        {
            if (!names.Contains(required))
            {
                throw new ArgumentException($"The DataFrame has no '{required}' column (it has: {string.Join(", ", names)}).", nameof(frame));
            }
        }
        var rows = new List<TradeRow>();
        for (long i = 0; i < frame.Rows.Count; i++)
        {
            var label = frame.Columns[Columns.Period][i]?.ToString()
                ?? throw new ArgumentException($"Row {i}: the period is missing.", nameof(frame));
            Period period;
            try
            {
                period = Period.Parse(label, fiscalYearConvention);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"Row {i}: {e.Message}", nameof(frame), e);
            }
            Money? Get(string column) => names.Contains(column) && frame.Columns[column][i] is { } v
                ? new Money(Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture), unit) : null;
            rows.Add(new TradeRow(period, Get(Columns.Exports), Get(Columns.Imports), Get(Columns.PublishedTotal), Get(Columns.PublishedBalance)));
        }
        return new BilateralTradeTable(reporter, partner, unit, source, rows);
    }
}
