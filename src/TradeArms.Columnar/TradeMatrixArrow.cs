using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using TradeArms.Matrix;
using TradeArms.Text;

namespace TradeArms.Columnar;

/// <summary>
/// Writes and reads a <see cref="BilateralTradeMatrix"/> as an Apache Arrow IPC file (Feather v2) in the same tidy
/// columns as <see cref="TradeMatrixParquet"/>: <c>reporter</c>, <c>partner</c>, <c>year</c>, <c>exports</c>,
/// <c>imports</c> (null = missing); pyarrow, polars and DuckDB read it without conversion.
/// </summary>
public static class TradeMatrixArrow
{
    /// <summary>Writes the matrix.</summary>
    /// <returns>The number of rows written.</returns>
    public static long Write(BilateralTradeMatrix matrix, Stream output)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(output);
        var schema = new Schema.Builder()
            .Field(f => f.Name("reporter").DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name("partner").DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name("year").DataType(Int32Type.Default).Nullable(false))
            .Field(f => f.Name("exports").DataType(DoubleType.Default).Nullable(true))
            .Field(f => f.Name("imports").DataType(DoubleType.Default).Nullable(true))
            .Metadata(MatrixColumns.Metadata(matrix))
            .Build();
        var rows = 0L;
        using (var writer = new ArrowFileWriter(output, schema, leaveOpen: true))
        {
            var cells = new List<(int Pair, int Period)>();
            foreach (var count in MatrixColumns.Batches(matrix, cells))
            {
                var reporters = new StringArray.Builder();
                var partners = new StringArray.Builder();
                var years = new Int32Array.Builder();
                var exports = new DoubleArray.Builder();
                var imports = new DoubleArray.Builder();
                foreach (var (pair, t) in cells)
                {
                    reporters.Append(matrix.Actors[matrix.ReporterOf(pair)]);
                    partners.Append(matrix.Actors[matrix.PartnerOf(pair)]);
                    years.Append(matrix.Periods[t].Start.Year);
                    Append(exports, matrix.Values(pair, TradeFlow.Exports)[t]);
                    Append(imports, matrix.Values(pair, TradeFlow.Imports)[t]);
                }
                using var batch = new RecordBatch(schema, [reporters.Build(), partners.Build(), years.Build(), exports.Build(), imports.Build()], count);
                writer.WriteRecordBatch(batch);
                rows += count;
            }
            writer.WriteEnd();
        }
        output.Flush();
        return rows;
    }

    /// <summary>Reads a matrix written by <see cref="Write"/> (or any Arrow IPC file with those columns).</summary>
    /// <param name="input">The stream.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <param name="unit">The unit, required when the file has no <c>tradearms.unit</c> metadata; must agree otherwise.</param>
    /// <param name="dataSource">Citation and vintage; by default from the metadata.</param>
    /// <exception cref="DataFormatException">A column is missing or of another type, or a cell repeats.</exception>
    public static BilateralTradeMatrix Read(Stream input, string source, MoneyUnit? unit = null, DataSource? dataSource = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new ArrowFileReader(input, leaveOpen: true);
        TradeMatrixBuilder? builder = null;
        FiscalYearConvention? fiscal = null;
        var row = 0L;
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            using (batch)
            {
                if (builder is null)
                {
                    (builder, fiscal) = MatrixColumns.Builder(batch.Schema.Metadata, source, unit, dataSource);
                }
                var reporters = Column<StringArray>(batch, "reporter", source);
                var partners = Column<StringArray>(batch, "partner", source);
                var years = Column<Int32Array>(batch, "year", source);
                var exports = Column<DoubleArray>(batch, "exports", source);
                var imports = Column<DoubleArray>(batch, "imports", source);
                for (var i = 0; i < batch.Length; i++)
                {
                    row++;
                    try
                    {
                        var reporter = reporters.GetString(i);
                        var partner = partners.GetString(i);
                        var period = MatrixColumns.Period(years.GetValue(i) ?? throw new ArgumentException("The year is null."), fiscal);
                        builder.Add(reporter, partner, period, TradeFlow.Exports, exports.GetValue(i));
                        builder.Add(reporter, partner, period, TradeFlow.Imports, imports.GetValue(i));
                    }
                    catch (ArgumentException e)
                    {
                        throw new DataFormatException(source, checked((int)Math.Min(row, int.MaxValue)), 0, "a valid cell (row number counted from 1 over all batches)", e.Message);
                    }
                }
            }
        }
        return (builder ?? MatrixColumns.Builder(null, source, unit ?? MoneyUnit.UsDollarMillions, dataSource).Builder).Build();
    }

    private static void Append(DoubleArray.Builder builder, double value)
    {
        if (double.IsNaN(value))
        {
            builder.AppendNull();
        }
        else
        {
            builder.Append(value);
        }
    }

    private static T Column<T>(RecordBatch batch, string name, string source) where T : class, IArrowArray =>
        batch.Schema.GetFieldIndex(name) is var i && i >= 0
            ? batch.Column(i) as T ?? throw new DataFormatException(source, 0, 0, $"a column '{name}' of type {typeof(T).Name}", batch.Column(i).GetType().Name)
            : throw new DataFormatException(source, 0, 0, $"a column '{name}'", null);
}
