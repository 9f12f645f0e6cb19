using System.Collections.Immutable;

namespace TradeArms.Sipri;

/// <summary>
/// SIPRI arms-transfer data: TIV by supplier, recipient and calendar year, stored column by column (actor ids,
/// years and values in primitive arrays), with the totals SIPRI printed beside them. Built by the loaders in this
/// namespace or <see cref="Datasets.Sipri"/>; immutable.
/// </summary>
/// <remarks>
/// Only cells with deliveries are stored. A query over years with no stored cell returns
/// <see cref="Tiv.NoDeliveries"/> for them, which is what SIPRI's empty cell means.
/// </remarks>
public sealed partial class ArmsTransfers
{
    private readonly Actor[] _actors;
    private readonly int[] _supplier;
    private readonly int[] _recipient;
    private readonly short[] _year;
    private readonly double[] _value;
    private readonly byte[] _status;
    private readonly Dictionary<long, (int Start, int Count)> _pairs;
    private readonly Dictionary<Actor, int> _actorIds;
    private readonly ActorLifetime?[] _lifetimes;

    internal ArmsTransfers(Actor[] actors, int[] supplier, int[] recipient, short[] year, double[] value, byte[] status,
        YearRange coverage, ImmutableArray<PublishedTotal> publishedTotals, ImmutableArray<DataSource> sources, ImmutableArray<string> notes)
    {
        // Sort cells by (supplier name, recipient name, year) so each pair is one contiguous run and
        // Observations come out in the same order whatever order the files were read in.
        var rank = new int[actors.Length];
        var byName = Enumerable.Range(0, actors.Length).OrderBy(i => actors[i]).ToArray();
        for (var i = 0; i < byName.Length; i++)
        {
            rank[byName[i]] = i;
        }
        var order = Enumerable.Range(0, supplier.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = rank[supplier[a]].CompareTo(rank[supplier[b]]);
            if (c != 0)
            {
                return c;
            }
            c = rank[recipient[a]].CompareTo(rank[recipient[b]]);
            return c != 0 ? c : year[a].CompareTo(year[b]);
        });
        _actors = actors;
        _supplier = [.. order.Select(i => supplier[i])];
        _recipient = [.. order.Select(i => recipient[i])];
        _year = [.. order.Select(i => year[i])];
        _value = [.. order.Select(i => value[i])];
        _status = [.. order.Select(i => status[i])];
        _pairs = [];
        for (var i = 0; i < _supplier.Length;)
        {
            var j = i;
            while (j < _supplier.Length && _supplier[j] == _supplier[i] && _recipient[j] == _recipient[i])
            {
                j++;
            }
            _pairs[Key(_supplier[i], _recipient[i])] = (i, j - i);
            i = j;
        }
        _actorIds = new Dictionary<Actor, int>();
        for (var i = 0; i < actors.Length; i++)
        {
            _actorIds[actors[i]] = i;
        }
        Years = coverage;
        PublishedTotals = publishedTotals;
        Sources = sources;
        _lifetimes = Lifetimes(actors, _supplier, _recipient, _year, out var widened);
        Notes = notes.AddRange(widened);
        Suppliers = [.. _supplier.Distinct().Select(i => _actors[i]).Order()];
        Recipients = [.. _recipient.Distinct().Select(i => _actors[i]).Order()];
    }

    /// <summary>The years the loaded tables cover (both ends included).</summary>
    /// <remarks>
    /// Every query (series, totals, shares, rankings) checks its window against these years once, at its entry, and
    /// throws <see cref="WindowOutsideDataException"/> for a window reaching outside them: a year the data do not
    /// cover is unknown, not a year without deliveries.
    /// </remarks>
    public YearRange Years { get; }

    /// <summary>What this dataset is, in words, for messages (e.g. <c>the SIPRI data (Generated: 22 April 2022)</c>).</summary>
    public string Description => $"the SIPRI data ({Source.Vintage ?? "vintage not stated"})";

    /// <summary>
    /// The years an actor existed in this dataset: its catalogue <see cref="TradeArms.Actor.Lifetime"/>, widened to any
    /// year in which the data record transfers of it (which <see cref="Notes"/> then says); null for an actor
    /// without a lifetime. A series has <see cref="Tiv.DidNotExist"/> in the other years.
    /// </summary>
    public ActorLifetime? LifetimeOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _actorIds.TryGetValue(actor, out var id) ? _lifetimes[id] : actor.Lifetime;
    }

    /// <summary>Did the actor exist in the year, in this dataset (see <see cref="LifetimeOf"/>)?</summary>
    public bool Existed(Actor actor, CalendarYear year) => LifetimeOf(actor)?.Contains(year) ?? true;

    /// <summary>Every file or resource the data came from, with SIPRI's generation date.</summary>
    public ImmutableArray<DataSource> Sources { get; }

    /// <summary>
    /// The source to cite for the whole dataset: SIPRI's credit line with the generation date of the files, or with
    /// every distinct date when the files were generated on different days (e.g. <c>2022-04-22 and 2022-07-28</c>).
    /// </summary>
    public DataSource Source
    {
        get
        {
            var dates = Sources.Select(s => s.Generated).OfType<DateOnly>().Distinct().Order().ToList();
            var first = Sources.IsEmpty ? DataSource.Sipri(null) : Sources[0];
            return dates.Count <= 1
                ? first with { Location = Sources.Length == 1 ? first.Location : null }
                : first with
                {
                    Generated = null,
                    Location = null,
                    Vintage = "Generated: " + string.Join(" and ", dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
                };
        }
    }

    /// <summary>What the loader noticed and accepted (e.g. names not in the actor catalogue, with their inferred kind).</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>The totals SIPRI printed in the loaded tables.</summary>
    public ImmutableArray<PublishedTotal> PublishedTotals { get; }

    /// <summary>Every supplier with at least one delivery, by name.</summary>
    public ImmutableArray<Actor> Suppliers { get; }

    /// <summary>Every recipient with at least one delivery, by name.</summary>
    public ImmutableArray<Actor> Recipients { get; }

    /// <summary>The number of stored cells (supplier-recipient-years with deliveries).</summary>
    public int Count => _supplier.Length;

    /// <summary>Every stored observation, ordered by supplier, recipient and year.</summary>
    public IEnumerable<TivObservation> Observations
    {
        get
        {
            for (var i = 0; i < _supplier.Length; i++)
            {
                yield return Observation(i);
            }
        }
    }

    /// <summary>One pair's TIV by year.</summary>
    /// <param name="supplier">The supplier.</param>
    /// <param name="recipient">The recipient.</param>
    /// <param name="years">The years; null for <see cref="Years"/>.</param>
    public TivSeries Series(Actor supplier, Actor recipient, YearRange? years = null)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(recipient);
        return Build(supplier, recipient, years, i => _supplier[i] == Id(supplier) && _recipient[i] == Id(recipient));
    }

    /// <summary>A recipient's imports from all suppliers, by year.</summary>
    public TivSeries ImportsOf(Actor recipient, YearRange? years = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var id = Id(recipient);
        return Build(null, recipient, years, i => _recipient[i] == id);
    }

    /// <summary>A supplier's exports to all recipients, by year.</summary>
    public TivSeries ExportsOf(Actor supplier, YearRange? years = null)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        var id = Id(supplier);
        return Build(supplier, null, years, i => _supplier[i] == id);
    }

    /// <summary>All transfers in the data, by year (the world total when a whole release is loaded).</summary>
    public TivSeries WorldTotal(YearRange? years = null) => Build(null, null, years, _ => true);

    /// <summary>A recipient's imports by supplier: one series per supplier with any delivery, largest total first.</summary>
    public IReadOnlyList<TivSeries> ImportsBySupplier(Actor recipient, YearRange? years = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var id = Id(recipient);
        var window = Gate(years);
        return [.. Enumerable.Range(0, _actors.Length)
            .Where(s => _pairs.ContainsKey(Key(s, id)))
            .Select(s => Series(_actors[s], recipient, window))
            .Where(s => s.Values.Any(v => v.HasDeliveries))
            .OrderByDescending(s => s.Total.Millions).ThenBy(s => s.Supplier!.Name, StringComparer.Ordinal)];
    }

    /// <summary>A supplier's exports by recipient: one series per recipient with any delivery, largest total first.</summary>
    public IReadOnlyList<TivSeries> ExportsByRecipient(Actor supplier, YearRange? years = null)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        var id = Id(supplier);
        var window = Gate(years);
        return [.. Enumerable.Range(0, _actors.Length)
            .Where(r => _pairs.ContainsKey(Key(id, r)))
            .Select(r => Series(supplier, _actors[r], window))
            .Where(s => s.Values.Any(v => v.HasDeliveries))
            .OrderByDescending(s => s.Total.Millions).ThenBy(s => s.Recipient!.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The total over a window for a selection: a pair, a recipient (all suppliers), a supplier (all recipients) or,
    /// with both null, everything.
    /// </summary>
    /// <exception cref="WindowOutsideDataException">The window reaches outside <see cref="Years"/>.</exception>
    public Tiv Total(YearRange window, Actor? supplier = null, Actor? recipient = null)
    {
        Gate(window);
        // null selects every actor; an actor with no cells in this dataset selects none (Id gives Absent, never Any).
        const int Any = -1;
        var s = supplier is null ? Any : Id(supplier);
        var r = recipient is null ? Any : Id(recipient);
        var total = Tiv.NoDeliveries;
        if ((supplier is not null && s < 0) || (recipient is not null && r < 0))
        {
            // An actor absent from the data delivered (or received) nothing; it must not widen the selection to all.
            return total;
        }
        for (var i = 0; i < _supplier.Length; i++)
        {
            if ((s == Any || _supplier[i] == s) && (r == Any || _recipient[i] == r) && window.Contains(new CalendarYear(_year[i])))
            {
                total += Cell(i);
            }
        }
        return total;
    }

    /// <summary>
    /// Compares each total SIPRI printed with the sum of the cells it covers (see <see cref="TotalCheck"/> for the
    /// rounding rule). Returns every check; filter on <see cref="TotalCheck.WithinRounding"/> for the failures.
    /// </summary>
    public IReadOnlyList<TotalCheck> CheckPublishedTotals()
    {
        // One pass over the cells: each cell adds to the sums of the eight selections it belongs to (its supplier or
        // any, its recipient or any, its year or all years), so each total is then a single look-up.
        const int Any = -1;
        var sums = new Dictionary<(int Supplier, int Recipient, int Year), (Tiv Sum, int Cells)>();
        for (var i = 0; i < _supplier.Length; i++)
        {
            var cell = Cell(i);
            foreach (var s in (ReadOnlySpan<int>)[_supplier[i], Any])
            {
                foreach (var r in (ReadOnlySpan<int>)[_recipient[i], Any])
                {
                    foreach (var y in (ReadOnlySpan<int>)[_year[i], Any])
                    {
                        var key = (s, r, y);
                        sums[key] = sums.TryGetValue(key, out var acc) ? (acc.Sum + cell, acc.Cells + 1) : (cell, 1);
                    }
                }
            }
        }
        var checks = new List<TotalCheck>(PublishedTotals.Length);
        foreach (var total in PublishedTotals)
        {
            // An actor absent from the cells (a total printed for an actor with no deliveries) matches no cell.
            var s = total.Supplier is null ? Any : Id(total.Supplier);
            var r = total.Recipient is null ? Any : Id(total.Recipient);
            var (sum, cells) = sums.GetValueOrDefault((s, r, total.Year?.Year ?? Any), (Tiv.NoDeliveries, 0));
            checks.Add(new TotalCheck(total, sum, cells));
        }
        return checks;
    }

    /// <summary>
    /// A copy in which every delivery by the Soviet Union is counted as a delivery by Russia (summed with Russia's
    /// own in any year both delivered) and, unless <paramref name="merge"/> is
    /// <see cref="SovietUnionMerge.SuppliersOnly"/>, every delivery <em>to</em> the Soviet Union as one to Russia too
    /// (Russia's imports 1985-1995 then include the Soviet Union's). This is an analytical choice, not SIPRI's: SIPRI
    /// lists the Soviet Union (to 1991) and Russia (from 1992) as separate suppliers and recipients. Use it, and say
    /// so, when a study treats Russia as the Soviet Union's continuing state. Published totals that no longer apply
    /// (the merged actors' own totals, and pair totals involving a merged side) are dropped; the others (e.g. India's
    /// imports in a year, the world total) still hold and are kept. Share tables of the merged data count the merged
    /// row's SIPRI actors with deliveries in the window (<see cref="PartnerShare.Partners"/> 2 for Soviet Union +
    /// Russia).
    /// </summary>
    public ArmsTransfers WithSovietUnionAsRussia(SovietUnionMerge merge = SovietUnionMerge.SuppliersAndRecipients)
    {
        if (!Enum.IsDefined(merge))
        {
            throw new ArgumentOutOfRangeException(nameof(merge), merge, "Unknown merge.");
        }
        var soviet = ActorCatalog.Default.Find("Soviet Union");
        var russia = ActorCatalog.Default.Find("Russia");
        var recipients = merge == SovietUnionMerge.SuppliersAndRecipients;
        var builder = new ArmsTransfersBuilder(Years);
        var originals = new Dictionary<(Actor, Actor, int), HashSet<(Actor, Actor)>>();
        foreach (var o in Observations)
        {
            var s = o.Supplier == soviet ? russia : o.Supplier;
            var r = recipients && o.Recipient == soviet ? russia : o.Recipient;
            builder.Accumulate(s, r, o.Year, o.Value);
            var key = (s, r, o.Year.Year);
            if (!originals.TryGetValue(key, out var set))
            {
                originals[key] = set = [];
            }
            set.Add((o.Supplier, o.Recipient));
        }
        foreach (var source in Sources)
        {
            builder.AddSource(source);
        }
        foreach (var note in Notes)
        {
            builder.AddNote(note);
        }
        builder.AddNote(recipients
            ? "Soviet Union counted as Russia as supplier and recipient (WithSovietUnionAsRussia): an analytical choice, not SIPRI's."
            : "Soviet Union counted as Russia as supplier only (WithSovietUnionAsRussia(SuppliersOnly)): an analytical choice, not SIPRI's.");
        foreach (var total in PublishedTotals)
        {
            var involved = total.Supplier == soviet || total.Supplier == russia
                || (recipients && (total.Recipient == soviet || total.Recipient == russia));
            if (!involved)
            {
                builder.AddTotal(total);
            }
        }
        var merged = builder.Build(includeTotals: true);
        merged.MergedFrom = originals.Where(kv => kv.Value.Count > 1 || kv.Value.Single() != (kv.Key.Item1, kv.Key.Item2))
            .ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray());
        return merged;
    }

    /// <summary>
    /// For the cells of merged data (<see cref="WithSovietUnionAsRussia"/>) that combine or rename SIPRI actors: the
    /// original (supplier, recipient) pairs of each; null for data as SIPRI lists it.
    /// </summary>
    internal ImmutableDictionary<(Actor Supplier, Actor Recipient, int Year), ImmutableArray<(Actor Supplier, Actor Recipient)>>? MergedFrom { get; private set; }

    /// <summary>A copy restricted to a window of years (published totals of other years are dropped).</summary>
    /// <exception cref="WindowOutsideDataException">The years reach outside <see cref="Years"/>.</exception>
    public ArmsTransfers Within(YearRange years)
    {
        Gate(years);
        var builder = new ArmsTransfersBuilder(years);
        foreach (var o in Observations.Where(o => years.Contains(o.Year)))
        {
            builder.Accumulate(o.Supplier, o.Recipient, o.Year, o.Value);
        }
        foreach (var t in PublishedTotals.Where(t => t.Year is { } y && years.Contains(y)))
        {
            builder.AddTotal(t);
        }
        foreach (var source in Sources)
        {
            builder.AddSource(source);
        }
        return builder.Build(includeTotals: true);
    }

    /// <summary>Finds an actor of this dataset or the catalogue by name, alias or ISO code.</summary>
    public Actor Actor(string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        var match = _actors.FirstOrDefault(a => string.Equals(a.Name, nameOrCode.Trim(), StringComparison.OrdinalIgnoreCase));
        return match ?? ActorCatalog.Default.Find(nameOrCode);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"SIPRI arms transfers {Years}: {Count} supplier-recipient-years, {Suppliers.Length} suppliers, {Recipients.Length} recipients ({Source.Vintage ?? "vintage not stated"})");

    internal TivObservation Observation(int i) => new(_actors[_supplier[i]], _actors[_recipient[i]], new CalendarYear(_year[i]), Cell(i));

    private Tiv Cell(int i) => (TivStatus)_status[i] switch
    {
        TivStatus.BelowHalf => Tiv.BelowHalf,
        TivStatus.Reported => Tiv.FromMillions(_value[i]),
        _ => Tiv.NoDeliveries,
    };

    /// <summary>The id of an actor with no cells in this dataset: it matches no cell and no pair.</summary>
    private const int Absent = int.MinValue;

    private int Id(Actor actor) => _actorIds.TryGetValue(actor, out var id) ? id : Absent;

    private static long Key(int supplier, int recipient) => unchecked(((long)supplier << 32) | (uint)recipient);

    /// <summary>
    /// The one window check of this dataset: every query calls it once, at its entry. Null asks for all years.
    /// </summary>
    /// <exception cref="WindowOutsideDataException">The window reaches outside <see cref="Years"/>.</exception>
    internal YearRange Gate(YearRange? window) => WindowOutsideDataException.ThrowIfOutside(window ?? Years, Years, Description);

    private static ActorLifetime?[] Lifetimes(Actor[] actors, int[] supplier, int[] recipient, short[] year, out List<string> notes)
    {
        var first = new int[actors.Length];
        var last = new int[actors.Length];
        Array.Fill(first, int.MaxValue);
        Array.Fill(last, int.MinValue);
        for (var i = 0; i < supplier.Length; i++)
        {
            foreach (var a in (ReadOnlySpan<int>)[supplier[i], recipient[i]])
            {
                first[a] = Math.Min(first[a], year[i]);
                last[a] = Math.Max(last[a], year[i]);
            }
        }
        notes = [];
        var lifetimes = new ActorLifetime?[actors.Length];
        for (var a = 0; a < actors.Length; a++)
        {
            lifetimes[a] = actors[a].Lifetime;
            if (actors[a].Lifetime is { } lifetime && first[a] <= last[a] && !lifetime.Contains(new YearRange(first[a], last[a])))
            {
                var held = new YearRange(first[a], last[a]);
                lifetimes[a] = lifetime.Widen(held);
                notes.Add($"The data record transfers of {actors[a].Name} in {held}, outside its lifetime in the actor catalogue ({lifetime}): this dataset counts it as existing in {lifetimes[a]}.");
            }
        }
        return lifetimes;
    }

    private TivSeries Build(Actor? supplier, Actor? recipient, YearRange? years, Func<int, bool> select)
    {
        var range = Gate(years);
        var values = new Tiv[range.Count];
        Array.Fill(values, Tiv.NoDeliveries);
        IEnumerable<int> candidates = supplier is not null && recipient is not null
            ? _pairs.TryGetValue(Key(Id(supplier), Id(recipient)), out var run) ? Enumerable.Range(run.Start, run.Count) : []
            : Enumerable.Range(0, _supplier.Length);
        foreach (var i in candidates)
        {
            var y = _year[i];
            if (y >= range.First.Year && y <= range.Last.Year && select(i))
            {
                values[y - range.First.Year] += Cell(i);
            }
        }
        for (var k = 0; k < values.Length; k++)
        {
            var year = range.First.PlusYears(k);
            if (!values[k].HasDeliveries && ((supplier is not null && !Existed(supplier, year)) || (recipient is not null && !Existed(recipient, year))))
            {
                values[k] = Tiv.DidNotExist;
            }
        }
        return new TivSeries(supplier, recipient, range, [.. values], Source);
    }
}
