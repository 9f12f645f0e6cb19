namespace TradeArms.Columnar.Format;

/// <summary>What the footer needs of a row group written: its column chunks and row count.</summary>
internal sealed record GroupInfo(ChunkInfo[] Chunks, int Rows);
