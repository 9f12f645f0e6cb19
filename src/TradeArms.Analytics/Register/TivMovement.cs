using System.Globalization;

namespace TradeArms.Register;

/// <summary>
/// How one supplier's (or recipient's) TIV delivered moved between two releases, and why:
/// <see cref="Difference"/> = <see cref="Added"/> − <see cref="Removed"/> + <see cref="Revised"/> + <see cref="Ambiguous"/>.
/// </summary>
/// <param name="Actor">The supplier or recipient.</param>
/// <param name="Old">TIV delivered over all its deals in the older release.</param>
/// <param name="New">TIV delivered over all its deals in the newer release.</param>
/// <param name="Added">TIV delivered in deals only the newer release has.</param>
/// <param name="Removed">TIV delivered in deals only the older release has.</param>
/// <param name="Revised">New minus old TIV delivered over matched deals (a deal whose supplier changed counts out for the old supplier and in for the new one).</param>
/// <param name="Ambiguous">New minus old TIV delivered over deals that could not be paired (<see cref="AmbiguousMatch"/>).</param>
public sealed record TivMovement(Actor Actor, Tiv Old, Tiv New, double Added, double Removed, double Revised, double Ambiguous)
{
    /// <summary>New minus old, in TIV millions.</summary>
    public double Difference => New.Millions - Old.Millions;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Actor}: {Old.Millions:0.##} -> {New.Millions:0.##} ({Difference:+0.##;-0.##;0}: added {Added:0.##}, removed {Removed:0.##}, revised {Revised:+0.##;-0.##;0}, ambiguous {Ambiguous:+0.##;-0.##;0})");
}
