using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Rendering;

/// <summary>
/// Decides what a rendering holds and in which order, the order of the published documents: title and
/// parties; Inledning; Syfte; Lägesbild; Det här ska vi göra; Mål och effekter; Uppföljning; Följ arbetet;
/// Organisation; other sections; Kontakt; Bilagor; Giltighetstid; Underskrifter.
/// </summary>
/// <remarks>
/// An additional section headed like one of these (an "Det här ska vi göra" with an introductory text)
/// is written at the start of that section instead of as a section of its own. Lists that only restate
/// a verbatim description (follow-up reports, communication channels, governance bodies) are written
/// only when the description is missing; channels with a web address are always listed as links.
/// Findings already quoted in the summary or in a priority area's background are not repeated.
/// </remarks>
internal sealed class DocumentComposer
{
    private readonly Agreement _agreement;
    private readonly RenderStrings _strings;
    private readonly DocumentWriter _writer;
    private readonly string _lastSeparator; // " och " / " and ", made once rather than for every list
    private readonly Dictionary<string, Party> _parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Partner> _partners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Section>> _merged = new(StringComparer.Ordinal);
    private readonly Dictionary<AgreementSection, List<LocalizedText>> _reservations = [];

    /// <summary>Each section the library heads itself, with its Swedish heading: what an additional section of that heading merges into.</summary>
    private static readonly (AgreementSection Section, string Heading)[] LibraryHeadings =
    [
        (AgreementSection.Introduction, RenderStrings.Swedish.Introduction), (AgreementSection.Purpose, RenderStrings.Swedish.Purpose),
        (AgreementSection.SituationPicture, RenderStrings.Swedish.SituationPicture), (AgreementSection.Commitments, RenderStrings.Swedish.Commitments),
        (AgreementSection.Goals, RenderStrings.Swedish.Goals), (AgreementSection.FollowUpPlan, RenderStrings.Swedish.FollowUp),
        (AgreementSection.Communication, RenderStrings.Swedish.Communication), (AgreementSection.Governance, RenderStrings.Swedish.Governance),
        (AgreementSection.Contacts, RenderStrings.Swedish.Contact), (AgreementSection.Attachments, RenderStrings.Swedish.Attachments),
        (AgreementSection.Validity, RenderStrings.Swedish.Validity), (AgreementSection.Signatures, RenderStrings.Swedish.Signatures),
    ];
    private readonly List<Section> _ownSections = [];

    private DocumentComposer(Agreement agreement, RenderStrings strings, DocumentWriter writer)
    {
        _agreement = agreement;
        _strings = strings;
        _writer = writer;
        _lastSeparator = " " + strings.And + " ";
        foreach (var party in agreement.Parties)
        {
            _parties.TryAdd(party.Id, party);
        }

        foreach (var partner in agreement.Partners)
        {
            _partners.TryAdd(partner.Id, partner);
        }

        // A reservation without a section stands with the promises.
        foreach (var reservation in agreement.Reservations)
        {
            var section = reservation.Section ?? AgreementSection.Commitments;
            if (!_reservations.TryGetValue(section, out var clauses))
            {
                _reservations[section] = clauses = [];
            }

            clauses.Add(reservation.Text);
        }

        var fixedHeadings = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (section, heading) in LibraryHeadings)
        {
            fixedHeadings.Add(Key(heading));

            // A published heading (format 1.1) names its section too: "Situationen idag" is the situation picture.
            if (agreement.Headings?.For(section)?.Swedish is { } published)
            {
                aliases.TryAdd(Key(published), Key(heading));
            }
        }

        foreach (var section in agreement.AdditionalSections)
        {
            var key = Key(section.Heading.Swedish);
            key = aliases.TryGetValue(key, out var alias) ? alias : key;
            if (fixedHeadings.Contains(key))
            {
                if (!_merged.TryGetValue(key, out var list))
                {
                    _merged[key] = list = [];
                }

                list.Add(section);
            }
            else
            {
                _ownSections.Add(section);
            }
        }
    }

    /// <summary>Composes the document into a string (<see cref="Compose(Agreement, TextWriter, RenderOptions?, Func{TextWriter, string, DocumentWriter})"/>).</summary>
    internal static string Compose(Agreement agreement, RenderOptions? options, Func<TextWriter, string, DocumentWriter> createWriter)
    {
        var builder = new StringBuilder(16384);
        using (var output = new StringWriter(builder, CultureInfo.InvariantCulture))
        {
            Compose(agreement, output, options, createWriter);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Composes the document into <paramref name="output"/>, one piece at a time; writes nothing when an argument is
    /// wrong. <paramref name="createWriter"/> gets the output and the fallback marker of the language.
    /// </summary>
    internal static void Compose(Agreement agreement, TextWriter output, RenderOptions? options, Func<TextWriter, string, DocumentWriter> createWriter)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        Preconditions.CheckNotNull(output, nameof(output));
        var strings = RenderStrings.For((options ?? RenderOptions.Swedish).Language ?? LocalizedText.SwedishTag);
        new DocumentComposer(agreement, strings, createWriter(output, strings.FallbackMarker)).Write();
    }

    private void Write()
    {
        _writer.StartDocument(_strings.Language, Flatten(_agreement.Title.Get(_strings.Language, out _)));
        Header();
        TextSection("introduction", AgreementSection.Introduction, _strings.Introduction, RenderStrings.Swedish.Introduction, _agreement.Introduction);
        if (Published(_agreement.Headings?.CooperationAgreement) is { } cooperation)
        {
            // "Samverkansöverenskommelse för 2019–2020": the published heading over the agreement's part, which the
            // library has no words of its own for.
            _writer.StartSection("cooperation-agreement");
            _writer.Heading(2, [Pick(cooperation, flatten: true)]);
            _writer.EndSection();
        }

        TextSection("purpose", AgreementSection.Purpose, _strings.Purpose, RenderStrings.Swedish.Purpose, _agreement.Purpose);
        SituationPicture();
        Commitments();
        Goals();
        FollowUp();
        Communication();
        Governance();
        foreach (var section in _ownSections)
        {
            _writer.StartSection("section");
            _writer.Heading(2, [Pick(section.Heading)]);
            Text(section.Text);
            _writer.EndSection();
        }

        Contacts();
        Attachments();
        ValidityAndRevision();
        Signatures();
        _writer.EndDocument();
    }

    private void Header()
    {
        _writer.StartHeader();
        _writer.Heading(1, [Pick(_agreement.Title)]);
        if (_agreement.Parties.Count > 0)
        {
            var runs = new List<Run> { new(_strings.Parties + ": ") };
            runs.AddRange(JoinAnd(_agreement.Parties.Select(p => Name(p.Name)).ToList()));
            _writer.Paragraph(runs, "parties");
        }

        if (_agreement.Partners.Count > 0)
        {
            // Partners take part but do not sign: named apart from the parties.
            var runs = new List<Run> { new(_strings.PartnersLine + ": ") };
            runs.AddRange(JoinAnd(_agreement.Partners.Select(p => Name(p.Name)).ToList()));
            _writer.Paragraph(runs, "partners");
        }

        if (_agreement.ReferenceNumbers.Count > 0)
        {
            var lines = new List<IReadOnlyList<Run>>();
            foreach (var reference in _agreement.ReferenceNumbers)
            {
                lines.Add(Published(reference.Wording) is { } wording
                    ? [Pick(wording, flatten: true)]
                    : [new(_strings.ReferenceNumber + " "), PartyName(reference.Party), new(": " + reference.Value)]);
            }

            _writer.Lines(lines, "reference");
        }

        switch (_agreement.Revision.Status)
        {
            case RevisionStatus.Draft:
                _writer.Paragraph([new(_strings.Draft)], "status");
                break;
            case RevisionStatus.Superseded:
                _writer.Paragraph([new(_strings.Superseded)], "status");
                break;
        }

        if (_agreement.Revision.Number > 1)
        {
            _writer.Paragraph([new(RevisionLine())], "revision");
        }

        _writer.EndHeader();
    }

    private string RevisionLine()
    {
        var revision = _agreement.Revision;
        var line = Format(_strings.RevisionNumber, revision.Number);
        if (revision.Date is { } date)
        {
            line += ", " + Format(_strings.Dated, PeriodWording.Date(date));
        }

        line += ".";
        if (revision.Supersedes is { } supersedes)
        {
            line += " " + (supersedes.Revision is { } number
                ? Format(_strings.SupersedesRevision, supersedes.Id, number)
                : Format(_strings.Supersedes, supersedes.Id)) + ".";
        }

        return line;
    }

    private void TextSection(string className, AgreementSection section, string heading, string swedishHeading, LocalizedText? text)
    {
        var merged = Merged(swedishHeading);
        if (text is null && merged.Count == 0 && !Reserved(section))
        {
            return;
        }

        Start(className, section, heading, merged);
        if (text is not null)
        {
            Text(text);
        }

        End(section);
    }

    private void SituationPicture()
    {
        var picture = _agreement.SituationPicture;
        var merged = Merged(RenderStrings.Swedish.SituationPicture);
        if ((picture is null || (picture.Summary is null && picture.Sources.IsEmpty && picture.Findings.IsEmpty)) && merged.Count == 0 && !Reserved(AgreementSection.SituationPicture))
        {
            return;
        }

        Start("situation-picture", AgreementSection.SituationPicture, _strings.SituationPicture, merged);
        if (picture is not null)
        {
            string? summary = null;
            if (picture.Summary is not null)
            {
                Text(picture.Summary);
                summary = picture.Summary.Get(_strings.Language, out _);
            }

            if (!picture.Sources.IsEmpty)
            {
                LibraryHeading(_strings.Sources);
                _writer.StartList("sources");
                foreach (var source in picture.Sources)
                {
                    _writer.ListItem(SourceRuns(source));
                }

                _writer.EndList();
            }

            // A finding is usually a sentence of the summary or of a priority area's background: quote it once.
            var quoted = new List<string>();
            if (summary is not null)
            {
                quoted.Add(summary);
            }

            quoted.AddRange(_agreement.PriorityAreas.Where(a => a.Background is not null).Select(a => a.Background!.Get(_strings.Language, out _)));
            var findings = picture.Findings
                .Where(f => !quoted.Exists(text => Contains(text, f.Text.Get(_strings.Language, out _))))
                .ToList();
            if (findings.Count > 0)
            {
                LibraryHeading(_strings.Findings);
                _writer.StartList("findings");
                foreach (var finding in findings)
                {
                    _writer.ListItem([Pick(finding.Text)]);
                }

                _writer.EndList();
            }
        }

        End(AgreementSection.SituationPicture);
    }

    private List<Run> SourceRuns(Source source)
    {
        var runs = new List<Run> { source.Description is not null ? Pick(source.Description) : new(Label(CodeLists.FindSourceType(source.Type), source.Type)) };
        var details = new List<Run>();
        if (source.Period is { } period)
        {
            details.Add(new(PeriodWording.Dates(period)));
        }
        else if (source.Year is { } year)
        {
            details.Add(new(year.ToString(CultureInfo.InvariantCulture)));
        }

        if (source.Publisher is { } publisher)
        {
            details.Add(PartyName(publisher));
        }

        if (source.ParticipantCount is { } count)
        {
            details.Add(new(Format(_strings.AtLeastParticipants, count)));
        }

        if (details.Count > 0)
        {
            runs.Add(new(" ("));
            for (var i = 0; i < details.Count; i++)
            {
                if (i > 0)
                {
                    runs.Add(new(", "));
                }

                runs.Add(details[i]);
            }

            runs.Add(new(")"));
        }

        return runs;
    }

    private void Commitments()
    {
        var merged = Merged(RenderStrings.Swedish.Commitments);
        if (_agreement.Commitments.IsEmpty && _agreement.PriorityAreas.IsEmpty && merged.Count == 0 && !Reserved(AgreementSection.Commitments))
        {
            return;
        }

        Start("commitments", AgreementSection.Commitments, _strings.Commitments, merged);
        if (_agreement.CommitmentsLeadIn is not null)
        {
            // "Kommunen och polisen lovar att under året:", before the promises, as published.
            Text(_agreement.CommitmentsLeadIn);
        }

        // Grouped in one pass: a pass over every commitment for each area cost areas × commitments.
        var byArea = new Dictionary<string, List<Commitment>>(_agreement.PriorityAreas.Count, StringComparer.Ordinal);
        foreach (var area in _agreement.PriorityAreas)
        {
            if (area.Id is not null)
            {
                byArea.TryAdd(area.Id, []);
            }
        }

        var withoutArea = new List<Commitment>();
        var others = new List<Commitment>();
        foreach (var commitment in _agreement.Commitments)
        {
            if (commitment.PriorityArea is { } id && byArea.TryGetValue(id, out var members))
            {
                members.Add(commitment);
                continue;
            }

            others.Add(commitment);
            if (commitment.PriorityArea is null)
            {
                withoutArea.Add(commitment);
            }
        }

        foreach (var area in _agreement.PriorityAreas)
        {
            _writer.Heading(3, AreaTitle(area), "area-" + area.Id);
            if (area.Background is not null)
            {
                Text(area.Background);
            }

            // An area without an id (a model built in code) lists the commitments without one, as equal ids would.
            CommitmentList(area.Id is null ? withoutArea : byArea[area.Id], titleLevel: 4);
        }

        if (others.Count > 0)
        {
            if (!_agreement.PriorityAreas.IsEmpty)
            {
                LibraryHeading(_strings.OtherCommitments);
            }

            CommitmentList(others, titleLevel: _agreement.PriorityAreas.IsEmpty ? 3 : 4);
        }

        End(AgreementSection.Commitments);
    }

    private List<Run> AreaTitle(PriorityArea area)
    {
        var runs = new List<Run>();
        if (area.Number is { Length: > 0 } number)
        {
            runs.Add(new(number.EndsWith('.') ? number : number + "."));
            runs.Add(new(" "));
        }

        runs.Add(Pick(area.Title));
        return runs;
    }

    private void CommitmentList(IEnumerable<Commitment> commitments, int titleLevel)
    {
        var any = false;
        foreach (var commitment in commitments)
        {
            if (!any)
            {
                _writer.StartList("commitment-list");
                any = true;
            }

            Commitment(commitment, titleLevel);
        }

        if (any)
        {
            _writer.EndList();
        }
    }

    private void Commitment(Commitment commitment, int titleLevel)
    {
        var number = commitment.Number is { Length: > 0 } n ? n : null;
        _writer.StartItem(number is null ? "commitment" : "commitment numbered", "commitment-" + commitment.Id);
        var blocks = TextBlock.Parse(commitment.Text.Get(_strings.Language, out _));
        if (commitment.Title is not null)
        {
            var title = new List<Run>();
            if (number is not null)
            {
                title.Add(new(number, Strong: true));
                title.Add(new(" "));
            }

            title.Add(Pick(commitment.Title));
            _writer.ItemTitle(titleLevel, title);
            Text(commitment.Text);
        }
        else if (number is not null && blocks.Count == 1 && !blocks[0].IsList)
        {
            // "1.1 Kungsbacka kommun lovar …", as the documents print it.
            _writer.Paragraph([new(number, Strong: true), new(" "), Pick(commitment.Text)]);
        }
        else
        {
            if (number is not null)
            {
                _writer.Paragraph([new(number, Strong: true)]);
            }

            if (blocks.Count == 1 && !blocks[0].IsList)
            {
                _writer.Paragraph([Pick(commitment.Text)]);
            }
            else
            {
                Text(commitment.Text);
            }
        }

        var responsibilityWording = Published(commitment.ResponsibilityWording);
        var fields = new List<KeyValuePair<string, IReadOnlyList<IReadOnlyList<Run>>>>(5); // at most the five below
        var responsible = responsibilityWording is null ? Responsible(commitment.ResponsibleParties, commitment.ResponsibleDepartments) : [];
        if (responsible.Count > 0)
        {
            fields.Add(new(_strings.Responsible, [responsible]));
        }

        if (!commitment.Partners.IsEmpty)
        {
            fields.Add(new(_strings.PartnersField, [Names(commitment.Partners, PartnerName)]));
        }

        if (commitment.Purpose is not null)
        {
            fields.Add(new(_strings.CommitmentPurpose, [[Pick(commitment.Purpose, flatten: true)]]));
        }

        if (commitment.Condition is not null)
        {
            fields.Add(new(_strings.Condition, [[Pick(commitment.Condition, flatten: true)]]));
        }

        var targets = new List<IReadOnlyList<Run>>(commitment.Targets.Count);
        foreach (var target in commitment.Targets)
        {
            // The published phrase when the document has one ("bör genomföras minst tre gånger per år"), else the
            // library's words, with the modality first.
            var runs = target.Text is not null ? [Pick(target.Text, flatten: true)] : PhraseRuns(TargetWording.Compose(target, _agreement.Validity.Interval, _strings));
            if (runs.Count == 0)
            {
                continue;
            }

            var carriers = Responsible(target.ResponsibleParties, target.ResponsibleDepartments);
            if (carriers.Count > 0)
            {
                runs.Add(new(" (" + _strings.Responsible + ": "));
                runs.AddRange(carriers);
                runs.Add(new(")"));
            }

            if (!target.Partners.IsEmpty)
            {
                runs.Add(new(" (" + _strings.PartnersField + ": "));
                AppendNames(runs, target.Partners, PartnerName);
                runs.Add(new(")"));
            }

            targets.Add(runs);
        }

        if (targets.Count > 0)
        {
            fields.Add(new(_strings.Targets, targets));
        }

        if (fields.Count > 0)
        {
            _writer.Fields(fields);
        }

        if (responsibilityWording is not null)
        {
            // "Ansvar: Förvaltningen för Teknik och polisen.", the published line in place of the library's field,
            // after the purpose as the documents print it.
            _writer.Paragraph([Pick(responsibilityWording, flatten: true)], "responsibility");
        }

        _writer.EndItem();
    }

    private List<Run> Responsible(EquatableArray<string> parties, EquatableArray<LocalizedText> departments)
    {
        var runs = new List<Run>((2 * parties.Count) + (2 * departments.Count));
        AppendNames(runs, parties, PartyName);
        foreach (var department in departments)
        {
            if (runs.Count > 0)
            {
                runs.Add(new("; "));
            }

            runs.Add(Pick(department, flatten: true));
        }

        return runs;
    }

    private static List<Run> PhraseRuns(TargetPhrase phrase)
    {
        var runs = new List<Run>(3);
        if (phrase.Before.Length > 0)
        {
            runs.Add(new(phrase.Before));
        }

        if (phrase.Middle.Length > 0)
        {
            runs.Add(new(Flatten(phrase.Middle), Language: phrase.MiddleIsFallback ? LocalizedText.SwedishTag : null, Marked: phrase.MiddleIsFallback));
        }

        if (phrase.After.Length > 0)
        {
            runs.Add(new(phrase.After));
        }

        return runs;
    }

    private void Goals()
    {
        var merged = Merged(RenderStrings.Swedish.Goals);
        if (_agreement.Goals.IsEmpty && merged.Count == 0 && !Reserved(AgreementSection.Goals))
        {
            return;
        }

        Start("goals", AgreementSection.Goals, _strings.Goals, merged);
        foreach (var goal in _agreement.Goals)
        {
            var title = goal.Title ?? _agreement.PriorityAreas.FirstOrDefault(a => a.Id == goal.PriorityArea)?.Title;
            if (title is not null)
            {
                _writer.Heading(3, [Pick(title)]);
            }

            if (goal.FollowUp is not null && IsOneParagraph(goal.Effect) && IsOneParagraph(goal.FollowUp))
            {
                // "Öka medborgarnas upplevda trygghet i trafikmiljön. Detta kommer att följas upp i …", as published.
                _writer.Paragraph([Pick(goal.Effect), new(" "), Pick(goal.FollowUp)]);
            }
            else
            {
                Text(goal.Effect);
                if (goal.FollowUp is not null)
                {
                    Text(goal.FollowUp);
                }
            }

            if (goal.FollowUp is null && !goal.FollowUpMethods.IsEmpty)
            {
                var methods = goal.FollowUpMethods.Select(m => Label(CodeLists.FindSourceType(m), m)).ToList();
                _writer.Paragraph([new(_strings.FollowedUpThrough + ": " + string.Join(", ", methods) + ".")]);
            }

            if (goal.Indicator is { } indicator)
            {
                _writer.Paragraph(IndicatorRuns(indicator));
            }
        }

        End(AgreementSection.Goals);
    }

    private List<Run> IndicatorRuns(Indicator indicator)
    {
        var runs = new List<Run> { new(_strings.Indicator + ":", Strong: true), new(" "), Pick(indicator.Name, flatten: true) };
        if (indicator.Unit is not null)
        {
            runs.Add(new(" ("));
            runs.Add(Pick(indicator.Unit, flatten: true));
            runs.Add(new(")"));
        }

        if (indicator.Source is { } source)
        {
            runs.Add(new(", " + _strings.Source + ": " + Label(CodeLists.FindSourceType(source), source)));
        }

        if (indicator.Baseline is { } baseline)
        {
            runs.Add(new(", " + _strings.Baseline + " " + TargetWording.FormatValue(baseline.Value, _strings) + " (" + baseline.Year.ToString(CultureInfo.InvariantCulture) + ")"));
        }

        if (indicator.Target is { } target)
        {
            runs.Add(new(", " + _strings.TargetValue + " " + TargetWording.FormatValue(target.Value, _strings) + " (" + target.Year.ToString(CultureInfo.InvariantCulture) + ")"));
        }

        runs.Add(new("."));
        return runs;
    }

    private void FollowUp()
    {
        var plan = _agreement.FollowUpPlan;
        var merged = Merged(RenderStrings.Swedish.FollowUp);
        var evaluation = EvaluationRuns(plan?.Evaluation);
        if ((plan is null || (plan.Description is null && plan.Reports.IsEmpty && evaluation is null)) && merged.Count == 0 && !Reserved(AgreementSection.FollowUpPlan))
        {
            return;
        }

        Start("follow-up", AgreementSection.FollowUpPlan, _strings.FollowUp, merged);
        if (plan?.Description is not null)
        {
            Text(plan.Description);
        }
        else if (plan is not null && !plan.Reports.IsEmpty)
        {
            _writer.StartList("reports");
            foreach (var report in plan.Reports)
            {
                var runs = new List<Run>();
                if (report.Cadence is { } cadence)
                {
                    runs.Add(new(_strings.Cadence(cadence) + (report.Forum is null && report.Deliverable is null ? string.Empty : ": ")));
                }

                if (report.Forum is not null)
                {
                    runs.Add(Pick(report.Forum, flatten: true));
                }

                if (report.Deliverable is not null)
                {
                    if (report.Forum is not null)
                    {
                        runs.Add(new(", "));
                    }

                    runs.Add(Pick(report.Deliverable, flatten: true));
                }

                _writer.ListItem(runs);
            }

            _writer.EndList();
        }

        if (evaluation is not null)
        {
            _writer.Paragraph(evaluation);
        }

        End(AgreementSection.FollowUpPlan);
    }

    /// <summary>
    /// "Löftet utvärderas före årets slut." as published, else the library's words with the date; nothing when a
    /// promise's text already ends with the published phrase (Gagnef's "…, då utfallet ska utvärderas."), so that a
    /// published sentence is written once. Ends with, not contains: each comparison costs at most the promise's length.
    /// </summary>
    private List<Run>? EvaluationRuns(PlannedEvaluation? evaluation)
    {
        if (evaluation is null)
        {
            return null;
        }

        if (Published(evaluation.Wording) is not { } wording)
        {
            return [new(Format(_strings.EvaluationDue, PeriodWording.Date(evaluation.Due)))];
        }

        if (wording.TryGet(_strings.Language, out var phrase))
        {
            foreach (var commitment in _agreement.Commitments)
            {
                if (commitment.Text.TryGet(_strings.Language, out var text) && text.EndsWith(phrase, StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        return [Pick(wording, flatten: true)];
    }

    private void Communication()
    {
        var communication = _agreement.Communication;
        var merged = Merged(RenderStrings.Swedish.Communication);
        if ((communication is null || (communication.Description is null && communication.Channels.IsEmpty)) && merged.Count == 0 && !Reserved(AgreementSection.Communication))
        {
            return;
        }

        Start("communication", AgreementSection.Communication, _strings.Communication, merged);
        if (communication is not null)
        {
            if (communication.Description is not null)
            {
                Text(communication.Description);
            }

            var channels = communication.Channels.Where(c => communication.Description is null || IsWebAddress(c.Url)).ToList();
            if (channels.Count > 0)
            {
                _writer.StartList("channels");
                foreach (var channel in channels)
                {
                    _writer.ListItem(ChannelRuns(channel));
                }

                _writer.EndList();
            }
        }

        End(AgreementSection.Communication);
    }

    private List<Run> ChannelRuns(CommunicationChannel channel)
    {
        var href = IsWebAddress(channel.Url) ? channel.Url : null;
        var main = channel.Name is not null ? Pick(channel.Name, flatten: true) : new Run(Label(CodeLists.FindChannelType(channel.Type), channel.Type));
        var runs = new List<Run> { main with { Href = href } };
        if (channel.Owner is { } owner)
        {
            runs.Add(new(" ("));
            runs.Add(PartyName(owner));
            runs.Add(new(")"));
        }

        if (channel.Url is { } url && href is null)
        {
            // Not a web address: shown, never linked.
            runs.Add(new(": " + url));
        }

        return runs;
    }

    private void Governance()
    {
        var governance = _agreement.Governance;
        var merged = Merged(RenderStrings.Swedish.Governance);
        if ((governance is null || (governance.Description is null && governance.Bodies.IsEmpty && governance.CollaborationAreas.IsEmpty)) && merged.Count == 0 && !Reserved(AgreementSection.Governance))
        {
            return;
        }

        Start("governance", AgreementSection.Governance, _strings.Governance, merged);
        if (governance is not null)
        {
            if (governance.Description is not null)
            {
                Text(governance.Description);
            }

            var bodies = governance.Bodies.Where(b => governance.Description is null || b.Description is not null).ToList();
            if (bodies.Count > 0)
            {
                _writer.StartList("bodies");
                foreach (var body in bodies)
                {
                    var runs = new List<Run> { Pick(body.Name, flatten: true) with { Strong = true } };
                    if (body.Description is not null)
                    {
                        runs.Add(new(": "));
                        runs.Add(Pick(body.Description, flatten: true));
                    }

                    if (!body.Members.IsEmpty)
                    {
                        runs.Add(new(" ("));
                        AppendNames(runs, body.Members, PartyName);
                        runs.Add(new(")"));
                    }

                    _writer.ListItem(runs);
                }

                _writer.EndList();
            }

            if (!governance.CollaborationAreas.IsEmpty)
            {
                if (Published(_agreement.Headings?.CollaborationAreas) is { } areas)
                {
                    _writer.Heading(3, [Pick(areas, flatten: true)]);
                }
                else
                {
                    LibraryHeading(_strings.CollaborationAreas);
                }

                _writer.StartList("collaboration-areas");
                foreach (var area in governance.CollaborationAreas)
                {
                    _writer.ListItem([Pick(area, flatten: true)]);
                }

                _writer.EndList();
            }
        }

        End(AgreementSection.Governance);
    }

    private void Contacts()
    {
        var merged = Merged(RenderStrings.Swedish.Contact);
        if (_agreement.Contacts.IsEmpty && merged.Count == 0 && !Reserved(AgreementSection.Contacts))
        {
            return;
        }

        Start("contact", AgreementSection.Contacts, _strings.Contact, merged);
        if (!_agreement.Contacts.IsEmpty)
        {
            _writer.StartList("contacts");
            foreach (var contact in _agreement.Contacts)
            {
                var parts = new List<Run>();
                if (contact.Name is not null)
                {
                    parts.Add(new(contact.Name, Strong: true));
                }

                if (contact.Role is not null)
                {
                    parts.Add(Pick(contact.Role, flatten: true));
                }

                if (contact.Party is not null)
                {
                    parts.Add(PartyName(contact.Party));
                }

                if (contact.Phone is not null)
                {
                    parts.Add(new(contact.Phone));
                }

                if (contact.Email is not null)
                {
                    parts.Add(new(contact.Email));
                }

                _writer.ListItem(Join(parts, ", "));
            }

            _writer.EndList();
        }

        End(AgreementSection.Contacts);
    }

    private void Attachments()
    {
        var merged = Merged(RenderStrings.Swedish.Attachments);
        if (_agreement.Attachments.IsEmpty && merged.Count == 0 && !Reserved(AgreementSection.Attachments))
        {
            return;
        }

        Start("attachments", AgreementSection.Attachments, _strings.Attachments, merged);
        if (!_agreement.Attachments.IsEmpty)
        {
            _writer.StartList("attachments");
            foreach (var link in _agreement.Attachments)
            {
                var href = IsWebAddress(link.Url) ? link.Url : null;
                var runs = new List<Run> { Pick(link.Title, flatten: true) with { Href = href } };
                if (href is null && link.Url is { Length: > 0 } url)
                {
                    // Not a web address: shown, never linked; an attachment named without one is its title alone.
                    runs.Add(new(": " + url));
                }

                _writer.ListItem(runs);
            }

            _writer.EndList();
        }

        End(AgreementSection.Attachments);
    }

    private void ValidityAndRevision()
    {
        var validity = _agreement.Validity;
        var revision = _agreement.Revision;
        Start("validity", AgreementSection.Validity, _strings.Validity, Merged(RenderStrings.Swedish.Validity));

        var runs = new List<Run>();
        var sentence = Published(validity.Sentence);
        var renewal = Published(validity.Renewal?.Wording);
        if (sentence is not null)
        {
            // "Löftet gäller under perioden 1 mars–31 december", the published sentence as it stands; a published
            // renewal phrase it does not already hold follows it, apart, since the sentence is not to be reworded.
            runs.Add(Pick(sentence, flatten: true));
            if (renewal is not null && !Contains(sentence.Get(_strings.Language, out _), renewal.Get(_strings.Language, out _)))
            {
                runs.Add(new(" ("));
                runs.Add(Pick(renewal, flatten: true));
                runs.Add(new(")"));
            }
        }
        else
        {
            // "Detta medborgarlöfte gäller 2024. Det kan revideras om omständigheterna så kräver."
            runs.Add(new(_strings.Subject(_agreement.Kind) + " " + _strings.ValidFor + " "));
            string period;
            if (validity.Wording is not null && validity.Wording.TryGet(_strings.Language, out var wording))
            {
                // "2024" is years ("for 2024"); "från 2023-03-06 till 2025-12-31" says it all.
                period = Flatten(wording);
                period = period.Length > 0 && char.IsAsciiDigit(period[0]) ? Format(_strings.ValidForYears, period) : period;
            }
            else
            {
                // No wording in this language: written from the dates, which say the same in any language.
                var years = validity.End is { } end && end >= validity.Start ? PeriodWording.Years(new NodaTime.DateInterval(validity.Start, end)) : null;
                period = years is not null ? Format(_strings.ValidForYears, years)
                    : validity.End is { } last ? Format(_strings.ValidFrom, PeriodWording.Date(validity.Start), PeriodWording.Date(last))
                    : Format(_strings.ValidOpenEnded, PeriodWording.Date(validity.Start));
            }

            period = period.TrimEnd();
            var stop = period.EndsWith('.');
            runs.Add(new(stop ? period[..^1] : period));
            if (renewal is not null)
            {
                // "… gäller perioden mars-maj och prövas med tremånadersintervaller.": the published phrase is a predicate.
                runs.Add(new(_lastSeparator));
                runs.Add(Pick(renewal, flatten: true));
            }

            runs.Add(new("."));
        }

        if (renewal is null && validity.Renewal is { } cadence)
        {
            // No published phrase in this language: the library's words for the cadence.
            var words = _strings.Cadence(cadence.Cadence);
            runs.Add(new(" " + _strings.Renewal + ": " + char.ToLowerInvariant(words[0]) + words[1..] + "."));
        }

        if (revision.Clause is not null)
        {
            runs.Add(new(" "));
            runs.Add(Pick(revision.Clause, flatten: true));
        }

        _writer.Paragraph(runs);
        if (revision.Number > 1 || revision.Supersedes is not null)
        {
            _writer.Paragraph([new(RevisionLine())]);
        }

        if (revision.Changes is not null)
        {
            _writer.Paragraph([new(_strings.Changes + ":", Strong: true)]);
            Text(revision.Changes);
        }

        End(AgreementSection.Validity);
    }

    private void Signatures()
    {
        var merged = Merged(RenderStrings.Swedish.Signatures);
        if (_agreement.Signatures.IsEmpty && merged.Count == 0 && !Reserved(AgreementSection.Signatures))
        {
            return;
        }

        Start("signature-block", AgreementSection.Signatures, _strings.Signatures, merged);
        if (!_agreement.Signatures.IsEmpty)
        {
            _writer.StartList("signatures");
            foreach (var signature in _agreement.Signatures)
            {
                _writer.StartItem("signature");
                _writer.Lines(SignatureLines(signature));
                _writer.EndItem();
            }

            _writer.EndList();
        }

        End(AgreementSection.Signatures);
    }

    private List<IReadOnlyList<Run>> SignatureLines(Signature signature)
    {
        var lines = new List<IReadOnlyList<Run>>();

        // "Ort den 12 mars 2024" as published (format 1.1), else place and ISO date.
        var placeAndDate = signature.PlaceAndDate is { Length: > 0 } published
            ? published
            : string.Join(" ", new[] { signature.Place, signature.Date is { } date ? PeriodWording.Date(date) : null }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (placeAndDate.Length > 0)
        {
            lines.Add([new(placeAndDate)]);
        }

        // A signature without a name in the copy is said so; a blank signing line stays blank.
        lines.Add(signature.Status switch
        {
            SignatureStatus.Missing => [new(_strings.SignatureMissing)],
            SignatureStatus.NameNotPublished => [new(_strings.NameNotPublished)],
            _ => signature.Name is { Length: > 0 } name ? [new(name, Strong: true)] : [new(string.Empty, Blank: true)],
        });
        var title = new List<Run>();
        if (signature.Acting)
        {
            title.Add(new(_strings.Acting + " "));
        }

        if (signature.Title is not null)
        {
            title.Add(Pick(signature.Title, flatten: true));
        }

        if (title.Count > 0)
        {
            lines.Add(title);
        }

        lines.Add([PartyName(signature.Party)]);
        return lines;
    }

    /// <summary>
    /// Starts a section under its published heading (format 1.1), else the library's; under none when the document
    /// says its headings are all the source has.
    /// </summary>
    private void Start(string className, AgreementSection section, string heading, List<Section> merged)
    {
        _writer.StartSection(className);
        if (Published(_agreement.Headings?.For(section)) is { } published)
        {
            _writer.Heading(2, [Pick(published, flatten: true)]);
        }
        else if (_agreement.Headings is not { Exhaustive: true })
        {
            _writer.Heading(2, [new(heading)]);
        }

        foreach (var merge in merged)
        {
            Text(merge.Text);
        }
    }

    /// <summary>A sub-heading of the library's own ("Underlag"), left out when the document says its headings are all the source has.</summary>
    private void LibraryHeading(string heading)
    {
        if (_agreement.Headings is not { Exhaustive: true })
        {
            _writer.Heading(3, [new(heading)]);
        }
    }

    /// <summary>Ends a section with its reservation clauses, verbatim and in document order.</summary>
    private void End(AgreementSection section)
    {
        if (_reservations.TryGetValue(section, out var clauses))
        {
            foreach (var clause in clauses)
            {
                Text(clause);
            }
        }

        _writer.EndSection();
    }

    private bool Reserved(AgreementSection section) => _reservations.ContainsKey(section);

    private List<Section> Merged(string swedishHeading) => _merged.TryGetValue(Key(swedishHeading), out var list) ? list : [];

    /// <summary>
    /// A published phrase the library can also say itself (a heading, the validity or "Ansvar" line), when the document
    /// has it in the rendering's language: an English rendering of a Swedish-only document gets the library's English
    /// there, and keeps Swedish, marked, only for the promises' own text.
    /// </summary>
    private LocalizedText? Published(LocalizedText? text) =>
        text is not null && (_strings.Language == LocalizedText.SwedishTag || text.TryGet(_strings.Language, out _)) ? text : null;

    private void Text(LocalizedText text)
    {
        var value = text.Get(_strings.Language, out var fallback);
        _writer.Text(value, fallback ? LocalizedText.SwedishTag : null, fallback);
    }

    /// <summary>A text from the document in the rendering's language, or Swedish marked as a fallback.</summary>
    private Run Pick(LocalizedText text, bool flatten = false)
    {
        var value = text.Get(_strings.Language, out var fallback);
        return new Run(flatten ? Flatten(value) : value, Language: fallback ? LocalizedText.SwedishTag : null, Marked: fallback);
    }

    /// <summary>A name: a Swedish fallback gets <c>lang="sv"</c> but no visible marker, since names are not translated.</summary>
    private Run Name(LocalizedText name)
    {
        var value = name.Get(_strings.Language, out var fallback);
        return new Run(Flatten(value), Language: fallback ? LocalizedText.SwedishTag : null);
    }

    private Run PartyName(string id) => _parties.TryGetValue(id, out var party) ? Name(party.Name) : new Run(id);

    private Run PartnerName(string id) => _partners.TryGetValue(id, out var partner) ? Name(partner.Name) : new Run(id);

    private string Label(Code? code, string value) => code?.Label.Get(_strings.Language, out _) ?? value;

    private List<Run> JoinAnd(List<Run> items)
    {
        var runs = new List<Run>();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(new(i == items.Count - 1 ? _lastSeparator : ", "));
            }

            runs.Add(items[i]);
        }

        return runs;
    }

    /// <summary>Appends the names of parties or partners as <see cref="JoinAnd"/> joins them, with no list of their own.</summary>
    private void AppendNames(List<Run> runs, EquatableArray<string> ids, Func<string, Run> name)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(new(i == ids.Count - 1 ? _lastSeparator : ", "));
            }

            runs.Add(name(ids[i]));
        }
    }

    private List<Run> Names(EquatableArray<string> ids, Func<string, Run> name)
    {
        var runs = new List<Run>(2 * ids.Count);
        AppendNames(runs, ids, name);
        return runs;
    }

    private static List<Run> Join(List<Run> items, string separator)
    {
        var runs = new List<Run>();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(new(separator));
            }

            runs.Add(items[i]);
        }

        return runs;
    }

    private bool IsOneParagraph(LocalizedText text)
    {
        var blocks = TextBlock.Parse(text.Get(_strings.Language, out _));
        return blocks.Count == 1 && !blocks[0].IsList;
    }

    private static bool Contains(string text, string part) =>
        Flatten(text).Contains(Flatten(part), StringComparison.Ordinal);

    internal static bool IsWebAddress(string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Line breaks and paragraph breaks become spaces, for text written inline (a field, a title).</summary>
    internal static string Flatten(string text)
    {
        if (text.IndexOf('\n', StringComparison.Ordinal) < 0)
        {
            return text.Trim();
        }

        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is ' ' or '\t' or '\r' or '\n')
            {
                var j = i;
                var lineBreak = false;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\n')
                {
                    lineBreak |= text[j] == '\n';
                    j++;
                }

                output.Append(lineBreak ? " " : text[i..j]);
                i = j;
            }
            else
            {
                output.Append(text[i++]);
            }
        }

        return output.ToString().Trim();
    }

    private static string Key(string heading) => heading.Trim().TrimEnd(':').Trim().ToLowerInvariant();

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
