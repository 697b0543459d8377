using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Reservation>;

namespace Medborgarlofte;

/// <summary>
/// A condition or reservation clause of the agreement (förbehåll), verbatim and in its place:
/// "Om läget förändras kan insatserna prioriteras om". Not the revision clause (<see cref="Revision.Clause"/>).
/// </summary>
public sealed record Reservation
{
    /// <summary>Gets the local id; reservations have their own id space.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the clause, verbatim as published.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets the section the clause ends; <see langword="null"/> means <see cref="AgreementSection.Commitments"/>.</summary>
    public AgreementSection? Section { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>reservation</c> (format 1.1): reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Reservation> Shape = new(
        static v => new Reservation
        {
            Id = v.Required<string>(),
            Text = v.Required<LocalizedText>(),
            Section = v.Nullable<AgreementSection>(),
            Extensions = v.Extensions(),
        },
        F.Id("id", static x => x.Id),
        F.Text("text", static x => x.Text, required: true),
        F.Code("section", static x => x.Section, ModelCodes.AgreementSections),
        F.Extensions(static x => x.Extensions));
}
