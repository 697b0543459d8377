using System.Collections.Generic;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.Json;
using NodaTime;

namespace Medborgarlofte.Validation;

/// <summary>How to validate: the as-of date, severities, rules turned off or added, input limits.</summary>
public sealed record ValidationOptions
{
    /// <summary>Gets the default options: today in Sweden from the system clock, default severities, built-in rules only.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Gets the clock that gives the as-of date when <see cref="AsOf"/> is not set. Default: the system clock.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Gets the time zone in which the clock's instant becomes a date. Default (<see langword="null"/>): Europe/Stockholm.</summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>Gets the date to validate as of (an expired promise is reported); when set, <see cref="Clock"/> is not used.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>
    /// Gets severities that replace rules' defaults, by code: <c>{ ["ML7003"] = DiagnosticSeverity.Info }</c>.
    /// Applies to validation rules (ML3xxx–ML9xxx and added rules); reading codes keep their severity,
    /// because a document that could not be read cannot be checked further.
    /// </summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides { get; init; } = new Dictionary<string, DiagnosticSeverity>(System.StringComparer.Ordinal);

    /// <summary>Gets the codes of rules not to run: <c>["ML8003"]</c>.</summary>
    public IReadOnlyCollection<string> DisabledRules { get; init; } = [];

    /// <summary>Gets rules of one's own (a municipality's), run after the built-in ones.</summary>
    public IReadOnlyList<IValidationRule> AdditionalRules { get; init; } = [];

    /// <summary>Gets the input limits. Default <see cref="JsonLimits.Default"/>.</summary>
    public JsonLimits Limits { get; init; } = JsonLimits.Default;

    /// <summary>Gets the structural (schema) check to run on parsed JSON; null for <see cref="StructuralChecks.Default"/>. For tests.</summary>
    internal IStructuralCheck? StructuralCheck { get; init; }
}
