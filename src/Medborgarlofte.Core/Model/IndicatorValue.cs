using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.IndicatorValue>;

namespace Medborgarlofte;

/// <summary>An indicator's value in a year.</summary>
public sealed record IndicatorValue
{
    /// <summary>Gets the value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the year.</summary>
    public required int Year { get; init; }

    /// <summary>The declaration of the format's <c>indicatorValue</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<IndicatorValue> Shape = new(
        static v => new IndicatorValue { Value = v.Value<decimal>(), Year = v.Value<int>() },
        F.Number("value", static x => x.Value, required: true),
        F.Integer("year", static x => x.Year, 1900, 9999, required: true));
}
