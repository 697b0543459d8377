using System.Text.Json;
using Medborgarlofte.Json.Parsed;
using Medborgarlofte.Collections;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.Model;
using Medborgarlofte.Text;
using NodaTime;

namespace Medborgarlofte.Json;

/// <summary>
/// Reads an <see cref="Agreement"/> from a parsed JSON document, strictly: every property is
/// known, required ones are present, no <c>null</c>, types and codes exact. Each problem is
/// reported with its pointer; a type whose required parts are missing reads as <see langword="null"/>.
/// </summary>
internal static class AgreementReader
{
    internal static Agreement? ReadAgreement(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? formatVersion = null, id = null;
        AgreementKind? kind = null;
        LocalizedText? title = null, introduction = null, purpose = null;
        Validity? validity = null;
        Revision? revision = null;
        EquatableArray<Party>? parties = null;
        EquatableArray<ReferenceNumber> referenceNumbers = default;
        SituationPicture? situationPicture = null;
        EquatableArray<PriorityArea> priorityAreas = default;
        EquatableArray<Commitment>? commitments = null;
        EquatableArray<Goal> goals = default;
        FollowUpPlan? followUpPlan = null;
        Communication? communication = null;
        Governance? governance = null;
        EquatableArray<Contact> contacts = default;
        EquatableArray<Signature> signatures = default;
        EquatableArray<Section> additionalSections = default;
        EquatableArray<Link> attachments = default;
        var extensions = ExtensionData.Empty;
        bool hasFormatVersion = false, hasId = false, hasKind = false, hasTitle = false, hasValidity = false, hasRevision = false, hasParties = false, hasCommitments = false;

        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            var v = p.Value;
            switch (pn)
            {
                case "formatVersion": hasFormatVersion = true; formatVersion = c.FormatVersion(v); break;
                case "id": hasId = true; id = c.String(v); break;
                case "kind": hasKind = true; kind = c.Enum(v, ModelCodes.AgreementKinds); break;
                case "title": hasTitle = true; title = c.Text(v); break;
                case "introduction": introduction = c.Text(v); break;
                case "purpose": purpose = c.Text(v); break;
                case "validity": hasValidity = true; validity = ReadValidity(v, c); break;
                case "revision": hasRevision = true; revision = ReadRevision(v, c); break;
                case "parties": hasParties = true; parties = c.Array(v, ReadParty); break;
                case "referenceNumbers": referenceNumbers = c.Array(v, ReadReferenceNumber); break;
                case "situationPicture": situationPicture = ReadSituationPicture(v, c); break;
                case "priorityAreas": priorityAreas = c.Array(v, ReadPriorityArea); break;
                case "commitments": hasCommitments = true; commitments = c.Array(v, ReadCommitment); break;
                case "goals": goals = c.Array(v, ReadGoal); break;
                case "followUpPlan": followUpPlan = ReadFollowUpPlan(v, c); break;
                case "communication": communication = ReadCommunication(v, c); break;
                case "governance": governance = ReadGovernance(v, c); break;
                case "contacts": contacts = c.Array(v, ReadContact); break;
                case "signatures": signatures = c.Array(v, ReadSignature); break;
                case "additionalSections": additionalSections = c.Array(v, ReadSection); break;
                case "attachments": attachments = c.Array(v, ReadLink); break;
                case "extensions": extensions = c.Extensions(v); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        var complete = c.Require(hasFormatVersion, "formatVersion") & c.Require(hasId, "id") & c.Require(hasKind, "kind")
            & c.Require(hasTitle, "title") & c.Require(hasValidity, "validity") & c.Require(hasRevision, "revision")
            & c.Require(hasParties, "parties") & c.Require(hasCommitments, "commitments");
        if (!complete || formatVersion is null || id is null || kind is null || title is null || validity is null || revision is null || parties is null || commitments is null)
        {
            return null;
        }

        return new Agreement
        {
            FormatVersion = formatVersion,
            Id = id,
            Kind = kind.Value,
            Title = title,
            Introduction = introduction,
            Purpose = purpose,
            Validity = validity,
            Revision = revision,
            Parties = parties.Value,
            ReferenceNumbers = referenceNumbers,
            SituationPicture = situationPicture,
            PriorityAreas = priorityAreas,
            Commitments = commitments.Value,
            Goals = goals,
            FollowUpPlan = followUpPlan,
            Communication = communication,
            Governance = governance,
            Contacts = contacts,
            Signatures = signatures,
            AdditionalSections = additionalSections,
            Attachments = attachments,
            Extensions = extensions,
        };
    }

    private static Validity? ReadValidity(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalDate? start = null, end = null;
        LocalizedText? wording = null;
        var hasStart = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "start": hasStart = true; start = c.Date(p.Value); break;
                case "end": end = c.Date(p.Value); break;
                case "wording": wording = c.Text(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return c.Require(hasStart, "start") && start is not null ? new Validity { Start = start.Value, End = end, Wording = wording } : null;
    }

    private static Revision? ReadRevision(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        int? number = null;
        RevisionStatus? status = null;
        LocalDate? date = null;
        DocumentReference? supersedes = null;
        LocalizedText? changes = null, clause = null;
        bool hasNumber = false, hasStatus = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "number": hasNumber = true; number = c.Integer(p.Value, 1, int.MaxValue); break;
                case "status": hasStatus = true; status = c.Enum(p.Value, ModelCodes.RevisionStatuses); break;
                case "date": date = c.Date(p.Value); break;
                case "supersedes": supersedes = ReadDocumentReference(p.Value, c); break;
                case "changes": changes = c.Text(p.Value); break;
                case "clause": clause = c.Text(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasNumber, "number") & c.Require(hasStatus, "status")) && number is not null && status is not null
            ? new Revision { Number = number.Value, Status = status.Value, Date = date, Supersedes = supersedes, Changes = changes, Clause = clause }
            : null;
    }

    private static DocumentReference? ReadDocumentReference(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null;
        int? revision = null;
        var hasId = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "id": hasId = true; id = c.String(p.Value); break;
                case "revision": revision = c.Integer(p.Value, 1, int.MaxValue); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return c.Require(hasId, "id") && id is not null ? new DocumentReference { Id = id, Revision = revision } : null;
    }

    private static Party? ReadParty(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null;
        PartyType? type = null;
        LocalizedText? name = null;
        PartyIdentifiers? identifiers = null;
        PoliceUnit? policeUnit = null;
        var extensions = ExtensionData.Empty;
        bool hasId = false, hasType = false, hasName = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "id": hasId = true; id = c.String(p.Value); break;
                case "type": hasType = true; type = c.Enum(p.Value, ModelCodes.PartyTypes); break;
                case "name": hasName = true; name = c.Text(p.Value); break;
                case "identifiers": identifiers = ReadPartyIdentifiers(p.Value, c); break;
                case "policeUnit": policeUnit = ReadPoliceUnit(p.Value, c); break;
                case "extensions": extensions = c.Extensions(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasId, "id") & c.Require(hasType, "type") & c.Require(hasName, "name")) && id is not null && type is not null && name is not null
            ? new Party { Id = id, Type = type.Value, Name = name, Identifiers = identifiers, PoliceUnit = policeUnit, Extensions = extensions }
            : null;
    }

    private static PartyIdentifiers? ReadPartyIdentifiers(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? municipalityCode = null, organisationNumber = null;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "municipalityCode": municipalityCode = c.String(p.Value); break;
                case "organisationNumber": organisationNumber = c.String(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return new PartyIdentifiers { MunicipalityCode = municipalityCode, OrganisationNumber = organisationNumber };
    }

    private static PoliceUnit? ReadPoliceUnit(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        PoliceRegion? region = null;
        string? policeArea = null, localPoliceArea = null;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "region": region = c.Enum(p.Value, ModelCodes.PoliceRegions); break;
                case "policeArea": policeArea = c.String(p.Value); break;
                case "localPoliceArea": localPoliceArea = c.String(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return new PoliceUnit { Region = region, PoliceArea = policeArea, LocalPoliceArea = localPoliceArea };
    }

    private static ReferenceNumber? ReadReferenceNumber(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? party = null, value = null;
        bool hasParty = false, hasValue = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "party": hasParty = true; party = c.SharedString(p.Value); break;
                case "value": hasValue = true; value = c.String(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasParty, "party") & c.Require(hasValue, "value")) && party is not null && value is not null
            ? new ReferenceNumber { Party = party, Value = value }
            : null;
    }

    private static SituationPicture? ReadSituationPicture(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalizedText? summary = null;
        EquatableArray<Source> sources = default;
        EquatableArray<Finding> findings = default;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "summary": summary = c.Text(p.Value); break;
                case "sources": sources = c.Array(p.Value, ReadSource); break;
                case "findings": findings = c.Array(p.Value, ReadFinding); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return new SituationPicture { Summary = summary, Sources = sources, Findings = findings };
    }

    private static Source? ReadSource(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null, type = null, publisher = null;
        LocalizedText? description = null;
        int? year = null, participantCount = null;
        DateInterval? period = null;
        bool hasId = false, hasType = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "id": hasId = true; id = c.String(p.Value); break;
                case "type": hasType = true; type = c.SharedString(p.Value); break;
                case "description": description = c.Text(p.Value); break;
                case "year": year = c.Integer(p.Value, 1900, 9999); break;
                case "period": period = c.Interval(p.Value); break;
                case "publisher": publisher = c.SharedString(p.Value); break;
                case "participantCount": participantCount = c.Integer(p.Value, 0, int.MaxValue); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasId, "id") & c.Require(hasType, "type")) && id is not null && type is not null
            ? new Source { Id = id, Type = type, Description = description, Year = year, Period = period, Publisher = publisher, ParticipantCount = participantCount }
            : null;
    }

    private static Finding? ReadFinding(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null;
        LocalizedText? text = null;
        EquatableArray<string> sources = default, themes = default;
        bool hasId = false, hasText = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "id": hasId = true; id = c.String(p.Value); break;
                case "text": hasText = true; text = c.Text(p.Value); break;
                case "sources": sources = c.SharedStrings(p.Value); break;
                case "themes": themes = c.SharedStrings(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasId, "id") & c.Require(hasText, "text")) && id is not null && text is not null
            ? new Finding { Id = id, Text = text, Sources = sources, Themes = themes }
            : null;
    }

    private static PriorityArea? ReadPriorityArea(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null, number = null;
        LocalizedText? title = null, background = null;
        EquatableArray<string> themes = default, findings = default;
        var extensions = ExtensionData.Empty;
        bool hasId = false, hasTitle = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "id": hasId = true; id = c.String(p.Value); break;
                case "number": number = c.String(p.Value); break;
                case "title": hasTitle = true; title = c.Text(p.Value); break;
                case "background": background = c.Text(p.Value); break;
                case "themes": themes = c.SharedStrings(p.Value); break;
                case "findings": findings = c.SharedStrings(p.Value); break;
                case "extensions": extensions = c.Extensions(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasId, "id") & c.Require(hasTitle, "title")) && id is not null && title is not null
            ? new PriorityArea { Id = id, Number = number, Title = title, Background = background, Themes = themes, Findings = findings, Extensions = extensions }
            : null;
    }

    private static Commitment? ReadCommitment(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null, number = null, priorityArea = null;
        LocalizedText? title = null, text = null, purpose = null, condition = null;
        EquatableArray<string> responsibleParties = default, methods = default;
        EquatableArray<LocalizedText> responsibleDepartments = default, places = default, targetGroups = default;
        EquatableArray<Target> targets = default;
        var extensions = ExtensionData.Empty;
        bool hasId = false, hasText = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            var v = p.Value;
            switch (pn)
            {
                case "id": hasId = true; id = c.String(v); break;
                case "number": number = c.String(v); break;
                case "priorityArea": priorityArea = c.SharedString(v); break;
                case "title": title = c.Text(v); break;
                case "text": hasText = true; text = c.Text(v); break;
                case "responsibleParties": responsibleParties = c.SharedStrings(v); break;
                case "responsibleDepartments": responsibleDepartments = c.Texts(v); break;
                case "purpose": purpose = c.Text(v); break;
                case "condition": condition = c.Text(v); break;
                case "places": places = c.Texts(v); break;
                case "targetGroups": targetGroups = c.Texts(v); break;
                case "methods": methods = c.SharedStrings(v); break;
                case "targets": targets = c.Array(v, ReadTarget); break;
                case "extensions": extensions = c.Extensions(v); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasId, "id") & c.Require(hasText, "text")) && id is not null && text is not null
            ? new Commitment
            {
                Id = id,
                Number = number,
                PriorityArea = priorityArea,
                Title = title,
                Text = text,
                ResponsibleParties = responsibleParties,
                ResponsibleDepartments = responsibleDepartments,
                Purpose = purpose,
                Condition = condition,
                Places = places,
                TargetGroups = targetGroups,
                Methods = methods,
                Targets = targets,
                Extensions = extensions,
            }
            : null;
    }

    private static Target? ReadTarget(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null;
        TargetKind? kind = null;
        Comparator? comparator = null;
        decimal? value = null;
        LocalizedText? unit = null, text = null;
        Recurrence? recurrence = null;
        DateInterval? period = null;
        var extensions = ExtensionData.Empty;
        bool hasId = false, hasKind = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            var v = p.Value;
            switch (pn)
            {
                case "id": hasId = true; id = c.String(v); break;
                case "kind": hasKind = true; kind = c.Enum(v, ModelCodes.TargetKinds); break;
                case "comparator": comparator = c.Enum(v, ModelCodes.Comparators); break;
                case "value": value = c.Number(v); break;
                case "unit": unit = c.Text(v); break;
                case "recurrence": recurrence = c.Enum(v, ModelCodes.Recurrences); break;
                case "period": period = c.Interval(v); break;
                case "text": text = c.Text(v); break;
                case "extensions": extensions = c.Extensions(v); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        if (!(c.Require(hasId, "id") & c.Require(hasKind, "kind")) || id is null || kind is null)
        {
            return null;
        }

        // A quantitative target is a predicate: all four parts must be there.
        if (kind == TargetKind.Quantitative
            && !(c.Require(comparator is not null || HasProperty(element, "comparator"), "comparator")
                & c.Require(value is not null || HasProperty(element, "value"), "value")
                & c.Require(unit is not null || HasProperty(element, "unit"), "unit")
                & c.Require(recurrence is not null || HasProperty(element, "recurrence"), "recurrence")))
        {
            return null;
        }

        if (kind == TargetKind.Qualitative && !c.Require(text is not null || HasProperty(element, "text"), "text"))
        {
            return null;
        }

        return new Target { Id = id, Kind = kind.Value, Comparator = comparator, Value = value, Unit = unit, Recurrence = recurrence, Period = period, Text = text, Extensions = extensions };
    }

    private static bool HasProperty(TapeElement element, string name) => element.TryGetProperty(name, out _);

    private static Goal? ReadGoal(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null, priorityArea = null;
        LocalizedText? title = null, effect = null, followUp = null;
        EquatableArray<string> followUpMethods = default;
        Indicator? indicator = null;
        var extensions = ExtensionData.Empty;
        bool hasId = false, hasEffect = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            var v = p.Value;
            switch (pn)
            {
                case "id": hasId = true; id = c.String(v); break;
                case "priorityArea": priorityArea = c.SharedString(v); break;
                case "title": title = c.Text(v); break;
                case "effect": hasEffect = true; effect = c.Text(v); break;
                case "followUp": followUp = c.Text(v); break;
                case "followUpMethods": followUpMethods = c.SharedStrings(v); break;
                case "indicator": indicator = ReadIndicator(v, c); break;
                case "extensions": extensions = c.Extensions(v); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasId, "id") & c.Require(hasEffect, "effect")) && id is not null && effect is not null
            ? new Goal { Id = id, PriorityArea = priorityArea, Title = title, Effect = effect, FollowUp = followUp, FollowUpMethods = followUpMethods, Indicator = indicator, Extensions = extensions }
            : null;
    }

    private static Indicator? ReadIndicator(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalizedText? name = null, unit = null;
        string? source = null;
        IndicatorValue? baseline = null, target = null;
        var hasName = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "name": hasName = true; name = c.Text(p.Value); break;
                case "unit": unit = c.Text(p.Value); break;
                case "source": source = c.SharedString(p.Value); break;
                case "baseline": baseline = ReadIndicatorValue(p.Value, c); break;
                case "target": target = ReadIndicatorValue(p.Value, c); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return c.Require(hasName, "name") && name is not null
            ? new Indicator { Name = name, Unit = unit, Source = source, Baseline = baseline, Target = target }
            : null;
    }

    private static IndicatorValue? ReadIndicatorValue(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        decimal? value = null;
        int? year = null;
        bool hasValue = false, hasYear = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "value": hasValue = true; value = c.Number(p.Value); break;
                case "year": hasYear = true; year = c.Integer(p.Value, 1900, 9999); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasValue, "value") & c.Require(hasYear, "year")) && value is not null && year is not null
            ? new IndicatorValue { Value = value.Value, Year = year.Value }
            : null;
    }

    private static FollowUpPlan? ReadFollowUpPlan(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalizedText? description = null;
        EquatableArray<FollowUpReport> reports = default;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "description": description = c.Text(p.Value); break;
                case "reports": reports = c.Array(p.Value, ReadFollowUpReport); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return new FollowUpPlan { Description = description, Reports = reports };
    }

    private static FollowUpReport? ReadFollowUpReport(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalizedText? forum = null, deliverable = null;
        Cadence? cadence = null;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "forum": forum = c.Text(p.Value); break;
                case "cadence": cadence = c.Enum(p.Value, ModelCodes.Cadences); break;
                case "deliverable": deliverable = c.Text(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return new FollowUpReport { Forum = forum, Cadence = cadence, Deliverable = deliverable };
    }

    private static Communication? ReadCommunication(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalizedText? description = null;
        EquatableArray<CommunicationChannel> channels = default;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "description": description = c.Text(p.Value); break;
                case "channels": channels = c.Array(p.Value, ReadChannel); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return new Communication { Description = description, Channels = channels };
    }

    private static CommunicationChannel? ReadChannel(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? type = null, owner = null, url = null;
        LocalizedText? name = null;
        var hasType = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "type": hasType = true; type = c.SharedString(p.Value); break;
                case "owner": owner = c.SharedString(p.Value); break;
                case "name": name = c.Text(p.Value); break;
                case "url": url = c.String(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return c.Require(hasType, "type") && type is not null
            ? new CommunicationChannel { Type = type, Owner = owner, Name = name, Url = url }
            : null;
    }

    private static Governance? ReadGovernance(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalizedText? description = null;
        EquatableArray<GovernanceBody> bodies = default;
        EquatableArray<LocalizedText> collaborationAreas = default;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "description": description = c.Text(p.Value); break;
                case "bodies": bodies = c.Array(p.Value, ReadGovernanceBody); break;
                case "collaborationAreas": collaborationAreas = c.Texts(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return new Governance { Description = description, Bodies = bodies, CollaborationAreas = collaborationAreas };
    }

    private static GovernanceBody? ReadGovernanceBody(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null;
        GovernanceBodyType? type = null;
        LocalizedText? name = null, description = null;
        EquatableArray<string> members = default;
        bool hasId = false, hasType = false, hasName = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "id": hasId = true; id = c.String(p.Value); break;
                case "type": hasType = true; type = c.Enum(p.Value, ModelCodes.GovernanceBodyTypes); break;
                case "name": hasName = true; name = c.Text(p.Value); break;
                case "description": description = c.Text(p.Value); break;
                case "members": members = c.SharedStrings(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasId, "id") & c.Require(hasType, "type") & c.Require(hasName, "name")) && id is not null && type is not null && name is not null
            ? new GovernanceBody { Id = id, Type = type.Value, Name = name, Description = description, Members = members }
            : null;
    }

    private static Contact? ReadContact(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? name = null, party = null, phone = null, email = null;
        LocalizedText? role = null;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "name": name = c.String(p.Value); break;
                case "role": role = c.Text(p.Value); break;
                case "party": party = c.SharedString(p.Value); break;
                case "phone": phone = c.String(p.Value); break;
                case "email": email = c.String(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return new Contact { Name = name, Role = role, Party = party, Phone = phone, Email = email };
    }

    private static Signature? ReadSignature(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? party = null, name = null, place = null, contentHash = null;
        LocalizedText? title = null;
        bool? acting = null;
        LocalDate? date = null;
        var hasParty = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "party": hasParty = true; party = c.SharedString(p.Value); break;
                case "name": name = c.String(p.Value); break;
                case "title": title = c.Text(p.Value); break;
                case "acting": acting = c.Boolean(p.Value); break;
                case "place": place = c.String(p.Value); break;
                case "date": date = c.Date(p.Value); break;
                case "contentHash": contentHash = c.String(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return c.Require(hasParty, "party") && party is not null
            ? new Signature { Party = party, Name = name, Title = title, Acting = acting ?? false, Place = place, Date = date, ContentHash = contentHash }
            : null;
    }

    private static Section? ReadSection(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalizedText? heading = null, text = null;
        bool hasHeading = false, hasText = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "heading": hasHeading = true; heading = c.Text(p.Value); break;
                case "text": hasText = true; text = c.Text(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasHeading, "heading") & c.Require(hasText, "text")) && heading is not null && text is not null
            ? new Section { Heading = heading, Text = text }
            : null;
    }

    private static Link? ReadLink(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalizedText? title = null;
        string? url = null, mediaType = null;
        bool hasTitle = false, hasUrl = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "title": hasTitle = true; title = c.Text(p.Value); break;
                case "url": hasUrl = true; url = c.String(p.Value); break;
                case "mediaType": mediaType = c.String(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasTitle, "title") & c.Require(hasUrl, "url")) && title is not null && url is not null
            ? new Link { Title = title, Url = url, MediaType = mediaType }
            : null;
    }
}
