using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Headings>;

namespace Medborgarlofte;

/// <summary>
/// The published heading of each section (rubriker), rendered verbatim in place of the library's own
/// ("Situationen idag" for the situation picture, "Det här ska vi göra" for the commitments).
/// </summary>
public sealed record Headings
{
    /// <summary>Gets the heading of the introduction (inledning).</summary>
    public LocalizedText? Introduction { get; init; }

    /// <summary>
    /// Gets the heading over the cooperation agreement's part (samverkansöverenskommelse) of a document that holds
    /// both an agreement and a promise ("Samverkansöverenskommelse för 2019–2020"), before the purpose.
    /// </summary>
    public LocalizedText? CooperationAgreement { get; init; }

    /// <summary>Gets the heading of the purpose (syfte).</summary>
    public LocalizedText? Purpose { get; init; }

    /// <summary>Gets the heading of the situation picture (lägesbild).</summary>
    public LocalizedText? SituationPicture { get; init; }

    /// <summary>Gets the heading of the commitments (löften).</summary>
    public LocalizedText? Commitments { get; init; }

    /// <summary>Gets the heading of the goals and effects (mål och effekter).</summary>
    public LocalizedText? Goals { get; init; }

    /// <summary>Gets the heading of the follow-up plan (uppföljning).</summary>
    public LocalizedText? FollowUpPlan { get; init; }

    /// <summary>Gets the heading of the communication (följ arbetet).</summary>
    public LocalizedText? Communication { get; init; }

    /// <summary>Gets the heading of the governance (organisation).</summary>
    public LocalizedText? Governance { get; init; }

    /// <summary>
    /// Gets the heading of the governance's collaboration areas (samverkansområden: "Samverkansområden mellan polis
    /// och kommun").
    /// </summary>
    public LocalizedText? CollaborationAreas { get; init; }

    /// <summary>Gets the heading of the contacts (kontakt).</summary>
    public LocalizedText? Contacts { get; init; }

    /// <summary>Gets the heading of the attachments (bilagor).</summary>
    public LocalizedText? Attachments { get; init; }

    /// <summary>Gets the heading of the validity (giltighetstid).</summary>
    public LocalizedText? Validity { get; init; }

    /// <summary>Gets the heading of the signatures (underskrifter).</summary>
    public LocalizedText? Signatures { get; init; }

    /// <summary>
    /// Gets a value indicating whether these are all the headings the source has (uttömmande): a section with
    /// no heading here is then rendered without one.
    /// </summary>
    public bool Exhaustive { get; init; }

    /// <summary>Gets the published heading of a section, or <see langword="null"/>.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The heading as published, or <see langword="null"/> when the document has none for it.</returns>
    public LocalizedText? For(AgreementSection section) => section switch
    {
        AgreementSection.Introduction => Introduction,
        AgreementSection.Purpose => Purpose,
        AgreementSection.SituationPicture => SituationPicture,
        AgreementSection.Commitments => Commitments,
        AgreementSection.Goals => Goals,
        AgreementSection.FollowUpPlan => FollowUpPlan,
        AgreementSection.Communication => Communication,
        AgreementSection.Governance => Governance,
        AgreementSection.Contacts => Contacts,
        AgreementSection.Attachments => Attachments,
        AgreementSection.Validity => Validity,
        AgreementSection.Signatures => Signatures,
        _ => null,
    };

    /// <summary>The declaration of the format's <c>headings</c> (format 1.1): reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Headings> Shape = new(
        static v => new Headings
        {
            Introduction = v.Optional<LocalizedText>(),
            CooperationAgreement = v.Optional<LocalizedText>(),
            Purpose = v.Optional<LocalizedText>(),
            SituationPicture = v.Optional<LocalizedText>(),
            Commitments = v.Optional<LocalizedText>(),
            Goals = v.Optional<LocalizedText>(),
            FollowUpPlan = v.Optional<LocalizedText>(),
            Communication = v.Optional<LocalizedText>(),
            Governance = v.Optional<LocalizedText>(),
            CollaborationAreas = v.Optional<LocalizedText>(),
            Contacts = v.Optional<LocalizedText>(),
            Attachments = v.Optional<LocalizedText>(),
            Validity = v.Optional<LocalizedText>(),
            Signatures = v.Optional<LocalizedText>(),
            Exhaustive = v.Value<bool>(),
        },
        F.Text("introduction", static x => x.Introduction),
        F.Text("cooperationAgreement", static x => x.CooperationAgreement),
        F.Text("purpose", static x => x.Purpose),
        F.Text("situationPicture", static x => x.SituationPicture),
        F.Text("commitments", static x => x.Commitments),
        F.Text("goals", static x => x.Goals),
        F.Text("followUpPlan", static x => x.FollowUpPlan),
        F.Text("communication", static x => x.Communication),
        F.Text("governance", static x => x.Governance),
        F.Text("collaborationAreas", static x => x.CollaborationAreas),
        F.Text("contacts", static x => x.Contacts),
        F.Text("attachments", static x => x.Attachments),
        F.Text("validity", static x => x.Validity),
        F.Text("signatures", static x => x.Signatures),
        F.Boolean("exhaustive", static x => x.Exhaustive));
}
