using NodaTime;

namespace Medborgarlofte.Validation;

/// <summary>Where a report comes from (härkomst), so that a stored report can be judged later.</summary>
/// <param name="LibraryVersion">The version of Medborgarlofte.Core that validated ("0.1.0").</param>
/// <param name="SchemaVersion">The version of the document format and its JSON Schema checked against ("1.0").</param>
/// <param name="RuleSetVersion">The version of the built-in rule set (<see cref="ValidationRules.Version"/>).</param>
/// <param name="AsOf">The date the validation was as of.</param>
public sealed record ValidationProvenance(string LibraryVersion, string SchemaVersion, string RuleSetVersion, LocalDate AsOf);
