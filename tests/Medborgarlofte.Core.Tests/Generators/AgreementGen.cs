using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Medborgarlofte.Tests.Generators.GenParts;
using static Medborgarlofte.Tests.Generators.ShapeGen;

namespace Medborgarlofte.Tests.Generators;

/// <summary>
/// Valid agreements covering the whole model: every record type, every optional property sometimes
/// present and sometimes absent, every enum value, texts in several languages, extension data with
/// nested JSON, awkward characters in every string. Ids are unique in each id space, every reference
/// resolves, codes come from the code lists, and dates are consistent (intervals start before they end;
/// target periods lie inside the validity).
/// </summary>
/// <remarks>Deterministic for a given FsCheck seed; used by the round-trip, totality and (later) validation properties.</remarks>
public static class AgreementGen
{
    /// <summary>Real kommunkoder (SCB): Båstad, Höör, Kungsbacka, Åstorp, Svalöv, Stockholm, Göteborg, Malmö, Luleå, Uppsala.</summary>
    public static readonly string[] MunicipalityCodes = ["1278", "1267", "1384", "1277", "1214", "0180", "1480", "1280", "2580", "0380"];

    /// <summary>Gets a validity: open-ended a fifth of the time, otherwise up to about five years.</summary>
    public static Gen<Validity> Validity { get; } =
        from start in Date
        from length in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 1900).Select(n => (int?)n)))
        from wording in OrNull(TextGen.Localized)
        from inferred in Gen.Elements(false, true)
        from sentence in OrNull(TextGen.Localized)
        from renewal in OrNull(ShapeGen.Of(Medborgarlofte.Renewal.Shape))
        from extensions in JsonGen.Extensions
        select new Validity
        {
            Start = start,
            End = length is { } days ? start.PlusDays(days) : null,
            Wording = wording,
            StartInferred = inferred,
            Sentence = sentence,
            Renewal = renewal,
            Extensions = extensions,
        };

    /// <summary>Gets a valid organisationsnummer: <c>NNNNNN-NNNN</c>, third digit at least 2, Luhn check digit.</summary>
    public static Gen<string> OrganisationNumber { get; } =
        from first in Gen.Elements(2, 5, 7, 8, 9)
        from second in Gen.Choose(0, 9)
        from third in Gen.Choose(2, 9)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), 6)
        select WithLuhn([first, second, third, .. rest]);

    /// <summary>Gets a content hash: <c>sha256:</c> and 64 lower-case hex digits.</summary>
    public static Gen<string> ContentHash { get; } =
        Gen.ArrayOf(Gen.Elements("0123456789abcdef".ToCharArray()), 64).Select(digits => "sha256:" + new string(digits));

    /// <summary>Gets a positive amount for a target: small counts, fractions, trailing zeros, huge values.</summary>
    public static Gen<decimal> PositiveNumber { get; } = Gen.Frequency(
        (6, Gen.Choose(1, 20).Select(n => (decimal)n)),
        (2, from n in Gen.Choose(1, 100_000) from scale in Gen.Choose(1, 6) select new decimal(n, 0, 0, false, (byte)scale)),
        (1, Gen.Elements(1.0m, 2.50m, 0.0000000000000000000000000001m, 1000000000000m, 79228162514264337593543950335m, 7.9228162514264337593543950335m)));

    /// <summary>Gets any amount: zero, negative, fractional, huge, as an indicator has.</summary>
    public static Gen<decimal> AnyNumber { get; } = Gen.Frequency(
        (4, PositiveNumber),
        (1, Gen.Elements(0m, 0.0m, -1m, -0.5m, -79228162514264337593543950335m)),
        (2, Gen.Choose(-1000, 1000).Select(n => n / 8m)));

    /// <summary>Gets a year the format accepts (1900–9999), mostly recent.</summary>
    public static Gen<int> Year { get; } = Gen.Frequency((6, Gen.Choose(1990, 2040)), (1, Gen.Elements(1900, 9999)));

    /// <summary>Gets a valid agreement.</summary>
    public static Gen<Agreement> Agreement { get; } =
        from ids in Ids
        from validity in Validity
        from parties in Gen.CollectToArray(ids.Parties, Party)
        from situation in SituationPicture(ids)
        from areas in Gen.CollectToArray(ids.Areas, id => PriorityArea(id, ids))
        from partners in Gen.CollectToArray(ids.Partners, id => ShapeGen.Of(Medborgarlofte.Partner.Shape, ("id", Value(Gen.Constant(id)))))
        from commitments in Gen.CollectToArray(ids.Commitments.Select((id, i) => (id, i)), c => Commitment(c.id, ids.Targets[c.i], ids, validity))
        from leadIn in OrNull(TextGen.Localized)
        from reservations in Gen.CollectToArray(ids.Reservations, id => ShapeGen.Of(Medborgarlofte.Reservation.Shape, ("id", Value(Gen.Constant(id)))))
        from headings in OrNull(ShapeGen.Of(Medborgarlofte.Headings.Shape))
        from goals in Gen.CollectToArray(ids.Goals, id => Goal(id, ids))
        from head in HeadOf(ids)
        from rest in Rest(ids)
        select new Agreement
        {
            Id = head.Id,
            Kind = head.Kind,
            Title = head.Title,
            Introduction = head.Introduction,
            Purpose = head.Purpose,
            Validity = validity,
            Revision = head.Revision,
            Parties = parties,
            Partners = partners,
            ReferenceNumbers = rest.ReferenceNumbers,
            SituationPicture = situation,
            PriorityAreas = areas,
            CommitmentsLeadIn = leadIn,
            Commitments = commitments,
            Reservations = reservations,
            Goals = goals,
            FollowUpPlan = rest.FollowUpPlan,
            Communication = rest.Communication,
            Governance = rest.Governance,
            Contacts = rest.Contacts,
            Signatures = rest.Signatures,
            AdditionalSections = rest.Sections,
            Attachments = rest.Attachments,
            Headings = headings,
            Extensions = head.Extensions,
        };

    /// <summary>Gets a valid agreement with at least one quantitative target, so follow-ups have something to count.</summary>
    public static Gen<Agreement> AgreementWithQuantitativeTargets { get; } =
        Agreement.Where(a => a.Commitments.AsSpan().ToArray().Any(c => c.Targets.AsSpan().ToArray().Any(t => t.Kind == TargetKind.Quantitative)));

    /// <summary>The ids of one agreement, drawn first so that every reference can point at them.</summary>
    private static Gen<AgreementIds> Ids =>
        from partyCount in Gen.Choose(1, 4)
        from parties in UniqueIds(partyCount)
        from sourceCount in Gen.Choose(0, 3)
        from sources in UniqueIds(sourceCount)
        from findingCount in Gen.Choose(0, 3)
        from findings in UniqueIds(findingCount)
        from areaCount in Gen.Choose(0, 3)
        from areas in UniqueIds(areaCount)
        from commitmentCount in Gen.Choose(0, 5)
        from commitments in UniqueIds(commitmentCount)
        from targetCounts in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 3))), commitmentCount)
        from targets in UniqueIds(targetCounts.Sum())
        from goalCount in Gen.Choose(0, 3)
        from goals in UniqueIds(goalCount)
        from bodyCount in Gen.Choose(0, 3)
        from bodies in UniqueIds(bodyCount)
        from partnerCount in Gen.Choose(0, 3)
        from partners in UniqueIds(partnerCount)
        from reservationCount in Gen.Choose(0, 2)
        from reservations in UniqueIds(reservationCount)
        select new AgreementIds(parties, sources, findings, areas, commitments, Partition(targets, targetCounts), goals, bodies, partners, reservations, targets);

    private static Gen<Head> HeadOf(AgreementIds ids) =>
        from id in Id
        from kind in Enum<AgreementKind>()
        from title in TextGen.Localized
        from introduction in OrNull(TextGen.Localized)
        from purpose in OrNull(TextGen.Localized)
        from revision in Revision
        from extensions in JsonGen.Extensions
        select new Head(id, kind, title, introduction, purpose, revision, extensions);

    private static Gen<Revision> Revision =>
        from number in Gen.Frequency((8, Gen.Choose(1, 5)), (1, Gen.Constant(int.MaxValue)))
        from status in Enum<RevisionStatus>()
        from date in OrNullValue(Date)
        from supersedes in OrNull(
            from id in Id
            from revision in OrNullValue(Gen.Frequency((5, Gen.Choose(1, 4)), (1, Gen.Constant(int.MaxValue))))
            select new DocumentReference { Id = id, Revision = revision })
        from changes in OrNull(TextGen.Localized)
        from clause in OrNull(TextGen.Localized)
        from extensions in JsonGen.Extensions
        select new Revision { Number = number, Status = status, Date = date, Supersedes = supersedes, Changes = changes, Clause = clause, Extensions = extensions };

    private static Gen<Party> Party(string id) =>
        from type in Enum<PartyType>()
        from name in TextGen.Localized
        from identifiers in OrNull(
            from code in OrNull(Gen.Elements(MunicipalityCodes))
            from number in OrNull(OrganisationNumber)
            select new PartyIdentifiers { MunicipalityCode = code, OrganisationNumber = number })
        from policeUnit in OrNull(
            from region in OrNullValue(Enum<PoliceRegion>())
            from area in OrNull(TextGen.String)
            from local in OrNull(TextGen.String)
            select new PoliceUnit { Region = region, PoliceArea = area, LocalPoliceArea = local })
        from extensions in JsonGen.Extensions
        select new Party { Id = id, Type = type, Name = name, Identifiers = identifiers, PoliceUnit = policeUnit, Extensions = extensions };

    private static Gen<SituationPicture?> SituationPicture(AgreementIds ids) =>
        from present in Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true)))
        from summary in OrNull(TextGen.Localized)
        from sources in Gen.CollectToArray(ids.Sources, id => Source(id, ids))
        from findings in Gen.CollectToArray(ids.Findings, id => Finding(id, ids))
        select present || sources.Length > 0 || findings.Length > 0
            ? new SituationPicture { Summary = summary, Sources = sources, Findings = findings }
            : null;

    private static Gen<Source> Source(string id, AgreementIds ids) =>
        from type in Gen.Elements(CodeLists.SourceTypes.Select(code => code.Value))
        from description in OrNull(TextGen.Localized)
        from year in OrNullValue(Year)
        from period in OrNull(GenParts.Interval)
        from publisher in ReferenceTo(ids.Parties)
        from participants in OrNullValue(Gen.Frequency((5, Gen.Choose(0, 5000)), (1, Gen.Constant(int.MaxValue))))
        from extensions in JsonGen.Extensions
        select new Source { Id = id, Type = type, Description = description, Year = year, Period = period, Publisher = publisher, ParticipantCount = participants, Extensions = extensions };

    private static Gen<Finding> Finding(string id, AgreementIds ids) =>
        from text in TextGen.Localized
        from sources in ReferencesTo(ids.Sources, 3)
        from themes in CodesFrom(CodeLists.Themes, 3)
        select new Finding { Id = id, Text = text, Sources = sources, Themes = themes };

    private static Gen<PriorityArea> PriorityArea(string id, AgreementIds ids) =>
        ShapeGen.Of(
            Medborgarlofte.PriorityArea.Shape,
            ("id", Value(Gen.Constant(id))),
            ("number", Value(OrNull(Gen.Elements("1", "2", "3.1", "IV", "A")))),
            ("themes", Value(CodesFrom(CodeLists.Themes, 3))),
            ("findings", Value(ReferencesTo(ids.Findings, 3))));

    private static Gen<Commitment> Commitment(string id, string[] targetIds, AgreementIds ids, Validity validity) =>
        ShapeGen.Of(
            Medborgarlofte.Commitment.Shape,
            ("id", Value(Gen.Constant(id))),
            ("number", Value(OrNull(Gen.Elements("1", "3.2", "1.1.4", "a)")))),
            ("priorityArea", Value(ReferenceTo(ids.Areas))),
            ("responsibleParties", Value(ReferencesTo(ids.Parties, 3))),
            ("partners", Value(ReferencesTo(ids.Partners, 3))),
            ("methods", Value(CodesFrom(CodeLists.Methods, 4))),
            ("targets", Value(Gen.CollectToArray(targetIds, targetId => Target(targetId, validity, ids)))));

    /// <summary>Gets a target: quantitative with all four parts, or qualitative with its text; a period inside the validity or none.</summary>
    public static Gen<Target> Target(string id, Validity validity) => Target(id, validity, null);

    /// <summary>Gets a target whose references (parties, partners, the target it counts per) resolve among <paramref name="ids"/>.</summary>
    private static Gen<Target> Target(string id, Validity validity, AgreementIds? ids) =>
        from basic in BasicTarget(id, validity)
        from modality in OrNullValue(Enum<Modality>())
        from occurrence in basic.Recurrence == Recurrence.PerOccurrence ? TextGen.Localized.Select(t => (LocalizedText?)t) : OrNull(TextGen.Localized)
        from occurrenceOf in ids is null ? Gen.Constant<string?>(null) : ReferenceTo(ids.AllTargets)
        from periodWording in OrNull(TextGen.Localized)
        from parties in ids is null ? Gen.Constant(default(EquatableArray<string>)) : ReferencesTo(ids.Parties, 2)
        from departments in ArrayOf(TextGen.Localized, 2)
        from partners in ids is null ? Gen.Constant(default(EquatableArray<string>)) : ReferencesTo(ids.Partners, 2)
        select basic with
        {
            Modality = modality,
            Occurrence = occurrence,
            OccurrenceOf = occurrenceOf,
            PeriodWording = periodWording,
            ResponsibleParties = parties,
            ResponsibleDepartments = departments,
            Partners = partners,
        };

    private static Gen<Target> BasicTarget(string id, Validity validity) =>
        from kind in Enum<TargetKind>()
        from comparator in Enum<Comparator>()
        from value in PositiveNumber
        from unit in TextGen.Localized
        from recurrence in Enum<Recurrence>()
        from period in OrNull(PeriodInside(validity))
        from text in kind == TargetKind.Qualitative ? TextGen.Localized.Select(t => (LocalizedText?)t) : OrNull(TextGen.Localized)
        from extensions in JsonGen.Extensions
        select kind == TargetKind.Quantitative
            ? new Target { Id = id, Kind = kind, Comparator = comparator, Value = value, Unit = unit, Recurrence = recurrence, Period = period, Text = text, Extensions = extensions }
            : new Target { Id = id, Kind = kind, Period = period, Text = text, Extensions = extensions };

    /// <summary>Gets an interval inside the validity (for an open-ended one: starting on or after its start).</summary>
    public static Gen<DateInterval> PeriodInside(Validity validity)
    {
        ArgumentNullException.ThrowIfNull(validity);
        var length = validity.End is { } end ? Period.DaysBetween(validity.Start, end) : 1500;
        return from offset in Gen.Choose(0, length)
               from span in Gen.Choose(0, length - offset)
               select new DateInterval(validity.Start.PlusDays(offset), validity.Start.PlusDays(offset + span));
    }

    private static Gen<Goal> Goal(string id, AgreementIds ids) =>
        ShapeGen.Of(
            Medborgarlofte.Goal.Shape,
            ("id", Value(Gen.Constant(id))),
            ("priorityArea", Value(ReferenceTo(ids.Areas))),
            ("followUpMethods", Value(CodesFrom(CodeLists.SourceTypes, 3))),
            ("indicator", Value(OrNull(ShapeGen.Of(Medborgarlofte.Indicator.Shape, ("source", Value(OrNull(Gen.Elements(CodeLists.SourceTypes.Select(code => code.Value))))))))));

    private static Gen<RestOfAgreement> Rest(AgreementIds ids) =>
        from references in Gen.SubListOf(ids.Parties)
        from numbers in Gen.CollectToArray(references, party =>
            from value in TextGen.AnyString
            from wording in OrNull(TextGen.Localized)
            select new ReferenceNumber { Party = party, Value = value, Wording = wording })
        from plan in OrNull(FollowUpPlan)
        from communication in OrNull(Communication(ids))
        from governance in OrNull(Governance(ids))
        from contacts in ArrayOf(Contact(ids), 3)
        from signers in Gen.SubListOf(ids.Parties.Concat(ids.Parties.Take(1)).ToArray())
        from signatures in Gen.CollectToArray(signers, Signature)
        from sections in ArrayOf(Section, 2)
        from attachments in ArrayOf(Link, 3)
        select new RestOfAgreement(numbers, plan, communication, governance, contacts, signatures, sections, attachments);

    private static Gen<FollowUpPlan> FollowUpPlan => ShapeGen.Of(Medborgarlofte.FollowUpPlan.Shape);

    private static Gen<Communication> Communication(AgreementIds ids) =>
        from description in OrNull(TextGen.Localized)
        from channels in ArrayOf(
            from type in Gen.Elements(CodeLists.ChannelTypes.Select(code => code.Value))
            from owner in ReferenceTo(ids.Parties)
            from name in OrNull(TextGen.Localized)
            from url in OrNull(TextGen.Url)
            select new CommunicationChannel { Type = type, Owner = owner, Name = name, Url = url },
            3)
        from extensions in JsonGen.Extensions
        select new Communication { Description = description, Channels = channels, Extensions = extensions };

    private static Gen<Governance> Governance(AgreementIds ids) =>
        from description in OrNull(TextGen.Localized)
        from bodies in Gen.CollectToArray(ids.Bodies, id =>
            from type in Enum<GovernanceBodyType>()
            from name in TextGen.Localized
            from about in OrNull(TextGen.Localized)
            from members in ReferencesTo(ids.Parties, 4)
            select new GovernanceBody { Id = id, Type = type, Name = name, Description = about, Members = members })
        from areas in ArrayOf(TextGen.Localized, 3)
        select new Governance { Description = description, Bodies = bodies, CollaborationAreas = areas };

    private static Gen<Contact> Contact(AgreementIds ids) =>
        ShapeGen.Of(
            Medborgarlofte.Contact.Shape,
            ("party", Value(ReferenceTo(ids.Parties))),
            ("phone", Value(OrNull(Gen.Elements("0431-77 000", "+46 10 114 14 00", "114 14", "010-1141400")))),
            ("email", Value(OrNull(TextGen.Email))));

    // A status that says the copy has no name comes without one (ML7008 otherwise); a party may sign twice.
    private static Gen<Signature> Signature(string party) =>
        ShapeGen.Of(Medborgarlofte.Signature.Shape, ("party", Value(Gen.Constant(party))), ("contentHash", Value(OrNull(ContentHash))))
            .Select(s => s.Status is null or SignatureStatus.Signed ? s : s with { Name = null });

    private static Gen<Section> Section => ShapeGen.Of(Medborgarlofte.Section.Shape);

    private static Gen<Link> Link =>
        ShapeGen.Of(Medborgarlofte.Link.Shape, ("url", Value(OrNull(TextGen.Url))), ("mediaType", Value(OrNull(Gen.Elements("application/pdf", "text/html", "image/png")))));

    private static string WithLuhn(int[] nine)
    {
        var sum = 0;
        for (var i = 0; i < nine.Length; i++)
        {
            var d = nine[i] * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        var check = (10 - (sum % 10)) % 10;
        var digits = string.Concat(nine.Select(d => d.ToString(CultureInfo.InvariantCulture))) + check.ToString(CultureInfo.InvariantCulture);
        return digits[..6] + "-" + digits[6..];
    }

    private sealed record AgreementIds(string[] Parties, string[] Sources, string[] Findings, string[] Areas, string[] Commitments, string[][] Targets, string[] Goals, string[] Bodies, string[] Partners, string[] Reservations, string[] AllTargets);

    private sealed record Head(string Id, AgreementKind Kind, LocalizedText Title, LocalizedText? Introduction, LocalizedText? Purpose, Revision Revision, ExtensionData Extensions);

    private sealed record RestOfAgreement(
        EquatableArray<ReferenceNumber> ReferenceNumbers,
        FollowUpPlan? FollowUpPlan,
        Communication? Communication,
        Governance? Governance,
        EquatableArray<Contact> Contacts,
        EquatableArray<Signature> Signatures,
        EquatableArray<Section> Sections,
        EquatableArray<Link> Attachments);
}
