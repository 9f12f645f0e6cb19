using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms.Sipri;

/// <summary>
/// A supplier's share of world arms exports over a window: its deliveries to all recipients divided by all deliveries
/// in the world, both summed over the window, in TIV million. Made by <see cref="ArmsTransfers.WorldExportShare"/>.
/// </summary>
public sealed partial record WorldShare
{
    internal WorldShare(Actor supplier, YearRange window, ShareDenominator denominator, Tiv exports, Tiv world, Tiv printedWorld,
        ImmutableArray<string> notes, DataSource source)
    {
        Supplier = supplier;
        Window = window;
        Denominator = denominator;
        Exports = exports;
        World = world;
        PrintedWorld = printedWorld;
        Notes = notes;
        Source = source;
        Percent = world.Millions > 0 ? exports.Millions / world.Millions * 100 : null;
    }

    /// <summary>The supplier.</summary>
    public Actor Supplier { get; }

    /// <summary>The years summed, both ends included.</summary>
    public YearRange Window { get; }

    /// <summary>Whether <see cref="World"/> is the sum of all cells or SIPRI's printed world total.</summary>
    public ShareDenominator Denominator { get; }

    /// <summary>The supplier's exports to all recipients over the window.</summary>
    public Tiv Exports { get; }

    /// <summary>The denominator: all deliveries in the world over the window.</summary>
    public Tiv World { get; }

    /// <summary>SIPRI's printed world total over the window (the Total row of its table for "all").</summary>
    public Tiv PrintedWorld { get; }

    /// <summary>The share in percent (39 means 39%); null when the world total is 0.</summary>
    public double? Percent { get; }

    /// <summary>The measure of the volumes: TIV million.</summary>
    public Measure Measure { get; } = Measure.TivMillions;

    /// <summary>What the reader should know.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Citation and vintage of the data.</summary>
    public DataSource Source { get; }

    /// <summary>
    /// A one-row DataFrame: <c>supplier</c>, <c>window</c>, <c>tiv</c>, <c>world_tiv</c> (TIV million) and <c>share</c> (percent).
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("supplier", [Supplier.Name]),
        new StringDataFrameColumn("window", [Window.ToString()]),
        new DoubleDataFrameColumn("tiv", [Exports.Millions]),
        new DoubleDataFrameColumn("world_tiv", [World.Millions]),
        new DoubleDataFrameColumn("share", [Percent]));

    /// <summary>For example <c>Russia's share of world arms exports, 2017-2021: 18.59% (25300 of 136095 TIV million, sum of all rows)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Supplier.Name}'s share of world arms exports, {Window}: {(Percent is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "undefined")} ({ShareTable.Format(Exports)} of {ShareTable.Format(World)} {Tiv.UnitLabel}, {(Denominator == ShareDenominator.SumOfRows ? "sum of all rows" : "SIPRI's printed world total")}). {Source.Caption}");
}
