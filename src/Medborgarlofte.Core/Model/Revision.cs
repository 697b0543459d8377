using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using NodaTime;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Revision>;

namespace Medborgarlofte;

/// <summary>Which revision a document is, and where it is in its life (revidering).</summary>
public sealed record Revision
{
    /// <summary>Gets the revision number, 1 for the first.</summary>
    public required int Number { get; init; }

    /// <summary>Gets the status.</summary>
    public required RevisionStatus Status { get; init; }

    /// <summary>Gets the date of this revision.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the document this revision supersedes.</summary>
    public DocumentReference? Supersedes { get; init; }

    /// <summary>Gets what this revision amended.</summary>
    public LocalizedText? Changes { get; init; }

    /// <summary>Gets the revision clause ("Det kan revideras om omständigheterna så kräver").</summary>
    public LocalizedText? Clause { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged (format 1.1).</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>revision</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Revision> Shape = new(
        static v => new Revision
        {
            Number = v.Value<int>(),
            Status = v.Value<RevisionStatus>(),
            Date = v.Nullable<LocalDate>(),
            Supersedes = v.Optional<DocumentReference>(),
            Changes = v.Optional<LocalizedText>(),
            Clause = v.Optional<LocalizedText>(),
            Extensions = v.Extensions(),
        },
        F.Integer("number", static x => x.Number, 1, int.MaxValue, required: true),
        F.Code("status", static x => x.Status, ModelCodes.RevisionStatuses, required: true),
        F.Date("date", static x => x.Date),
        F.Object("supersedes", static x => x.Supersedes, DocumentReference.Shape),
        F.Text("changes", static x => x.Changes),
        F.Text("clause", static x => x.Clause),
        F.Extensions(static x => x.Extensions));
}
