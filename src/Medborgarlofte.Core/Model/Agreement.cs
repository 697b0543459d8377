using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Agreement>;

namespace Medborgarlofte;

/// <summary>
/// An agreement between a municipality and its local police area: a citizen promise
/// (medborgarlöfte), a cooperation agreement (samverkansöverenskommelse), or both.
/// </summary>
/// <remarks>
/// Immutable, with value equality over every property, collections included.
/// Other elements refer to parties, priority areas, sources and findings by their local ids.
/// </remarks>
public sealed record Agreement
{
    /// <summary>The format version this library reads and writes.</summary>
    public const string CurrentFormatVersion = "1.1";

    /// <summary>The earlier format version this library still reads, and writes back as it was read.</summary>
    public const string FormatVersion10 = "1.0";

    /// <summary>
    /// Gets the format version (<c>formatVersion</c>): <see cref="CurrentFormatVersion"/> for a new model, or
    /// <see cref="FormatVersion10"/> for a document read as 1.0, written back unchanged so its content hash stays.
    /// </summary>
    public string FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Gets the document id, which stays the same across revisions.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what the document is.</summary>
    public required AgreementKind Kind { get; init; }

    /// <summary>Gets the title as published.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets the introduction (inledning).</summary>
    public LocalizedText? Introduction { get; init; }

    /// <summary>Gets the purpose (syfte).</summary>
    public LocalizedText? Purpose { get; init; }

    /// <summary>Gets the validity (giltighetstid).</summary>
    public required Validity Validity { get; init; }

    /// <summary>Gets the revision this document is.</summary>
    public required Revision Revision { get; init; }

    /// <summary>Gets the parties (parter), each declared once.</summary>
    public required EquatableArray<Party> Parties { get; init; }

    /// <summary>Gets the partners (samverkanspartner) that take part without signing; never among the parties (format 1.1).</summary>
    public EquatableArray<Partner> Partners { get; init; }

    /// <summary>Gets the reference numbers (diarienummer), one per issuing party.</summary>
    public EquatableArray<ReferenceNumber> ReferenceNumbers { get; init; }

    /// <summary>Gets the situation picture (lägesbild).</summary>
    public SituationPicture? SituationPicture { get; init; }

    /// <summary>Gets the priority areas (fokusområden, teman).</summary>
    public EquatableArray<PriorityArea> PriorityAreas { get; init; }

    /// <summary>Gets the lead-in before the list of promises ("Kommunen och polisen lovar att under året:") (format 1.1).</summary>
    public LocalizedText? CommitmentsLeadIn { get; init; }

    /// <summary>Gets the commitments (löften, åtaganden) in document order.</summary>
    public required EquatableArray<Commitment> Commitments { get; init; }

    /// <summary>Gets the condition and reservation clauses (förbehåll), each in its section (format 1.1).</summary>
    public EquatableArray<Reservation> Reservations { get; init; }

    /// <summary>Gets the goals and effects sought (mål och effekter).</summary>
    public EquatableArray<Goal> Goals { get; init; }

    /// <summary>Gets the follow-up plan (uppföljning).</summary>
    public FollowUpPlan? FollowUpPlan { get; init; }

    /// <summary>Gets how citizens can follow the work (följ arbetet).</summary>
    public Communication? Communication { get; init; }

    /// <summary>Gets how the cooperation is organised (organisation).</summary>
    public Governance? Governance { get; init; }

    /// <summary>Gets the contacts (kontakt).</summary>
    public EquatableArray<Contact> Contacts { get; init; }

    /// <summary>Gets the signatures (underskrifter) of this revision.</summary>
    public EquatableArray<Signature> Signatures { get; init; }

    /// <summary>Gets other headed texts of the document (Arbetsmetod, Övrigt, …).</summary>
    public EquatableArray<Section> AdditionalSections { get; init; }

    /// <summary>Gets attachments and links (bilagor).</summary>
    public EquatableArray<Link> Attachments { get; init; }

    /// <summary>Gets the published section headings (rubriker) (format 1.1).</summary>
    public Headings? Headings { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>agreement</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Agreement> Shape = new(
        static v => new Agreement
        {
            FormatVersion = v.Required<string>(),
            Id = v.Required<string>(),
            Kind = v.Value<AgreementKind>(),
            Title = v.Required<LocalizedText>(),
            Introduction = v.Optional<LocalizedText>(),
            Purpose = v.Optional<LocalizedText>(),
            Validity = v.Required<Validity>(),
            Revision = v.Required<Revision>(),
            Parties = v.Array<Party>(),
            Partners = v.Array<Partner>(),
            ReferenceNumbers = v.Array<ReferenceNumber>(),
            SituationPicture = v.Optional<SituationPicture>(),
            PriorityAreas = v.Array<PriorityArea>(),
            CommitmentsLeadIn = v.Optional<LocalizedText>(),
            Commitments = v.Array<Commitment>(),
            Reservations = v.Array<Reservation>(),
            Goals = v.Array<Goal>(),
            FollowUpPlan = v.Optional<FollowUpPlan>(),
            Communication = v.Optional<Communication>(),
            Governance = v.Optional<Governance>(),
            Contacts = v.Array<Contact>(),
            Signatures = v.Array<Signature>(),
            AdditionalSections = v.Array<Section>(),
            Attachments = v.Array<Link>(),
            Headings = v.Optional<Headings>(),
            Extensions = v.Extensions(),
        },
        F.FormatVersion(static x => x.FormatVersion),
        F.Id("id", static x => x.Id),
        F.Code("kind", static x => x.Kind, ModelCodes.AgreementKinds, required: true),
        F.Text("title", static x => x.Title, required: true),
        F.Text("introduction", static x => x.Introduction),
        F.Text("purpose", static x => x.Purpose),
        F.Object("validity", static x => x.Validity, Validity.Shape, required: true),
        F.Object("revision", static x => x.Revision, Revision.Shape, required: true),
        F.Array("parties", static x => x.Parties, Party.Shape, required: true),
        F.Array("partners", static x => x.Partners, Partner.Shape),
        F.Array("referenceNumbers", static x => x.ReferenceNumbers, ReferenceNumber.Shape),
        F.Object("situationPicture", static x => x.SituationPicture, SituationPicture.Shape),
        F.Array("priorityAreas", static x => x.PriorityAreas, PriorityArea.Shape),
        F.Text("commitmentsLeadIn", static x => x.CommitmentsLeadIn),
        F.Array("commitments", static x => x.Commitments, Commitment.Shape, required: true),
        F.Array("reservations", static x => x.Reservations, Reservation.Shape),
        F.Array("goals", static x => x.Goals, Goal.Shape),
        F.Object("followUpPlan", static x => x.FollowUpPlan, FollowUpPlan.Shape),
        F.Object("communication", static x => x.Communication, Communication.Shape),
        F.Object("governance", static x => x.Governance, Governance.Shape),
        F.Array("contacts", static x => x.Contacts, Contact.Shape),
        F.Array("signatures", static x => x.Signatures, Signature.Shape),
        F.Array("additionalSections", static x => x.AdditionalSections, Section.Shape),
        F.Array("attachments", static x => x.Attachments, Link.Shape),
        F.Object("headings", static x => x.Headings, Headings.Shape),
        F.Extensions(static x => x.Extensions));
}
