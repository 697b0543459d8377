namespace Medborgarlofte;

/// <summary>How often a target's value applies within its period.</summary>
public enum Recurrence
{
    /// <summary>Once over the whole period ("under 2024"). JSON: <c>once</c>.</summary>
    Once,

    /// <summary>Per week ("per vecka"). JSON: <c>perWeek</c>.</summary>
    PerWeek,

    /// <summary>Per month ("per månad"). JSON: <c>perMonth</c>.</summary>
    PerMonth,

    /// <summary>Per school term ("per termin"): spring term January–June, autumn term August–December. JSON: <c>perSchoolTerm</c>.</summary>
    PerSchoolTerm,

    /// <summary>Per year ("per år"). JSON: <c>perYear</c>.</summary>
    PerYear,

    /// <summary>Per quarter ("varje kvartal"): January–March, April–June, July–September, October–December. JSON: <c>perQuarter</c> (format 1.1).</summary>
    PerQuarter,

    /// <summary>
    /// Per occurrence of something else ("efter varje dialog"): see <see cref="Target.Occurrence"/> and
    /// <see cref="Target.OccurrenceOf"/>. JSON: <c>perOccurrence</c> (format 1.1).
    /// </summary>
    PerOccurrence,
}
