using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TradeArms.Text;

namespace TradeArms.Economies;

/// <summary>
/// The one code model for trade data: every economy with its UN M49 and ISO 3166-1/-3 codes, the M49 regions as
/// aggregates, and the trade sources' own codes (UN Comtrade's dated codes, World <c>0</c>/<c>W00</c>, IMF
/// <c>G001</c>), linked to SIPRI's actors.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is built from a small table shipped in the library (<c>economies.csv</c>, derived from ISO 3166-1
/// and 3166-3 as published by the iso-codes project and from UNSD's M49 overview; <see cref="FromReferenceFiles"/>
/// derives the same table from those files) and the hand-curated <c>trade-codes.csv</c>, whose header names its sources.
/// </remarks>
public sealed class EconomyRegistry
{
    private static readonly Lazy<EconomyRegistry> s_default = new(LoadDefault);
    private readonly FrozenDictionary<string, Economy> _byId;
    private readonly FrozenDictionary<int, Economy> _byM49;
    private readonly FrozenDictionary<string, Economy> _byKey;
    private readonly FrozenDictionary<(EconomyCodeSystem, string), TradeCode[]> _tradeCodes;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _aliases;

    private EconomyRegistry(IReadOnlyList<Economy> economies, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, IReadOnlyList<TradeCode> tradeCodes)
    {
        Economies = economies;
        TradeCodes = tradeCodes;
        _aliases = aliases;
        _byId = economies.ToFrozenDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        var byM49 = new Dictionary<int, Economy>();
        // A current country wins over a former one with the same number (ISO 3166-3 keeps the number of a renamed country: Burma 104).
        foreach (var e in economies.OrderBy(e => e.Kind == EconomyKind.Country ? 0 : 1))
        {
            if (e.M49 is { } m)
            {
                byM49.TryAdd(m, e);
            }
        }
        _byM49 = byM49.ToFrozenDictionary();
        var keys = new Dictionary<string, Economy>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in economies.OrderBy(e => e.Kind == EconomyKind.Country ? 0 : 1))
        {
            if (e.Iso3 is { } i3)
            {
                keys.TryAdd(i3, e);
            }
            if (e.Iso2 is { } i2)
            {
                keys.TryAdd(i2, e);
            }
        }
        foreach (var e in economies)
        {
            keys.TryAdd(e.Name, e);
            foreach (var alias in AliasesOf(e))
            {
                keys.TryAdd(alias, e);
            }
        }
        _byKey = keys.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _tradeCodes = tradeCodes.GroupBy(c => (c.System, c.Code)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The registry built into the library (ISO 3166-1, ISO 3166-3, M49 regions, Comtrade and IMF codes).</summary>
    public static EconomyRegistry Default => s_default.Value;

    /// <summary>Every economy: countries, former countries, M49 regions and the sources' own aggregates and unallocated areas.</summary>
    public IReadOnlyList<Economy> Economies { get; }

    /// <summary>The trade sources' own codes, where they differ from the M49 code or carry dates.</summary>
    public IReadOnlyList<TradeCode> TradeCodes { get; }

    /// <summary>Other names of an economy (official and common names, UNSD's name).</summary>
    public IReadOnlyList<string> AliasesOf(Economy economy)
    {
        ArgumentNullException.ThrowIfNull(economy);
        return _aliases.TryGetValue(economy.Id, out var list) ? list : [];
    }

    /// <summary>The economy with an identifier (<c>PAK</c>, <c>SUHH</c>, <c>M49:142</c>, <c>Comtrade:899</c>), or null.</summary>
    public Economy? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The economy with an M49 / ISO numeric code (a current country before a former one with the same number), or null.</summary>
    public Economy? ByM49(int code) => _byM49.GetValueOrDefault(code);

    /// <summary>
    /// Finds an economy by ISO alpha-2 or alpha-3 code, M49 number, a trade source's code (<c>W00</c>, <c>G001</c>,
    /// <c>699</c>) or name (ISO's, UNSD's, Comtrade's or SIPRI's), ignoring case; null when nothing matches.
    /// </summary>
    public Economy? Find(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        var key = codeOrName.Trim();
        if (key.Length == 0)
        {
            return null;
        }
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Resolve(EconomyCodeSystem.Comtrade, key, null).Economy;
        }
        if (_byKey.TryGetValue(key, out var economy))
        {
            return economy;
        }
        foreach (var code in TradeCodes)
        {
            if (string.Equals(code.Code, key, StringComparison.OrdinalIgnoreCase) || string.Equals(code.Alpha, key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(code.Label, key, StringComparison.OrdinalIgnoreCase))
            {
                return code.Economy;
            }
        }
        if (ActorCatalog.Default.TryFind(key, out var actor) && actor.Iso3 is { } iso && _byKey.TryGetValue(iso, out var viaSipri))
        {
            return viaSipri;
        }
        return null;
    }

    /// <summary>
    /// The economy a trade source's code stands for in a year: the source's own code (checked against the years it is
    /// valid in), else the M49 code of a country, former country or region. An unknown code resolves to no economy:
    /// the caller reports it with the value it carries, never drops it.
    /// </summary>
    /// <param name="system">The code system.</param>
    /// <param name="code">The code as the source writes it.</param>
    /// <param name="year">The year of the observation, or null to ignore validity years.</param>
    public CodeResolution Resolve(EconomyCodeSystem system, string code, int? year)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = code.Trim();
        if (system == EconomyCodeSystem.Baci && !_tradeCodes.ContainsKey((system, key)))
        {
            // Without BACI's country table, its codes are Comtrade's.
            system = EconomyCodeSystem.Comtrade;
        }
        if (system is EconomyCodeSystem.Comtrade or EconomyCodeSystem.Baci or EconomyCodeSystem.M49
            && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            key = number.ToString(CultureInfo.InvariantCulture);
        }
        if (system != EconomyCodeSystem.M49 && _tradeCodes.TryGetValue((system, key), out var codes))
        {
            var valid = year is { } y ? codes.FirstOrDefault(c => c.ValidIn(y)) : codes[0];
            var chosen = valid ?? codes[0];
            var years = (chosen.FirstYear, chosen.LastYear) switch
            {
                (null, null) => "",
                ({ } f, null) => $", valid from {f}",
                (null, { } l) => $", valid until {l}",
                ({ } f, { } l) => $", valid {f}-{l}",
            };
            return new CodeResolution(system, code, chosen.Economy, $"{system} code {key} ({chosen.Label}){years}", valid is null);
        }
        if (system == EconomyCodeSystem.Imf)
        {
            return _byKey.TryGetValue(key, out var byIso) && string.Equals(byIso.Iso3, key, StringComparison.OrdinalIgnoreCase)
                ? new CodeResolution(system, code, byIso, $"ISO 3166 alpha-3 {key.ToUpperInvariant()}")
                : new CodeResolution(system, code, null, "not an ISO 3166 alpha-3 code nor an IMF aggregate code known to TradeArms");
        }
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var m49) && ByM49(m49) is { } economy)
        {
            var outside = year is { } yy && economy.Withdrawn is { } w && yy > w.Year;
            return new CodeResolution(system, code, economy, $"M49 {m49.ToString("000", CultureInfo.InvariantCulture)}", outside);
        }
        return new CodeResolution(system, code, null, $"not a {system} code known to TradeArms");
    }

    /// <summary>A registry with more trade codes (e.g. a BACI release's country table); codes of the same system and value replace these.</summary>
    public EconomyRegistry WithTradeCodes(IEnumerable<TradeCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var added = codes.ToList();
        var replaced = added.Select(c => (c.System, c.Code)).ToHashSet();
        var merged = TradeCodes.Where(c => !replaced.Contains((c.System, c.Code))).Concat(added).ToList();
        var economies = Economies.Concat(added.Select(c => c.Economy).Where(e => !_byId.ContainsKey(e.Id)).DistinctBy(e => e.Id)).ToList();
        return new EconomyRegistry(economies, _aliases, merged);
    }

    /// <summary>
    /// Derives the registry from the published code lists in a folder laid out as TradeArms' reference data:
    /// <c>sailfishos-mirror__iso-codes/iso_3166-1.json</c> and <c>iso_3166-3.json</c> (ISO 3166, from the iso-codes project)
    /// and <c>datasets__country-codes/UNSD-en.csv</c> (UNSD's M49 overview), plus the shipped trade codes.
    /// </summary>
    /// <exception cref="DataFormatException">A file is missing or not as expected.</exception>
    public static EconomyRegistry FromReferenceFiles(string codesFolder)
    {
        ArgumentNullException.ThrowIfNull(codesFolder);
        var economies = new List<Economy>();
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var iso1 = Path.Combine(codesFolder, "sailfishos-mirror__iso-codes", "iso_3166-1.json");
        foreach (var e in JsonEntries(iso1, "3166-1"))
        {
            var iso3 = Required(e, "alpha_3", iso1);
            economies.Add(new Economy(iso3, Required(e, "name", iso1), EconomyKind.Country, Number(e, iso1), Required(e, "alpha_2", iso1), iso3, null));
            aliases[iso3] = new[] { Optional(e, "official_name"), Optional(e, "common_name") }.OfType<string>().ToList();
        }
        var iso3File = Path.Combine(codesFolder, "sailfishos-mirror__iso-codes", "iso_3166-3.json");
        foreach (var e in JsonEntries(iso3File, "3166-3"))
        {
            var id = Required(e, "alpha_4", iso3File);
            var withdrawn = Required(e, "withdrawal_date", iso3File);
            economies.Add(new Economy(id, Required(e, "name", iso3File), EconomyKind.FormerCountry, Number(e, iso3File),
                Required(e, "alpha_2", iso3File), Required(e, "alpha_3", iso3File), ParseWithdrawal(withdrawal: withdrawn, iso3File)));
        }
        var unsd = Path.Combine(codesFolder, "datasets__country-codes", "UNSD-en.csv");
        var lines = CsvTokenizer.Split(TextSource.ReadAllText(unsd), ',', unsd);
        var header = lines[0].Fields.Select(f => f.TrimStart('\uFEFF')).ToList();
        int Col(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new DataFormatException(unsd, 1, 0, $"a column '{name}'", string.Join(",", header));
        var regions = new SortedDictionary<int, string>();
        var countryNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Where(l => !l.IsBlank))
        {
            foreach (var (code, name) in new[] { ("Global Code", "Global Name"), ("Region Code", "Region Name"), ("Sub-region Code", "Sub-region Name"), ("Intermediate Region Code", "Intermediate Region Name") })
            {
                if (line[Col(code)] is { Length: > 0 } c)
                {
                    regions[ParseInt(c, unsd, line.Number, Col(code) + 1)] = line[Col(name)];
                }
            }
            countryNames[line[Col("ISO-alpha3 Code")]] = line[Col("Country or Area")];
        }
        foreach (var (code, name) in regions)
        {
            economies.Add(new Economy("M49:" + code.ToString("000", CultureInfo.InvariantCulture), name, EconomyKind.Aggregate, code, null, null, null));
        }
        foreach (var (iso3, name) in countryNames)
        {
            if (aliases.TryGetValue(iso3, out var list) && !list.Contains(name, StringComparer.OrdinalIgnoreCase)
                && economies.First(e => e.Id == iso3).Name != name)
            {
                aliases[iso3] = [.. list, name];
            }
        }
        return Build(economies, aliases);
    }

    /// <summary>Writes the economies in the layout of the shipped table (<c>economies.csv</c>).</summary>
    public void WriteTable(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# DERIVED by TradeArms (EconomyRegistry.FromReferenceFiles) from ISO 3166-1 and ISO 3166-3 as published by the\n"
            + "# iso-codes project (iso_3166-1.json, iso_3166-3.json) and UNSD's M49 overview (UNSD-en.csv, regions). Public reference data.\n");
        writer.Write("id,kind,m49,iso2,iso3,withdrawn,name,aliases\n");
        foreach (var e in Economies.Where(e => !e.Id.Contains(':', StringComparison.Ordinal) || e.Id.StartsWith("M49:", StringComparison.Ordinal)))
        {
            writer.Write(string.Join(',', Csv(e.Id), e.Kind.ToString(), e.M49Text ?? "", e.Iso2 ?? "", e.Iso3 ?? "",
                e.Withdrawn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Csv(e.Name), Csv(string.Join('|', AliasesOf(e)))));
            writer.Write('\n');
        }
    }

    private static string Csv(string text) => text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static EconomyRegistry LoadDefault()
    {
        var economies = new List<Economy>();
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        const string Source = "TradeArms.Economies.economies.csv";
        foreach (var line in Table(Source, "id"))
        {
            var withdrawn = line[5].Length > 0 ? DateOnly.ParseExact(line[5], "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var e = new Economy(line[0], line[6], Enum.Parse<EconomyKind>(line[1]), line[2].Length > 0 ? ParseInt(line[2], Source, line.Number, 3) : null,
                line[3].Length > 0 ? line[3] : null, line[4].Length > 0 ? line[4] : null, withdrawn);
            economies.Add(e);
            if (line[7].Length > 0)
            {
                aliases[e.Id] = line[7].Split('|');
            }
        }
        return Build(economies, aliases);
    }

    private static EconomyRegistry Build(List<Economy> economies, Dictionary<string, IReadOnlyList<string>> aliases)
    {
        const string Source = "TradeArms.Economies.trade-codes.csv";
        var byId = economies.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        var codes = new List<TradeCode>();
        foreach (var line in Table(Source, "system"))
        {
            var system = Enum.Parse<EconomyCodeSystem>(line[0]);
            Economy economy;
            if (line[3].Length > 0)
            {
                economy = byId.TryGetValue(line[3], out var found) ? found
                    : throw new DataFormatException(Source, line.Number, 4, "an economy of the registry", line[3]);
            }
            else
            {
                var id = $"{system}:{line[1]}";
                if (!byId.TryGetValue(id, out economy!))
                {
                    economy = new Economy(id, line[7], Enum.Parse<EconomyKind>(line[4]), null, null, null, null);
                    byId[id] = economy;
                    economies.Add(economy);
                }
            }
            codes.Add(new TradeCode(system, line[1], line[2].Length > 0 ? line[2] : null, line[7], economy,
                line[5].Length > 0 ? ParseInt(line[5], Source, line.Number, 6) : null, line[6].Length > 0 ? ParseInt(line[6], Source, line.Number, 7) : null));
        }
        return new EconomyRegistry(economies, aliases, codes);
    }

    private static List<CsvLine> Table(string resource, string firstColumn)
    {
        using var stream = typeof(EconomyRegistry).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = CsvTokenizer.Split(reader.ReadToEnd(), ',', resource);
        return lines.Where(l => !l.IsBlank && !l[0].StartsWith('#') && l[0] != firstColumn).ToList();
    }

    private static List<JsonElement> JsonEntries(string path, string key)
    {
        using var document = ParseJson(path);
        if (!document.RootElement.TryGetProperty(key, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new DataFormatException(path, 0, 0, $"a JSON object with an array '{key}'", null);
        }
        return list.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    internal static JsonDocument ParseJson(string path)
    {
        var text = TextSource.ReadAllText(path).TrimStart('\uFEFF');
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "valid JSON", e.Message.Split('.')[0]);
        }
    }

    private static string Required(JsonElement e, string name, string path) =>
        Optional(e, name) ?? throw new DataFormatException(path, 0, 0, $"a '{name}' in every entry", e.GetRawText());

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Number(JsonElement e, string path) =>
        Optional(e, "numeric") is { } n ? ParseInt(n, path, 0, 0) : null;

    private static DateOnly ParseWithdrawal(string withdrawal, string path) =>
        DateOnly.TryParseExact(withdrawal, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : int.TryParse(withdrawal, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? new DateOnly(y, 12, 31)
        : throw new DataFormatException(path, 0, 0, "a withdrawal date (yyyy-MM-dd or yyyy)", withdrawal);

    private static int ParseInt(string text, string source, int line, int column) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new DataFormatException(source, line, column, "a whole number", text);
}
