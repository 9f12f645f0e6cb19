namespace TradeArms.Columnar.Format;

/// <summary>A column of the schema: its name, physical type and whether it may hold nulls.</summary>
internal sealed record ParquetColumn(string Name, int Type, bool Optional);
