using System.Globalization;

namespace TradeArms.Matrix;

public sealed partial class BilateralTradeMatrix
{
    /// <summary>
    /// One pair as a <see cref="BilateralTradeTable"/>: a row for every period in which exports or imports are given
    /// (periods where both are missing are left out), amounts as <see cref="Money"/> in the matrix's unit. The labels
    /// are resolved to <see cref="Actor"/>s through <see cref="ActorCatalog.Default"/> (names, aliases, ISO codes);
    /// a label the catalogue does not know (e.g. the IMF's <c>World</c>) becomes an inferred actor.
    /// </summary>
    /// <remarks>Each amount is the shortest decimal that round-trips the stored double (10.699999999999999 is 10.7).</remarks>
    /// <exception cref="ArgumentException">The matrix has no such actor.</exception>
    public BilateralTradeTable Table(string reporter, string partner)
    {
        var r = RequireActor(reporter, nameof(reporter));
        var p = RequireActor(partner, nameof(partner));
        return Table(r, p, ResolveActor(reporter), ResolveActor(partner));
    }

    /// <summary>One pair as a <see cref="BilateralTradeTable"/>, finding each actor's label by name, alias or ISO code.</summary>
    /// <exception cref="ArgumentException">The matrix has no label for one of the actors.</exception>
    public BilateralTradeTable Table(Actor reporter, Actor partner)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(partner);
        return Table(RequireActor(reporter, nameof(reporter)), RequireActor(partner, nameof(partner)), reporter, partner);
    }

    /// <summary>
    /// One flow of one pair as a <see cref="TimeSeries"/> over every period of the matrix (missing values are null).
    /// Total and balance are computed, missing where exports or imports are.
    /// </summary>
    /// <exception cref="ArgumentException">The matrix has no such actor.</exception>
    public TimeSeries Series(string reporter, string partner, TradeFlow flow)
    {
        var r = RequireActor(reporter, nameof(reporter));
        var p = RequireActor(partner, nameof(partner));
        var name = flow switch
        {
            TradeFlow.Exports => $"{reporter} exports to {partner}",
            TradeFlow.Imports => $"{reporter} imports from {partner}",
            TradeFlow.Total => $"{reporter}-{partner} total trade",
            TradeFlow.Balance => $"{reporter} trade balance with {partner}",
            _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown flow."),
        };
        var values = new double[PeriodCount];
        var pair = IndexOfPair(r, p);
        if (pair >= 0)
        {
            Fill(pair, flow, values);
        }
        else
        {
            values.AsSpan().Fill(double.NaN);
        }
        return new TimeSeries(name, Measure.Of(Unit), Source,
            Enumerable.Range(0, PeriodCount).Select(t => (Periods[t], double.IsNaN(values[t]) ? (double?)null : values[t])));
    }

    /// <summary>Writes one flow of a pair (exports, imports, or the computed total or balance) into <paramref name="destination"/>.</summary>
    internal void Fill(int pair, TradeFlow flow, Span<double> destination)
    {
        switch (flow)
        {
            case TradeFlow.Exports:
                Block(pair, TradeFlow.Exports).CopyTo(destination);
                break;
            case TradeFlow.Imports:
                Block(pair, TradeFlow.Imports).CopyTo(destination);
                break;
            case TradeFlow.Total:
            case TradeFlow.Balance:
                var x = Block(pair, TradeFlow.Exports);
                var m = Block(pair, TradeFlow.Imports);
                for (var t = 0; t < x.Length; t++)
                {
                    destination[t] = flow == TradeFlow.Total ? TradeMeasures.Turnover(x[t], m[t]) : TradeMeasures.Balance(x[t], m[t]);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown flow.");
        }
    }

    private BilateralTradeTable Table(int r, int p, Actor reporter, Actor partner)
    {
        var rows = new List<TradeRow>();
        var pair = IndexOfPair(r, p);
        if (pair >= 0)
        {
            var x = Block(pair, TradeFlow.Exports);
            var m = Block(pair, TradeFlow.Imports);
            for (var t = 0; t < PeriodCount; t++)
            {
                if (!double.IsNaN(x[t]) || !double.IsNaN(m[t]))
                {
                    rows.Add(new TradeRow(Periods[t], ToMoney(x[t]), ToMoney(m[t])));
                }
            }
        }
        return new BilateralTradeTable(reporter, partner, Unit, Source, rows);
    }

    private Money? ToMoney(double value) => double.IsNaN(value) ? null
        : new Money(decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture), Unit);

    private static Actor ResolveActor(string label) =>
        ActorCatalog.Default.TryFind(label, out var actor) ? actor : TradeArms.Actor.Infer(label);

    private int RequireActor(Actor actor, string parameter)
    {
        for (var i = 0; i < ActorCount; i++)
        {
            var label = Actors[i];
            if (string.Equals(label, actor.Name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(label, actor.Iso3, StringComparison.OrdinalIgnoreCase) ||
                actor.Aliases.Any(a => string.Equals(a, label, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }
        throw new ArgumentException($"The matrix has no label for {actor} (looked for its name, ISO code and aliases).", parameter);
    }
}
