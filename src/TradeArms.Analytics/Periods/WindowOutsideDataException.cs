using System.Globalization;

namespace TradeArms;

/// <summary>
/// A query asked for years that the dataset does not cover: the one error every dataset's window check throws.
/// Its message is written for the user (it names the requested window and the years the data hold) and is what the
/// command-line tool prints.
/// </summary>
public sealed class WindowOutsideDataException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception for a requested window and the years a dataset holds.</summary>
    /// <param name="requested">The window asked for.</param>
    /// <param name="available">The years the data cover, or null when the dataset holds no year at all.</param>
    /// <param name="dataset">What was queried, in words (e.g. "SIPRI TIV tables 2022-04-22").</param>
    public WindowOutsideDataException(YearRange requested, YearRange? available, string dataset)
        : base(null, Compose(requested, available, dataset))
    {
        Requested = requested;
        Available = available;
        Dataset = dataset;
    }

    /// <summary>
    /// The one window check every dataset makes, once, at the entry of its queries: throws when
    /// <paramref name="requested"/> reaches outside <paramref name="available"/>.
    /// </summary>
    /// <param name="requested">The window asked for.</param>
    /// <param name="available">The years the data cover.</param>
    /// <param name="dataset">What was queried, in words.</param>
    /// <returns><paramref name="requested"/>, for chaining.</returns>
    /// <exception cref="WindowOutsideDataException">The window reaches outside the data.</exception>
    public static YearRange ThrowIfOutside(YearRange requested, YearRange available, string dataset) =>
        available.Contains(requested) ? requested : throw new WindowOutsideDataException(requested, available, dataset);

    /// <summary>The window that was asked for.</summary>
    public YearRange Requested { get; }

    /// <summary>The years the data cover; null when the dataset is empty.</summary>
    public YearRange? Available { get; }

    /// <summary>What was queried, in words.</summary>
    public string Dataset { get; }

    /// <summary>The message alone, without the parameter name the base class would append.</summary>
    public override string Message => Compose(Requested, Available, Dataset);

    private static string Compose(YearRange requested, YearRange? available, string dataset) =>
        available is { } a
            ? string.Create(CultureInfo.InvariantCulture, $"The window {requested} is outside the data: {dataset} covers {a}.")
            : string.Create(CultureInfo.InvariantCulture, $"The window {requested} is outside the data: {dataset} holds no years.");
}
