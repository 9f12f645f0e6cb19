namespace TradeArms.Columnar;

/// <summary>The compression of the pages of a Parquet file written by <see cref="TradeMatrixParquet"/>.</summary>
public enum ParquetCompression
{
    /// <summary>Snappy, the default (DuckDB's and Spark's default too).</summary>
    Snappy,

    /// <summary>No compression: larger files, a little faster to write and read.</summary>
    None,
}
