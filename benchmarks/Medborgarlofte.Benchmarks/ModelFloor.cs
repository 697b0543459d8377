
namespace Medborgarlofte.Benchmarks;

/// <summary>
/// The floor for anything that reads a whole model: every object of the agreement visited once, and of every
/// string its length and first character (the line it starts on). No check, no look-up, nothing allocated.
/// </summary>
/// <remarks>
/// Why: the rules and the follow-up evaluation read the model, not the bytes, so the token floor
/// (<see cref="Floors.CountTokens"/>) says nothing of what their growth could be. How this walk grows from 1 000
/// to 10 000 commitments is what the memory of the machine allows any code that reads every object, before it
/// does any work with what it reads.
/// </remarks>
internal static class ModelFloor
{
    /// <summary>Visits every object and string of the agreement and returns a sum of what it read.</summary>
    internal static int Touch(Agreement agreement)
    {
        var n = S(agreement.FormatVersion) + S(agreement.Id) + T(agreement.Title) + T(agreement.Introduction) + T(agreement.Purpose)
            + (int)agreement.Kind + agreement.Extensions.Count;
        if (agreement.Validity is { } validity)
        {
            n += validity.Start.Day + T(validity.Wording);
        }

        if (agreement.Revision is { } revision)
        {
            n += revision.Number + S(revision.Supersedes?.Id) + T(revision.Changes) + T(revision.Clause);
        }

        foreach (var party in agreement.Parties)
        {
            n += S(party.Id) + T(party.Name) + S(party.Identifiers?.MunicipalityCode) + S(party.Identifiers?.OrganisationNumber)
                + S(party.PoliceUnit?.PoliceArea) + S(party.PoliceUnit?.LocalPoliceArea) + party.Extensions.Count;
        }

        foreach (var number in agreement.ReferenceNumbers)
        {
            n += S(number.Party) + S(number.Value);
        }

        if (agreement.SituationPicture is { } picture)
        {
            n += T(picture.Summary);
            foreach (var source in picture.Sources)
            {
                n += S(source.Id) + S(source.Type) + T(source.Description) + S(source.Publisher);
            }

            foreach (var finding in picture.Findings)
            {
                n += S(finding.Id) + T(finding.Text) + S(finding.Sources) + S(finding.Themes);
            }
        }

        foreach (var area in agreement.PriorityAreas)
        {
            n += S(area.Id) + S(area.Number) + T(area.Title) + T(area.Background) + S(area.Themes) + S(area.Findings) + area.Extensions.Count;
        }

        foreach (var commitment in agreement.Commitments)
        {
            n += Commitment(commitment);
        }

        foreach (var goal in agreement.Goals)
        {
            n += S(goal.Id) + S(goal.PriorityArea) + T(goal.Title) + T(goal.Effect) + T(goal.FollowUp) + S(goal.FollowUpMethods)
                + T(goal.Indicator?.Name) + T(goal.Indicator?.Unit) + S(goal.Indicator?.Source) + goal.Extensions.Count;
        }

        if (agreement.FollowUpPlan is { } plan)
        {
            n += T(plan.Description);
            foreach (var report in plan.Reports)
            {
                n += T(report.Forum) + T(report.Deliverable);
            }
        }

        if (agreement.Communication is { } communication)
        {
            n += T(communication.Description);
            foreach (var channel in communication.Channels)
            {
                n += S(channel.Type) + S(channel.Owner) + T(channel.Name) + S(channel.Url);
            }
        }

        if (agreement.Governance is { } governance)
        {
            n += T(governance.Description) + T(governance.CollaborationAreas);
            foreach (var body in governance.Bodies)
            {
                n += S(body.Id) + T(body.Name) + T(body.Description) + S(body.Members);
            }
        }

        foreach (var contact in agreement.Contacts)
        {
            n += S(contact.Name) + T(contact.Role) + S(contact.Party) + S(contact.Phone) + S(contact.Email);
        }

        foreach (var signature in agreement.Signatures)
        {
            n += S(signature.Party) + S(signature.Name) + T(signature.Title) + S(signature.Place) + S(signature.ContentHash);
        }

        foreach (var section in agreement.AdditionalSections)
        {
            n += T(section.Heading) + T(section.Text);
        }

        foreach (var link in agreement.Attachments)
        {
            n += T(link.Title) + S(link.Url) + S(link.MediaType);
        }

        return n;
    }

    private static int Commitment(Commitment commitment)
    {
        var n = S(commitment.Id) + S(commitment.Number) + S(commitment.PriorityArea) + T(commitment.Title) + T(commitment.Text)
            + S(commitment.ResponsibleParties) + T(commitment.ResponsibleDepartments) + T(commitment.Purpose) + T(commitment.Condition)
            + T(commitment.Places) + T(commitment.TargetGroups) + S(commitment.Methods) + commitment.Extensions.Count;
        foreach (var target in commitment.Targets)
        {
            n += S(target.Id) + (int)target.Kind + (int)(target.Value ?? 0) + T(target.Unit) + T(target.Text) + target.Extensions.Count;
        }

        return n;
    }

    private static int S(string? text) => text is null ? 0 : text.Length == 0 ? 1 : text.Length + text[0];

    private static int S(EquatableArray<string> texts)
    {
        var n = texts.Count;
        foreach (var text in texts)
        {
            n += S(text);
        }

        return n;
    }

    private static int T(LocalizedText? text) => text is null ? 0 : S(text.Swedish) + S(text.English);

    private static int T(EquatableArray<LocalizedText> texts)
    {
        var n = texts.Count;
        foreach (var text in texts)
        {
            n += T(text);
        }

        return n;
    }
}
