using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.DocumentReference>;

namespace Medborgarlofte;

/// <summary>A reference to another agreement document, optionally to one of its revisions.</summary>
public sealed record DocumentReference
{
    /// <summary>Gets the id of the referenced document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the referenced revision number, when one is meant.</summary>
    public int? Revision { get; init; }

    /// <summary>The declaration of the format's <c>documentReference</c>: reading, writing and texts follow from it.</summary>
    internal static readonly JsonShape<DocumentReference> Shape = new(
        static v => new DocumentReference { Id = v.Required<string>(), Revision = v.Nullable<int>() },
        F.Reference("id", static x => x.Id, required: true, check: ValueChecks.Id),
        F.Integer("revision", static x => x.Revision, 1, int.MaxValue));
}
