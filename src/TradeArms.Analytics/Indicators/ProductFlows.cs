using System.Collections.Immutable;
using TradeArms.Products;

namespace TradeArms.Indicators;

/// <summary>
/// A product-level trade matrix in BACI's shape (<c>t, i, j, k, v</c>: year, exporter, importer, product, value) held as
/// columns of primitive arrays: economy and product codes are dictionary-encoded into small integers, rows are sorted by
/// (year, exporter, importer, product) and each cell appears once. Every indicator of this namespace runs over these
/// columns in one or two sequential passes, for every pair at once; a single pair is a filter of the result.
/// </summary>
/// <remarks>
/// A flow absent from the matrix was not reported; it is never stored as zero. Economies flagged as aggregates (World,
/// regions, "nes" areas) are kept as codes but never enter a world total.
/// </remarks>
public sealed partial class ProductFlows
{
    internal ProductFlows(short[] years, ushort[] exporters, ushort[] importers, int[] products, double[] values, int count,
        ImmutableArray<string> economies, ImmutableArray<bool> aggregates, ImmutableArray<string> productCodes, ProductLevel? level,
        MoneyUnit unit, DataSource source, ImmutableArray<string> notes)
    {
        Years = years;
        Exporters = exporters;
        Importers = importers;
        Products = products;
        Values = values;
        Count = count;
        Economies = economies;
        Aggregates = aggregates;
        ProductCodes = productCodes;
        Level = level;
        Unit = unit;
        Source = source;
        Notes = notes;
    }

    /// <summary>The number of cells (rows).</summary>
    public int Count { get; }

    /// <summary>The economy codes as the source wrote them or as mapped (ISO3 for Comtrade files, BACI's numeric codes); index = code id.</summary>
    public ImmutableArray<string> Economies { get; }

    /// <summary>For each economy id, true when it is an aggregate (World, a region, an unallocated area): never in a world total.</summary>
    public ImmutableArray<bool> Aggregates { get; }

    /// <summary>The product codes (HS digits, leading zeros kept); index = product id.</summary>
    public ImmutableArray<string> ProductCodes { get; }

    /// <summary>The HS level of the products, or null when mixed or not HS.</summary>
    public ProductLevel? Level { get; }

    /// <summary>The unit of the values (BACI: US$ thousand; Comtrade: US$).</summary>
    public MoneyUnit Unit { get; }

    /// <summary>The source of the values.</summary>
    public DataSource Source { get; }

    /// <summary>What was left out or chosen while building the matrix (aggregate partners, unmapped codes, missing values, the report used).</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>The years covered, ascending.</summary>
    public IReadOnlyList<int> YearsCovered
    {
        get
        {
            var years = new SortedSet<int>();
            for (var r = 0; r < Count; r++)
            {
                years.Add(Years[r]);
            }
            return [.. years];
        }
    }

    internal short[] Years { get; }

    internal ushort[] Exporters { get; }

    internal ushort[] Importers { get; }

    internal int[] Products { get; }

    internal double[] Values { get; }

    /// <summary>The id of an economy code, or -1 when the matrix has no such economy.</summary>
    public int EconomyId(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        for (var e = 0; e < Economies.Length; e++)
        {
            if (string.Equals(Economies[e], code, StringComparison.OrdinalIgnoreCase))
            {
                return e;
            }
        }
        return -1;
    }

    /// <summary>The value of one cell, or null when the matrix has none (not reported).</summary>
    public double? Value(int year, string exporter, string importer, string product)
    {
        var i = EconomyId(exporter);
        var j = EconomyId(importer);
        var k = ProductCodes.IndexOf(product);
        for (var r = 0; r < Count; r++)
        {
            if (Years[r] == year && Exporters[r] == i && Importers[r] == j && Products[r] == k)
            {
                return Values[r];
            }
        }
        return null;
    }

    /// <summary>
    /// The same flows with every product mapped to its code at a coarser HS level (930110 to 93 at Chapter) and the cells
    /// that then coincide summed. Codes shorter than the level are an error.
    /// </summary>
    /// <exception cref="ArgumentException">A product code is not below the level.</exception>
    public ProductFlows AtLevel(ProductLevel level)
    {
        if (level is not (ProductLevel.Chapter or ProductLevel.Heading or ProductLevel.Subheading))
        {
            throw new ArgumentException("The level must be Chapter, Heading or Subheading.", nameof(level));
        }
        if (Level == level)
        {
            return this;
        }
        var digits = (int)level;
        var builder = new ProductFlowsBuilder(Unit, Source, Count) { Level = level, SumDuplicates = true };
        foreach (var note in Notes)
        {
            builder.Note(note);
        }
        for (var r = 0; r < Count; r++)
        {
            var code = ProductCodes[Products[r]];
            if (code.Length < digits)
            {
                throw new ArgumentException($"Product {code} is coarser than the {level} level.", nameof(level));
            }
            builder.Add(Years[r], Economies[Exporters[r]], Economies[Importers[r]], code[..digits], Values[r], Aggregates[Exporters[r]], Aggregates[Importers[r]]);
        }
        builder.Note($"products summed to {level} level ({digits} digits) from the finer codes of the source.");
        return builder.Build();
    }
}
