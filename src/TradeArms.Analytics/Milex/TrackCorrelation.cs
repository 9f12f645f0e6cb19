namespace TradeArms.Milex;

/// <summary>
/// The Pearson correlation of two tracks over the years where both have a figure. Units do not matter to it, which
/// is why it is the one number that may join a TIV track and a money track.
/// </summary>
/// <param name="First">The first track's name.</param>
/// <param name="Second">The second track's name.</param>
/// <param name="Years">How many years entered.</param>
/// <param name="Pearson">The coefficient in [-1, 1]; null with fewer than three years or a constant track.</param>
public sealed record TrackCorrelation(string First, string Second, int Years, double? Pearson);
