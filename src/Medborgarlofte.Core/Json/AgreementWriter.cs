using System.Text.Json;
using Medborgarlofte.Model;
using static Medborgarlofte.Json.WriteHelpers;

namespace Medborgarlofte.Json;

/// <summary>Writes an <see cref="Agreement"/> canonically: the property order of the format description.</summary>
internal static class AgreementWriter
{
    internal static void Write(Utf8JsonWriter w, Agreement a)
    {
        w.WriteStartObject();
        w.WriteString("formatVersion", a.FormatVersion);
        w.WriteString("id", a.Id);
        Enum(w, "kind", a.Kind, ModelCodes.AgreementKinds);
        Localized(w, "title", a.Title);
        Localized(w, "introduction", a.Introduction);
        Localized(w, "purpose", a.Purpose);
        WriteValidity(w, a.Validity);
        WriteRevision(w, a.Revision);
        Array(w, "parties", a.Parties, WriteParty, required: true);
        Array(w, "referenceNumbers", a.ReferenceNumbers, WriteReferenceNumber);
        WriteSituationPicture(w, a.SituationPicture);
        Array(w, "priorityAreas", a.PriorityAreas, WritePriorityArea);
        Array(w, "commitments", a.Commitments, WriteCommitment, required: true);
        Array(w, "goals", a.Goals, WriteGoal);
        WriteFollowUpPlan(w, a.FollowUpPlan);
        WriteCommunication(w, a.Communication);
        WriteGovernance(w, a.Governance);
        Array(w, "contacts", a.Contacts, WriteContact);
        Array(w, "signatures", a.Signatures, WriteSignature);
        Array(w, "additionalSections", a.AdditionalSections, WriteSection);
        Array(w, "attachments", a.Attachments, WriteLink);
        Extensions(w, a.Extensions);
        w.WriteEndObject();
    }

    private static void WriteValidity(Utf8JsonWriter w, Validity v)
    {
        w.WriteStartObject("validity");
        Date(w, "start", v.Start);
        Date(w, "end", v.End);
        Localized(w, "wording", v.Wording);
        w.WriteEndObject();
    }

    private static void WriteRevision(Utf8JsonWriter w, Revision r)
    {
        w.WriteStartObject("revision");
        w.WriteNumber("number", r.Number);
        Enum(w, "status", r.Status, ModelCodes.RevisionStatuses);
        Date(w, "date", r.Date);
        if (r.Supersedes is { } s)
        {
            w.WriteStartObject("supersedes");
            w.WriteString("id", s.Id);
            Integer(w, "revision", s.Revision);
            w.WriteEndObject();
        }

        Localized(w, "changes", r.Changes);
        Localized(w, "clause", r.Clause);
        w.WriteEndObject();
    }

    private static void WriteParty(Utf8JsonWriter w, Party p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        Enum(w, "type", p.Type, ModelCodes.PartyTypes);
        Localized(w, "name", p.Name);
        if (p.Identifiers is { } i)
        {
            w.WriteStartObject("identifiers");
            String(w, "municipalityCode", i.MunicipalityCode);
            String(w, "organisationNumber", i.OrganisationNumber);
            w.WriteEndObject();
        }

        if (p.PoliceUnit is { } u)
        {
            w.WriteStartObject("policeUnit");
            Enum(w, "region", u.Region, ModelCodes.PoliceRegions);
            String(w, "policeArea", u.PoliceArea);
            String(w, "localPoliceArea", u.LocalPoliceArea);
            w.WriteEndObject();
        }

        Extensions(w, p.Extensions);
        w.WriteEndObject();
    }

    private static void WriteReferenceNumber(Utf8JsonWriter w, ReferenceNumber r)
    {
        w.WriteStartObject();
        w.WriteString("party", r.Party);
        w.WriteString("value", r.Value);
        w.WriteEndObject();
    }

    private static void WriteSituationPicture(Utf8JsonWriter w, SituationPicture? s)
    {
        if (s is null)
        {
            return;
        }

        w.WriteStartObject("situationPicture");
        Localized(w, "summary", s.Summary);
        Array(w, "sources", s.Sources, WriteSource);
        Array(w, "findings", s.Findings, WriteFinding);
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Source s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("type", s.Type);
        Localized(w, "description", s.Description);
        Integer(w, "year", s.Year);
        Interval(w, "period", s.Period);
        String(w, "publisher", s.Publisher);
        Integer(w, "participantCount", s.ParticipantCount);
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        Localized(w, "text", f.Text);
        Strings(w, "sources", f.Sources);
        Strings(w, "themes", f.Themes);
        w.WriteEndObject();
    }

    private static void WritePriorityArea(Utf8JsonWriter w, PriorityArea p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        String(w, "number", p.Number);
        Localized(w, "title", p.Title);
        Localized(w, "background", p.Background);
        Strings(w, "themes", p.Themes);
        Strings(w, "findings", p.Findings);
        Extensions(w, p.Extensions);
        w.WriteEndObject();
    }

    private static void WriteCommitment(Utf8JsonWriter w, Commitment c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        String(w, "number", c.Number);
        String(w, "priorityArea", c.PriorityArea);
        Localized(w, "title", c.Title);
        Localized(w, "text", c.Text);
        Strings(w, "responsibleParties", c.ResponsibleParties);
        Texts(w, "responsibleDepartments", c.ResponsibleDepartments);
        Localized(w, "purpose", c.Purpose);
        Localized(w, "condition", c.Condition);
        Texts(w, "places", c.Places);
        Texts(w, "targetGroups", c.TargetGroups);
        Strings(w, "methods", c.Methods);
        Array(w, "targets", c.Targets, WriteTarget);
        Extensions(w, c.Extensions);
        w.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter w, Target t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        Enum(w, "kind", t.Kind, ModelCodes.TargetKinds);
        Enum(w, "comparator", t.Comparator, ModelCodes.Comparators);
        Number(w, "value", t.Value);
        Localized(w, "unit", t.Unit);
        Enum(w, "recurrence", t.Recurrence, ModelCodes.Recurrences);
        Interval(w, "period", t.Period);
        Localized(w, "text", t.Text);
        Extensions(w, t.Extensions);
        w.WriteEndObject();
    }

    private static void WriteGoal(Utf8JsonWriter w, Goal g)
    {
        w.WriteStartObject();
        w.WriteString("id", g.Id);
        String(w, "priorityArea", g.PriorityArea);
        Localized(w, "title", g.Title);
        Localized(w, "effect", g.Effect);
        Localized(w, "followUp", g.FollowUp);
        Strings(w, "followUpMethods", g.FollowUpMethods);
        if (g.Indicator is { } i)
        {
            w.WriteStartObject("indicator");
            Localized(w, "name", i.Name);
            Localized(w, "unit", i.Unit);
            String(w, "source", i.Source);
            WriteIndicatorValue(w, "baseline", i.Baseline);
            WriteIndicatorValue(w, "target", i.Target);
            w.WriteEndObject();
        }

        Extensions(w, g.Extensions);
        w.WriteEndObject();
    }

    private static void WriteIndicatorValue(Utf8JsonWriter w, string name, IndicatorValue? v)
    {
        if (v is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("value", v.Value);
        w.WriteNumber("year", v.Year);
        w.WriteEndObject();
    }

    private static void WriteFollowUpPlan(Utf8JsonWriter w, FollowUpPlan? f)
    {
        if (f is null)
        {
            return;
        }

        w.WriteStartObject("followUpPlan");
        Localized(w, "description", f.Description);
        Array(w, "reports", f.Reports, static (w, r) =>
        {
            w.WriteStartObject();
            Localized(w, "forum", r.Forum);
            Enum(w, "cadence", r.Cadence, ModelCodes.Cadences);
            Localized(w, "deliverable", r.Deliverable);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void WriteCommunication(Utf8JsonWriter w, Communication? c)
    {
        if (c is null)
        {
            return;
        }

        w.WriteStartObject("communication");
        Localized(w, "description", c.Description);
        Array(w, "channels", c.Channels, static (w, ch) =>
        {
            w.WriteStartObject();
            w.WriteString("type", ch.Type);
            String(w, "owner", ch.Owner);
            Localized(w, "name", ch.Name);
            String(w, "url", ch.Url);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void WriteGovernance(Utf8JsonWriter w, Governance? g)
    {
        if (g is null)
        {
            return;
        }

        w.WriteStartObject("governance");
        Localized(w, "description", g.Description);
        Array(w, "bodies", g.Bodies, static (w, b) =>
        {
            w.WriteStartObject();
            w.WriteString("id", b.Id);
            Enum(w, "type", b.Type, ModelCodes.GovernanceBodyTypes);
            Localized(w, "name", b.Name);
            Localized(w, "description", b.Description);
            Strings(w, "members", b.Members);
            w.WriteEndObject();
        });
        Texts(w, "collaborationAreas", g.CollaborationAreas);
        w.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter w, Contact c)
    {
        w.WriteStartObject();
        String(w, "name", c.Name);
        Localized(w, "role", c.Role);
        String(w, "party", c.Party);
        String(w, "phone", c.Phone);
        String(w, "email", c.Email);
        w.WriteEndObject();
    }

    private static void WriteSignature(Utf8JsonWriter w, Signature s)
    {
        w.WriteStartObject();
        w.WriteString("party", s.Party);
        String(w, "name", s.Name);
        Localized(w, "title", s.Title);
        if (s.Acting)
        {
            w.WriteBoolean("acting", true);
        }

        String(w, "place", s.Place);
        Date(w, "date", s.Date);
        String(w, "contentHash", s.ContentHash);
        w.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter w, Section s)
    {
        w.WriteStartObject();
        Localized(w, "heading", s.Heading);
        Localized(w, "text", s.Text);
        w.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter w, Link l)
    {
        w.WriteStartObject();
        Localized(w, "title", l.Title);
        w.WriteString("url", l.Url);
        String(w, "mediaType", l.MediaType);
        w.WriteEndObject();
    }
}
