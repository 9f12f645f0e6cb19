namespace TradeArms.Milex;

/// <summary>A track's annual mean over two windows and the change between them, in the track's unit.</summary>
/// <param name="Track">The track's name.</param>
/// <param name="Unit">The track's unit.</param>
/// <param name="FirstMean">The mean over the first window; null unless every year of the window has a figure.</param>
/// <param name="SecondMean">The mean over the second window; null unless every year has a figure.</param>
/// <param name="PercentChange">The change of the mean in percent; null when a mean is missing or the first is 0.</param>
public sealed record TrackWindowChange(string Track, string Unit, double? FirstMean, double? SecondMean, double? PercentChange);
