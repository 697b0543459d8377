using NodaTime;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Validation.Rules;

/// <summary>Dates in messages: ISO 8601, as the format writes them.</summary>
internal static class Dates
{
    internal static string Iso(LocalDate date) => IsoDate.Format(date);
}
