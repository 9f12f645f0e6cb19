namespace TradeArms.Sipri;

/// <summary>Collects cells from one or more files into an <see cref="ArmsTransfers"/>; rejects conflicting duplicates.</summary>
internal sealed class ArmsTransfersBuilder
{
    private readonly Dictionary<Actor, int> _ids = [];
    private readonly List<Actor> _actors = [];
    private readonly Dictionary<(int S, int R, short Y), (Tiv Value, string Location)> _cells = [];
    private readonly List<PublishedTotal> _totals = [];
    private readonly List<DataSource> _sources = [];
    private readonly List<string> _notes = [];
    private int? _first;
    private int? _last;

    public ArmsTransfersBuilder(YearRange? coverage = null)
    {
        if (coverage is { } c)
        {
            _first = c.First.Year;
            _last = c.Last.Year;
        }
    }

    /// <summary>The years the files read hold, whatever the read window kept (for the window's one check).</summary>
    public YearRange? Offered { get; private set; }

    /// <summary>Records the years a file holds, before the read window is applied.</summary>
    public void Offer(YearRange years) =>
        Offered = Offered is { } o ? new YearRange(Math.Min(o.First.Year, years.First.Year), Math.Max(o.Last.Year, years.Last.Year)) : years;

    /// <summary>
    /// The read window's one check: a window (<see cref="SipriReadOptions.Years"/>) that shares no year with the files
    /// is a <see cref="WindowOutsideDataException"/>, not an empty dataset. A window that overlaps them keeps the overlap.
    /// </summary>
    public void RequireOverlap(YearRange? window, string where)
    {
        if (window is { } w && Offered is { } o && (w.Last < o.First || w.First > o.Last))
        {
            throw new WindowOutsideDataException(w, o, "the SIPRI tables in " + where);
        }
    }

    public void Cover(YearRange years)
    {
        _first = _first is null ? years.First.Year : Math.Min(_first.Value, years.First.Year);
        _last = _last is null ? years.Last.Year : Math.Max(_last.Value, years.Last.Year);
    }

    /// <summary>Adds a cell; a second cell for the same pair and year must agree, or the location of both is reported.</summary>
    public void Add(Actor supplier, Actor recipient, CalendarYear year, Tiv value, string source, int line, int column)
    {
        if (!value.HasDeliveries)
        {
            return;
        }
        var key = (Id(supplier), Id(recipient), (short)year.Year);
        var location = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source}:{line}:{column}");
        if (_cells.TryGetValue(key, out var existing))
        {
            if (existing.Value != value)
            {
                throw new Text.DataFormatException(source, line, column,
                    $"the value given for {supplier} -> {recipient} {year} at {existing.Location} ({existing.Value})",
                    value.ToString());
            }
            return;
        }
        _cells[key] = (value, location);
    }

    /// <summary>Adds a cell to whatever is there (used when relabelling actors).</summary>
    public void Accumulate(Actor supplier, Actor recipient, CalendarYear year, Tiv value)
    {
        var key = (Id(supplier), Id(recipient), (short)year.Year);
        _cells[key] = _cells.TryGetValue(key, out var existing) ? (existing.Value + value, existing.Location) : (value, "");
    }

    public void AddTotal(PublishedTotal total) => _totals.Add(total);

    public void AddSource(DataSource source) => _sources.Add(source);

    public int SourceCount => _sources.Count;

    public DataSource LastSource => _sources[^1];

    public void AddNote(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    public ArmsTransfers Build(bool includeTotals = true)
    {
        var n = _cells.Count;
        var supplier = new int[n];
        var recipient = new int[n];
        var year = new short[n];
        var value = new double[n];
        var status = new byte[n];
        var i = 0;
        foreach (var ((s, r, y), (v, _)) in _cells)
        {
            supplier[i] = s;
            recipient[i] = r;
            year[i] = y;
            value[i] = v.Millions;
            status[i] = (byte)v.Status;
            i++;
        }
        var coverage = _first is { } f && _last is { } l ? new YearRange(f, l)
            : n == 0 ? new YearRange(1950, 1950) : new YearRange(year.Min(), year.Max());
        return new ArmsTransfers([.. _actors], supplier, recipient, year, value, status, coverage,
            includeTotals ? [.. _totals] : [], [.. _sources], [.. _notes]);
    }

    private int Id(Actor actor)
    {
        if (!_ids.TryGetValue(actor, out var id))
        {
            id = _actors.Count;
            _actors.Add(actor);
            _ids[actor] = id;
        }
        return id;
    }
}
