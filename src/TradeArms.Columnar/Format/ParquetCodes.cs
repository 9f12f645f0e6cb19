namespace TradeArms.Columnar.Format;

/// <summary>The Parquet format's codes this writer uses: physical types and encodings (parquet.thrift).</summary>
internal static class ParquetCodes
{
    public const int TypeBoolean = 0;
    public const int TypeInt32 = 1;
    public const int TypeDouble = 5;
    public const int TypeByteArray = 6;
    public const int EncodingPlain = 0;
    public const int EncodingRle = 3;
    public const int EncodingRleDictionary = 8;
}
