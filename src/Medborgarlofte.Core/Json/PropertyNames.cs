using System.Text.Json;
using Medborgarlofte.Schema;

namespace Medborgarlofte.Json;

/// <summary>
/// The property names of the format, as shared strings, looked up by a property's UTF-8 bytes.
/// </summary>
/// <remarks>
/// Why: <see cref="JsonProperty.Name"/> allocates a new string on every call, and the readers switch on
/// every property's name; a few hundred names per agreement were a seventh of what reading allocated.
/// A name outside the table (unknown, or not yet added here) is still read, by allocating it: the table
/// changes speed, never results. A test checks that every property of the schema is in it.
/// </remarks>
internal static class PropertyNames
{
    private static readonly Utf8NameTable Table = new(
    [
        "sv", "en",
        "acting", "additionalSections", "agreement", "asOf", "attachments", "background", "baseline", "bodies",
        "cadence", "changes", "channels", "clause", "collaborationAreas", "comment", "commitment", "commitments",
        "communication", "comparator", "condition", "contacts", "contentHash", "date", "deliverable", "description",
        "effect", "email", "end", "evidence", "extensions", "findings", "followUp", "followUpMethods",
        "followUpPlan", "formatVersion", "forum", "goal", "goals", "governance", "heading", "id",
        "identifiers", "illustrative", "indicator", "indicatorObservations", "introduction", "kind", "localPoliceArea", "mediaType",
        "members", "methods", "municipalityCode", "name", "note", "number", "observations", "organisationNumber",
        "owner", "participantCount", "parties", "party", "period", "phone", "place", "places",
        "policeArea", "policeUnit", "priorityArea", "priorityAreas", "publisher", "purpose", "recurrence", "referenceNumbers",
        "region", "reportedBy", "reports", "responsibleDepartments", "responsibleParties", "revision", "role", "signatures",
        "situationPicture", "source", "sources", "start", "status", "summary", "supersedes", "target",
        "targetGroups", "targets", "text", "themes", "title", "type", "unit", "url",
        "validity", "value", "wording", "year",
    ]);

    /// <summary>The property's name: the shared string when the name is a known one.</summary>
    internal static string Of(Medborgarlofte.Json.Parsed.TapeProperty property)
    {
        var index = Table.IndexOfRaw(property.RawName);
        return index >= 0 ? Table.Names[index] : property.Name;
    }

    /// <summary>Gets every name in the table.</summary>
    internal static System.Collections.Generic.IReadOnlyList<string> All => Table.Names;
}
