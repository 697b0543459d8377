namespace Medborgarlofte.Model;

/// <summary>An indicator's value in a year.</summary>
public sealed record IndicatorValue
{
    /// <summary>Gets the value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the year.</summary>
    public required int Year { get; init; }
}
