using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

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
    public const string CurrentFormatVersion = "1.0";

    /// <summary>Gets the format version (<c>formatVersion</c>); always <see cref="CurrentFormatVersion"/>.</summary>
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

    /// <summary>Gets the reference numbers (diarienummer), one per issuing party.</summary>
    public EquatableArray<ReferenceNumber> ReferenceNumbers { get; init; }

    /// <summary>Gets the situation picture (lägesbild).</summary>
    public SituationPicture? SituationPicture { get; init; }

    /// <summary>Gets the priority areas (fokusområden, teman).</summary>
    public EquatableArray<PriorityArea> PriorityAreas { get; init; }

    /// <summary>Gets the commitments (löften, åtaganden) in document order.</summary>
    public required EquatableArray<Commitment> Commitments { get; init; }

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

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;
}
