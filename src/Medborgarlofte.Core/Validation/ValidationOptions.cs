using System.Collections.Generic;
using Medborgarlofte.Json;
using NodaTime;
using Medborgarlofte.Validation;

namespace Medborgarlofte;

/// <summary>How to validate: the as-of date, severities, rules turned off or added, input limits.</summary>
public sealed record ValidationOptions
{
    // Null is refused when set, so that validation never meets it later, wherever the options travel.
    private readonly IClock _clock = SystemClock.Instance;
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity> _severityOverrides = new Dictionary<string, DiagnosticSeverity>(System.StringComparer.Ordinal);
    private readonly IReadOnlyCollection<string> _disabledRules = [];
    private readonly IReadOnlyList<IValidationRule> _additionalRules = [];
    private readonly JsonLimits _limits = JsonLimits.Default;

    /// <summary>Gets the default options: today in Sweden from the system clock, default severities, built-in rules only.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Gets the clock that gives the as-of date when <see cref="AsOf"/> is not set. Default: the system clock.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public IClock Clock { get => _clock; init => _clock = NotNull(value, nameof(Clock)); }

    /// <summary>Gets the time zone in which the clock's instant becomes a date. Default (<see langword="null"/>): Europe/Stockholm.</summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>Gets the date to validate as of (an expired promise is reported); when set, <see cref="Clock"/> is not used.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>
    /// Gets severities that replace rules' defaults, by code: <c>{ ["ML7003"] = DiagnosticSeverity.Info }</c>.
    /// Applies to validation rules (ML3xxx–ML9xxx and added rules); reading codes keep their severity,
    /// because a document that could not be read cannot be checked further.
    /// </summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides { get => _severityOverrides; init => _severityOverrides = NotNull(value, nameof(SeverityOverrides)); }

    /// <summary>Gets the codes of rules not to run: <c>["ML8003"]</c>.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public IReadOnlyCollection<string> DisabledRules { get => _disabledRules; init => _disabledRules = NotNull(value, nameof(DisabledRules)); }

    /// <summary>Gets rules of one's own (a municipality's), run after the built-in ones.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<IValidationRule> AdditionalRules { get => _additionalRules; init => _additionalRules = NotNull(value, nameof(AdditionalRules)); }

    /// <summary>Gets the input limits. Default <see cref="JsonLimits.Default"/>.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public JsonLimits Limits { get => _limits; init => _limits = NotNull(value, nameof(Limits)); }

    private static T NotNull<T>(T? value, string name)
        where T : class => value ?? throw new System.ArgumentNullException(name);
}
