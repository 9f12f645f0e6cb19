namespace TradeArms.Columnar.Format;

/// <summary>A row group encoded: its bytes (pages of every column chunk, in column order) and its footer entry.</summary>
internal sealed record EncodedGroup(ByteSink Bytes, GroupInfo Info);
