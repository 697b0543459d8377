using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Medborgarlofte.Import.Blocks;
using Medborgarlofte.Import.Targets;
using Medborgarlofte.Reference;
using NodaTime;

namespace Medborgarlofte.Import.Structure;

/// <summary>
/// Maps blocks to a draft agreement by the vocabulary real agreements use (<see cref="HeadingVocabulary"/>): each
/// heading opens a section with a role, each block goes to that role's field, list items under the promise section
/// become commitments with their "Syfte:" and "Ansvar:" lines, and every sentence is recorded with the field it went to.
/// A block the importer cannot place is kept in an additional section under its published heading (MI1003).
/// </summary>
internal sealed class DraftBuilder
{
    private static readonly string[] CommitmentVerbs = [" ska ", " skall ", " kommer ", " lovar ", " åtar sig "];
    private static readonly string[] ImperativeStarts =
    [
        "Uppmärksamma", "Etablera", "Skapa", "Öka", "Minska", "Förebygga", "Stärka", "Utveckla", "Genomföra", "Arbeta",
        "Främja", "Motverka", "Förhindra", "Införa", "Fortsätta", "Verka",
    ];

    private readonly List<Block> _blocks;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<(string Text, int Line, Func<string> Pointer)> _placed = [];

    private readonly TextParts _introduction = new();
    private readonly TextParts _purpose = new();
    private readonly TextParts _situation = new();
    private readonly TextParts _followUp = new();
    private readonly TextParts _communication = new();
    private readonly TextParts _governance = new();
    private readonly Dictionary<SectionRole, string> _headings = [];
    private readonly List<(string Text, AgreementSection? Section)> _reservations = [];
    private readonly List<CommitmentDraft> _commitments = [];
    private readonly List<AreaDraft> _areas = [];
    private readonly List<GoalDraft> _goals = [];
    private readonly List<SectionDraft> _sections = [];
    private readonly List<SignatureDraft> _signatures = [];
    private readonly List<(string Party, string Value, string Wording)> _references = [];
    private readonly List<Contact> _contacts = [];

    private string _title = string.Empty;
    private string? _revisionClause;
    private ValidityPhrase.Found? _validity;
    private string? _validitySentence;
    private string? _commitmentsLeadIn;
    private int _index;
    private int _promiseLeadIns;
    private bool _prosePromises;
    private bool _hasPromiseSection;
    private string? _policeArea;
    private SectionRole _role = SectionRole.Introduction;
    private Block? _roleHeading;
    private AreaDraft? _area;
    private GoalDraft? _goal;
    private SectionDraft? _section;
    private SectionDraft? _leadIn;
    private CommitmentDraft? _commitment;
    private bool _awaitingText;
    private bool _cooperationAgreement;

    private DraftBuilder(IReadOnlyList<Block> blocks) => _blocks = [.. blocks];

    /// <summary>Builds the draft from the blocks.</summary>
    internal static (Agreement Draft, List<ImportedSentence> Sentences, List<Diagnostic> Diagnostics) Build(IReadOnlyList<Block> blocks)
    {
        var builder = new DraftBuilder(blocks);
        var draft = builder.Run();
        var sentences = builder._placed.Select(p => new ImportedSentence(p.Text, p.Pointer(), p.Line)).ToList();
        return (draft, sentences, builder._diagnostics);
    }

    private Agreement Run()
    {
        var signatureStart = SignatureStart();
        _promiseLeadIns = CountPromiseLeadIns(signatureStart);
        _hasPromiseSection = _promiseLeadIns > 0 || _blocks.Skip(1).Take(signatureStart).Any(b =>
            (b.Kind == BlockKind.Heading || (b.Text.Length <= 60 && (b.Text.EndsWith(':') || b.Text.EndsWith(';')))) && HeadingVocabulary.RoleOf(b.Text) == SectionRole.Promises
            || (b.Kind == BlockKind.Paragraph && LeadIn(b.Text, whole: false) is { } l && IsPromiseLeadIn(l)));
        for (var i = 0; i < signatureStart; i++)
        {
            _index = i;
            var block = _blocks[i];
            if (i == 0)
            {
                _title = block.Text;
                continue;
            }

            Walk(block);
        }

        var municipality = FindMunicipality();
        var police = FindPolice();
        ReadSignatures(signatureStart, municipality);
        if (_signatures.Count == 0)
        {
            SignaturesFromSentences();
        }

        FinishCommitments();
        return Assemble(municipality, police);
    }

    // The signature block: from the first place-and-date or "....." line after the last list item, to the end.
    private int SignatureStart()
    {
        var lastItem = -1;
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (_blocks[i].Kind == BlockKind.ListItem)
            {
                lastItem = i;
            }
        }

        for (var i = Math.Max(1, lastItem + 1); i < _blocks.Count; i++)
        {
            var t = _blocks[i].Text;
            if (SignatureLines.TryPlaceAndDate(t, out _, out _) || SignatureLines.IsPlaceholder(t)
                || (_blocks[i].Kind == BlockKind.Heading && HeadingVocabulary.RoleOf(t) == SectionRole.Signatures))
            {
                return i;
            }
        }

        return _blocks.Count;
    }

    private void Walk(Block block)
    {
        if (block.Kind == BlockKind.Heading || IsHeadingLine(block))
        {
            Heading(block);
            return;
        }

        var text = block.Text;
        if (_role == SectionRole.Introduction && block.Kind == BlockKind.Paragraph && text.StartsWith("Syftet ", StringComparison.Ordinal))
        {
            _role = SectionRole.Purpose; // "Syftet med medborgarlöftet är att …" opens the purpose without a heading
        }

        if (block.Kind == BlockKind.Paragraph && Special(block))
        {
            return;
        }

        if (block.Kind == BlockKind.Paragraph && _role is not (SectionRole.Promises or SectionRole.PriorityAreas or SectionRole.Goals)
            && NextIsListItem() && LeadIn(text, whole: false) is { } leadIn && IsPromiseLeadIn(leadIn))
        {
            OpenPromisesAt(block, leadIn);
            return;
        }

        if (_commitment is not null && block.Kind == BlockKind.Paragraph && Labelled(text, out var label, out var value))
        {
            var c = _commitment;
            if (label == "syfte")
            {
                c.Purpose = value;
                Place(block, text, () => $"/commitments/{c.Index}/purpose");
                return;
            }

            c.Responsible.Add(value);
            c.ResponsibilityWording = c.ResponsibilityWording is null ? text : c.ResponsibilityWording + "\n" + text;
            Place(block, text, () => $"/commitments/{c.Index}/responsibilityWording");
            return;
        }

        switch (_role)
        {
            case SectionRole.Promises or SectionRole.PriorityAreas:
                Promise(block);
                break;
            case SectionRole.Goals:
                Goal(block);
                break;
            case SectionRole.Introduction:
                AddTo(_introduction, block, "/introduction");
                break;
            case SectionRole.Purpose:
                AddTo(_purpose, block, "/purpose");
                break;
            case SectionRole.Situation:
                AddTo(_situation, block, "/situationPicture/summary");
                break;
            case SectionRole.FollowUp:
                AddTo(_followUp, block, "/followUpPlan/description");
                break;
            case SectionRole.Communication:
                AddTo(_communication, block, "/communication/description");
                break;
            case SectionRole.Governance:
                AddTo(_governance, block, "/governance/description");
                break;
            case SectionRole.Contact:
                ContactLine(block);
                break;
            default:
                ToSection(block);
                break;
        }
    }

    // "Medborgarlöften 2023-2024:", "Följ med hur det går:", "Syftet med medborgarlöften är att;": a short lead-in
    // line that the vocabulary knows opens its section, unless that section is already open.
    private bool IsHeadingLine(Block block)
    {
        var t = block.Text;
        if (block.Kind != BlockKind.Paragraph || t.Length > 60 || !(t.EndsWith(':') || t.EndsWith(';')))
        {
            return false;
        }

        var role = HeadingVocabulary.RoleOf(t);
        return role != SectionRole.Other && role != _role && !(role == SectionRole.Promises && _role == SectionRole.PriorityAreas);
    }

    private void Heading(Block block)
    {
        var role = HeadingVocabulary.RoleOf(block.Text);
        var numberedSection = _roleHeading?.Number is not null;
        if (role == SectionRole.Other && !_hasPromiseSection && block.Kind == BlockKind.Heading && _role is not (SectionRole.Promises or SectionRole.Goals))
        {
            // A document with no promise section ("Öka tryggheten …", "Trygg trafikmiljö"): its sections under headings the
            // vocabulary does not know are the areas of its promises.
            OpenRole(SectionRole.Promises, null);
        }

        var container = _role is SectionRole.Promises or SectionRole.PriorityAreas or SectionRole.Goals;
        var isSub = container && block.Kind == BlockKind.Heading && block.Level >= (_roleHeading?.Level ?? 0)
            && ((role == SectionRole.Other && !(numberedSection && block.Number is not null))
                || (numberedSection && block.Number is null && role is SectionRole.Situation or SectionRole.Purpose or SectionRole.Introduction));
        if (isSub)
        {
            _commitment = null;
            _awaitingText = false;
            if (_role == SectionRole.Goals)
            {
                _goal = new GoalDraft { Title = block.Text, Area = _areas.Find(a => Similar(a.Title, block.Text)) ?? AreaByPosition() };
                _goals.Add(_goal);
                var g = _goal;
                Place(block, block.Text, () => $"/goals/{g.Index}/title", sentence: false);
            }
            else
            {
                _area = new AreaDraft { Title = block.Text, Number = block.Number, InPromises = _role == SectionRole.Promises, Line = block.Line };
                _areas.Add(_area);
                var a = _area;
                Place(block, block.Text, () => a.Commitment is { } c ? $"/commitments/{c.Index}/title" : $"/priorityAreas/{a.Index}/title", sentence: false);
            }

            return;
        }

        OpenRole(role, block);
        if (block.Text.Contains("samverkansöverenskommelse", StringComparison.OrdinalIgnoreCase) && block.Kind == BlockKind.Heading)
        {
            _cooperationAgreement = true;
        }

        // "Syftet med medborgarlöften är att;" leads into its section's text; "Följ med hur det går:" is its heading.
        var sentenceLeadIn = block.Kind == BlockKind.Paragraph && (block.Text.EndsWith("att;", StringComparison.Ordinal) || block.Text.EndsWith("att:", StringComparison.Ordinal));
        if (role == SectionRole.Promises)
        {
            _prosePromises = IsProse(_index + 1);
        }

        if (HeadingKey(role) is { } key && !_headings.ContainsKey(role) && !sentenceLeadIn)
        {
            // The section's published heading, verbatim (format 1.1 headings); a lead-in line read as a heading too.
            var published = block.Number is null ? block.Text : block.Number + " " + block.Text;
            _headings[role] = published;
            Place(block, published, () => "/headings/" + key, sentence: false);
            return;
        }

        if (role == SectionRole.Other)
        {
            _section = new SectionDraft { Heading = block.Text };
            _sections.Add(_section);
            var s = _section;
            Place(block, block.Text, () => s.Index >= 0 ? $"/additionalSections/{s.Index}/heading" : string.Empty, sentence: false);
        }
        else if (block.Kind == BlockKind.Paragraph)
        {
            // A lead-in line read as a heading is still text of the source: kept where its section's text goes.
            Walk(block);
        }
    }

    private void Promise(Block block)
    {
        // "Kommunen lovar att:" after "Polisen lovar att:": the next group of promises.
        if (block.Kind == BlockKind.Paragraph && _promiseLeadIns >= 2 && NextIsListItem() && LeadIn(block.Text, whole: false) is { } group && NamesWhoPromises(group))
        {
            OpenPromisesAt(block, group);
            return;
        }

        // "Medborgarlöfte:", "Målsättning för 2020;": the line that leads into the list of promises (format 1.1 commitmentsLeadIn).
        if (block.Kind == BlockKind.Paragraph && !_awaitingText && NextIsListItem() && LeadIn(block.Text, whole: true) is { } line
            && (_commitmentsLeadIn is null || _commitmentsLeadIn == line))
        {
            _commitmentsLeadIn = line;
            _commitment = null;
            Place(block, line, () => "/commitmentsLeadIn");
            return;
        }

        if (block.Kind == BlockKind.ListItem)
        {
            var c = new CommitmentDraft { Number = block.Number, Area = _area, Line = block.Line };
            _commitments.Add(c);
            _commitment = c;
            if (block.Strong)
            {
                c.Title = block.Text;
                _awaitingText = true;
                Place(block, block.Text, () => $"/commitments/{c.Index}/title", sentence: false);
            }
            else
            {
                c.Text.Paragraph(block.Text);
                _awaitingText = false;
                Place(block, block.Text, () => $"/commitments/{c.Index}/text");
            }

            return;
        }

        if (_prosePromises && _area is null && block.Kind == BlockKind.Paragraph && ContainsCommitmentVerb(block.Text))
        {
            var p = new CommitmentDraft { Line = block.Line };
            p.Text.Paragraph(block.Text);
            _commitments.Add(p);
            Place(block, block.Text, () => $"/commitments/{p.Index}/text");
            _diagnostics.Add(Guess(ImportCodes.CommitmentFromSentence, $"Stycket lästes som ett åtagande: \"{Short(block.Text)}\".",
                $"The paragraph was read as a commitment: \"{Short(block.Text)}\".", block));
            return;
        }

        if (_commitment is { } current && _awaitingText)
        {
            current.Text.Paragraph(block.Text);
            Place(block, block.Text, () => $"/commitments/{current.Index}/text");
            return;
        }

        if (_area is { } area && _commitment is null)
        {
            area.Background.Add(block);
            foreach (var sentence in Sentences.Split(block.Text))
            {
                _placed.Add((sentence, block.Line, () => area.Commitment is { } c ? $"/commitments/{c.Index}/text"
                    : area.Promised.TryGetValue(sentence, out var own) ? $"/commitments/{own.Index}/text" : $"/priorityAreas/{area.Index}/background"));
            }

            return;
        }

        // Text of the promise section that is neither a commitment nor an area's background: its lead-in, kept under its heading.
        if (_leadIn is null)
        {
            _leadIn = new SectionDraft { Heading = _roleHeading?.Text.TrimEnd(':', ';') ?? "Medborgarlöfte" };
            _sections.Add(_leadIn);
        }

        _leadIn.Text.Add(block);
        var s = _leadIn;
        Place(block, block.Text, () => $"/additionalSections/{s.Index}/text");
        _diagnostics.Add(Guess(ImportCodes.KeptInSection, $"Stycket hölls under rubriken \"{s.Heading}\" som ett eget avsnitt: \"{Short(block.Text)}\".",
            $"The paragraph was kept under the heading \"{s.Heading}\" as an additional section: \"{Short(block.Text)}\".", block));
    }

    private void Goal(Block block)
    {
        if (_goal is null)
        {
            _goal = new GoalDraft { Area = AreaByPosition() };
            _goals.Add(_goal);
        }

        var g = _goal;
        foreach (var sentence in Sentences.Split(block.Text))
        {
            var followUp = sentence.Contains("följas upp", StringComparison.OrdinalIgnoreCase) || sentence.Contains("följs upp", StringComparison.OrdinalIgnoreCase)
                || sentence.Contains("värderas", StringComparison.OrdinalIgnoreCase);
            if (followUp)
            {
                g.FollowUp.Add(sentence);
                _placed.Add((sentence, block.Line, () => $"/goals/{g.Index}/followUp"));
            }
            else
            {
                g.Effect.Add(sentence);
                _placed.Add((sentence, block.Line, () => $"/goals/{g.Index}/effect"));
            }
        }
    }

    private void ContactLine(Block block)
    {
        var t = block.Text.Trim();
        if (_contacts.Count == 0)
        {
            _contacts.Add(new Contact());
        }

        var i = _contacts.Count - 1;
        var c = _contacts[i];
        if (t.Contains('@', StringComparison.Ordinal) && !t.Contains(' ', StringComparison.Ordinal))
        {
            _contacts[i] = c with { Email = t };
            Place(block, t, () => $"/contacts/{i}/email");
        }
        else if (t.Length > 5 && t.All(ch => char.IsDigit(ch) || ch is ' ' or '-' or '+' or '(' or ')'))
        {
            _contacts[i] = c with { Phone = t };
            Place(block, t, () => $"/contacts/{i}/phone");
        }
        else if (t.Split(',') is [var name, var role] && SignatureLines.IsName(name.Trim()))
        {
            _contacts[i] = c with
            {
                Name = name.Trim(),
                Role = new LocalizedText(role.Trim()),
                Party = role.Contains("polis", StringComparison.OrdinalIgnoreCase) ? PartyMentions.Police : null,
            };
            Place(block, t, () => $"/contacts/{i}/name");
        }
        else
        {
            ToSection(block);
        }
    }

    // Sentences that hold a field wherever they stand: diarienummer, validity, a revision clause, the police area.
    private bool Special(Block block)
    {
        var t = block.Text;
        if (t.StartsWith("Dnr", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Diarienummer", StringComparison.OrdinalIgnoreCase))
        {
            var colon = t.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var who = t.Substring(0, colon);
                var party = who.Contains("polis", StringComparison.OrdinalIgnoreCase) ? PartyMentions.Police : PartyMentions.Municipality;
                _references.Add((party, t.Substring(colon + 1).Trim(), t));
                var n = _references.Count - 1;
                Place(block, t, () => $"/referenceNumbers/{n}/wording", sentence: false);
                return true;
            }
        }

        var sentences = Sentences.Split(t);
        var special = sentences.Where(IsSpecialSentence).ToList();
        if (special.Count == 0)
        {
            return false;
        }

        foreach (var s in special)
        {
            if (ValidityPhrase.IsValiditySentence(s))
            {
                var first = _validitySentence is null;
                _validity ??= ValidityPhrase.Read(s);
                _validitySentence ??= s;
                _placed.Add((s, block.Line, () => first ? "/validity/sentence" : "/validity/wording"));
            }
            else if (ClauseSentences.IsReservation(s))
            {
                _reservations.Add((s, SectionOf(_role)));
                var n = _reservations.Count - 1;
                _placed.Add((s, block.Line, () => $"/reservations/{n}/text"));
                _diagnostics.Add(Guess(ImportCodes.KeptInSection, $"Meningen lästes som ett förbehåll: \"{Short(s)}\".",
                    $"The sentence was read as a reservation: \"{Short(s)}\".", block));
            }
            else if (IsRevisionClause(s))
            {
                _revisionClause = _revisionClause is null ? s : _revisionClause + " " + s;
                _placed.Add((s, block.Line, () => "/revision/clause"));
            }
            else
            {
                var at = s.IndexOf("polisområde ", StringComparison.OrdinalIgnoreCase);
                _policeArea = s.Substring(at + "polisområde ".Length).TrimEnd('.').Trim();
                _placed.Add((s, block.Line, () => "/parties/1/policeUnit/policeArea"));
            }
        }

        var rest = sentences.Where(s => !IsSpecialSentence(s)).ToList();
        if (rest.Count > 0)
        {
            Walk(block with { Text = string.Join(" ", rest) });
        }

        return true;
    }

    // The JSON name of a role's published heading (format 1.1 headings); an area container has none of its own.
    private static string? HeadingKey(SectionRole role) => role switch
    {
        SectionRole.Introduction => "introduction",
        SectionRole.Purpose => "purpose",
        SectionRole.Situation => "situationPicture",
        SectionRole.Promises => "commitments",
        SectionRole.Goals => "goals",
        SectionRole.FollowUp => "followUpPlan",
        SectionRole.Communication => "communication",
        SectionRole.Governance => "governance",
        SectionRole.Contact => "contacts",
        SectionRole.Validity => "validity",
        SectionRole.Signatures => "signatures",
        _ => null,
    };

    private static AgreementSection? SectionOf(SectionRole role) => role switch
    {
        SectionRole.Introduction => AgreementSection.Introduction,
        SectionRole.Purpose => AgreementSection.Purpose,
        SectionRole.Situation => AgreementSection.SituationPicture,
        SectionRole.Goals => AgreementSection.Goals,
        SectionRole.FollowUp => AgreementSection.FollowUpPlan,
        SectionRole.Communication => AgreementSection.Communication,
        SectionRole.Governance => AgreementSection.Governance,
        SectionRole.Validity => AgreementSection.Validity,
        _ => null, // the commitments, the format's default section of a reservation
    };

    // "Det här ska vi göra" followed by paragraphs only, no list and no sub-heading: each paragraph that promises is a commitment.
    private bool IsProse(int from)
    {
        for (var i = from; i < _blocks.Count; i++)
        {
            var b = _blocks[i];
            if (b.Kind == BlockKind.ListItem || (b.Kind == BlockKind.Heading && HeadingVocabulary.RoleOf(b.Text) == SectionRole.Other))
            {
                return false;
            }

            if (b.Kind == BlockKind.Heading || IsHeadingLine(b))
            {
                break;
            }
        }

        return true;
    }

    private bool NextIsListItem() => _index + 1 < _blocks.Count && _blocks[_index + 1].Kind == BlockKind.ListItem;

    // A line that leads into a list: the block's last sentence (or the whole block) ending in ":" or ";".
    private static string? LeadIn(string text, bool whole)
    {
        var sentences = Sentences.Split(text);
        if (sentences.Count == 0 || (whole && sentences.Count > 1))
        {
            return null;
        }

        var last = sentences[^1];
        return last.Length <= 100 && (last.EndsWith(':') || last.EndsWith(';')) ? last : null;
    }

    // "Polisen lovar att:", "Här är alla punkter:", "… formulerar följande gemensamma medborgarlöfte:": not "Syftet med
    // medborgarlöften är att;".
    private static bool IsPromiseLeadIn(string line) =>
        NamesWhoPromises(line) || line.Contains(" punkter", StringComparison.OrdinalIgnoreCase) || HeadingVocabulary.RoleOf(line) == SectionRole.Promises
        || (line.EndsWith(':') && (line.Contains(" följande ", StringComparison.OrdinalIgnoreCase) || line.TrimEnd(':').EndsWith("löfte", StringComparison.OrdinalIgnoreCase)
            || line.TrimEnd(':').EndsWith("löften", StringComparison.OrdinalIgnoreCase)));

    private static bool NamesWhoPromises(string line) =>
        line.Contains(" lovar ", StringComparison.OrdinalIgnoreCase) || line.Contains(" åtar sig ", StringComparison.OrdinalIgnoreCase);

    // "Polisen lovar att:", "Kommunen lovar att:": two or more such lead-ins are groups of promises (areas), one is the lead-in.
    private int CountPromiseLeadIns(int end)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < end; i++)
        {
            if (_blocks[i].Kind == BlockKind.Paragraph && _blocks[i + 1].Kind == BlockKind.ListItem
                && LeadIn(_blocks[i].Text, whole: false) is { } line && NamesWhoPromises(line))
            {
                seen.Add(line);
            }
        }

        return seen.Count;
    }

    // A new section: nothing of the one before (its area, goal, commitment, kept section) continues into it.
    private void OpenRole(SectionRole role, Block? heading)
    {
        _role = role;
        _roleHeading = heading;
        _area = null;
        _goal = null;
        _commitment = null;
        _awaitingText = false;
        _section = null;
        _leadIn = null;
    }

    // A promise list without a promise heading: "Polisen lovar i medborgarlöftet för 2022 att:", "Här är alla punkter:".
    private void OpenPromisesAt(Block block, string leadIn)
    {
        var sentences = Sentences.Split(block.Text);
        if (sentences.Count > 1)
        {
            Walk(block with { Text = string.Join(" ", sentences.Take(sentences.Count - 1)) });
        }

        OpenRole(SectionRole.Promises, null);
        if (_promiseLeadIns < 2 && (_commitmentsLeadIn is null || _commitmentsLeadIn == leadIn))
        {
            _commitmentsLeadIn = leadIn;
            _placed.Add((leadIn, block.Line, () => "/commitmentsLeadIn"));
            return;
        }

        _area = new AreaDraft { Title = leadIn, InPromises = true, Line = block.Line };
        _areas.Add(_area);
        var a = _area;
        _placed.Add((leadIn, block.Line, () => a.Commitment is { } c ? $"/commitments/{c.Index}/title" : $"/priorityAreas/{a.Index}/title"));
    }

    private static bool IsSpecialSentence(string s) =>
        ValidityPhrase.IsValiditySentence(s) || IsRevisionClause(s) || ClauseSentences.IsReservation(s)
        || (s.Contains(" ingår i polisområde ", StringComparison.OrdinalIgnoreCase) && s.Length < 80);

    private static bool IsRevisionClause(string s) => s.Contains("revideras", StringComparison.OrdinalIgnoreCase) && s.Length < 120;

    private static bool Labelled(string text, out string label, out string value)
    {
        foreach (var (prefix, name) in new[] { ("Syfte:", "syfte"), ("Ansvar:", "ansvar"), ("Ansvarig:", "ansvar"), ("Ansvariga:", "ansvar") })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                label = name;
                value = text.Substring(prefix.Length).Trim();
                return value.Length > 0;
            }
        }

        label = value = string.Empty;
        return false;
    }

    private void AddTo(TextParts field, Block block, string pointer)
    {
        field.Add(block);
        Place(block, block.Text, () => pointer);
    }

    private void ToSection(Block block)
    {
        if (_section is null)
        {
            _section = new SectionDraft { Heading = _roleHeading?.Text ?? _title };
            _sections.Add(_section);
        }

        var s = _section;
        s.Text.Add(block);
        Place(block, block.Text, () => $"/additionalSections/{s.Index}/text");
        if (_role != SectionRole.Other)
        {
            _diagnostics.Add(Guess(ImportCodes.KeptInSection, $"Texten hölls som ett eget avsnitt under \"{s.Heading}\": \"{Short(block.Text)}\".",
                $"The text was kept as an additional section under \"{s.Heading}\": \"{Short(block.Text)}\".", block));
        }
    }

    private void Place(Block block, string text, Func<string> pointer, bool sentence = true)
    {
        if (!sentence)
        {
            _placed.Add((text, block.Line, pointer));
            return;
        }

        foreach (var s in Sentences.Split(text))
        {
            _placed.Add((s, block.Line, pointer));
        }
    }

    private AreaDraft? AreaByPosition() => _goals.Count < _areas.Count ? _areas[_goals.Count] : null;

    private static bool Similar(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase) || a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);

    // Areas of the promise section without list items become commitments; areas elsewhere yield the sentences that promise.
    private void FinishCommitments()
    {
        foreach (var area in _areas)
        {
            var hasCommitments = _commitments.Any(c => c.Area == area);
            if (hasCommitments && area.InPromises && !area.Background.IsEmpty)
            {
                // "Polisen lovar att eftersträva …" before the area's list: a promise of its own.
                foreach (var sentence in Sentences.Split(area.Background.ToString()).Where(NamesWhoPromises))
                {
                    var c = new CommitmentDraft { Area = area, Line = area.Line };
                    c.Text.Paragraph(sentence);
                    _commitments.Add(c);
                    area.Promised[sentence] = c;
                    _diagnostics.Add(Guess(ImportCodes.CommitmentFromSentence, $"Meningen lästes som ett åtagande: \"{Short(sentence)}\".",
                        $"The sentence was read as a commitment: \"{Short(sentence)}\".", area.Line));
                }
            }

            if (hasCommitments || area.Background.IsEmpty)
            {
                continue;
            }

            var text = area.Background.ToString();
            if (area.InPromises && ContainsCommitmentVerb(text))
            {
                var c = new CommitmentDraft { Title = area.Title, Line = area.Line };
                c.Text.Paragraph(text);
                area.Commitment = c;
                _commitments.Add(c);
                _diagnostics.Add(Guess(ImportCodes.CommitmentFromSentence, $"Avsnittet \"{area.Title}\" lästes som ett åtagande.",
                    $"The section \"{area.Title}\" was read as a commitment.", area.Line));
            }
            else if (!area.InPromises)
            {
                foreach (var sentence in Sentences.Split(text))
                {
                    if (ContainsCommitmentVerb(sentence) || ImperativeStarts.Any(v => sentence.StartsWith(v + " ", StringComparison.Ordinal) || sentence.StartsWith(v + ",", StringComparison.Ordinal)))
                    {
                        var c = new CommitmentDraft { Area = area, Line = area.Line };
                        c.Text.Paragraph(sentence);
                        _commitments.Add(c);
                        _diagnostics.Add(Guess(ImportCodes.CommitmentFromSentence, $"Meningen lästes också som ett åtagande: \"{Short(sentence)}\".",
                            $"The sentence was also read as a commitment: \"{Short(sentence)}\".", area.Line));
                    }
                }
            }
        }

        // Document order: a commitment made from an area stands where the area stood.
        var ordered = _commitments.OrderBy(c => c.Line).ToList();
        _commitments.Clear();
        _commitments.AddRange(ordered);
    }

    private static bool ContainsCommitmentVerb(string text)
    {
        var t = " " + text + " ";
        return CommitmentVerbs.Any(v => t.Contains(v, StringComparison.OrdinalIgnoreCase));
    }

    private string? _municipalityName;

    private Municipality? FindMunicipality()
    {
        foreach (var block in _blocks.Prepend(new Block(BlockKind.Heading, _title)))
        {
            var words = block.Text.Split([' ', ',', '.', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < words.Length; i++)
            {
                if (words[i] is "kommun" or "kommuns" or "kommunen" && char.IsUpper(words[i - 1][0]))
                {
                    var candidate = i >= 2 && char.IsUpper(words[i - 2][0]) ? words[i - 2] + " " + words[i - 1] : null;
                    var published = candidate is not null && Municipalities.FindByName(candidate + " kommun") is not null ? candidate + " kommun" : words[i - 1] + " kommun";
                    var found = Municipalities.FindByName(published);
                    if (found is not null)
                    {
                        _municipalityName = published;
                        _diagnostics.Add(Guess(ImportCodes.MunicipalityFromName, $"Kommunen {found.Name} fick kommunkoden {found.Code} ur kodlistan.",
                            $"The municipality {found.Name} was given the code {found.Code} from the code list.", block));
                        return found;
                    }
                }
            }
        }

        // "Malå – medborgarlöften": the title names the municipality without "kommun".
        foreach (var word in _title.Split([' ', ',', '.', ':', ';', '(', ')', '–', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && char.IsUpper(word[0]) && word.All(char.IsLetter) && Municipalities.FindByName(word) is { } named
                && named.Name.Equals(word, StringComparison.Ordinal))
            {
                _diagnostics.Add(Guess(ImportCodes.MunicipalityFromName, $"Kommunen {named.Name} (kommunkod {named.Code}) lästes ur rubriken \"{_title}\".",
                    $"The municipality {named.Name} (code {named.Code}) was read from the title \"{_title}\".", 1));
                return named;
            }
        }

        _diagnostics.Add(Guess(ImportCodes.MunicipalityMissing, "Ingen kommun hittades i texten; utkastet har en platshållare.",
            "No municipality was found in the text; the draft has a placeholder.", 0));
        return null;
    }

    // "Lokalpolisområde Ängelholm", "lokalpolisområde Kungsbacka", "LPO Klippan": the published name and the area.
    private (string Name, string? Area) FindPolice()
    {
        (string, string?)? lower = null;
        foreach (var block in _blocks.Prepend(new Block(BlockKind.Heading, _title)))
        {
            var words = block.Text.Split([' ', ',', '.', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                var w = words[i];
                if ((w.Equals("lokalpolisområde", StringComparison.OrdinalIgnoreCase) || w == "LPO") && char.IsUpper(words[i + 1][0]))
                {
                    var name = w + " " + words[i + 1];
                    if (char.IsUpper(w[0]))
                    {
                        return (name, words[i + 1]);
                    }

                    lower ??= (char.ToUpperInvariant(name[0]) + name.Substring(1), words[i + 1]);
                }
            }
        }

        return lower ?? ("Polisen", null);
    }

    private void ReadSignatures(int start, Municipality? municipality)
    {
        string? place = null;
        LocalDate? date = null;
        string? pendingName = null;
        string? pendingParty = null;
        string? placeAndDate = null;
        for (var i = start; i < _blocks.Count; i++)
        {
            _index = i;
            var block = _blocks[i];
            var t = block.Text.Trim();
            if (SignatureLines.TryPlaceAndDate(t, out var p, out var d))
            {
                place = p;
                date = SignatureDate(d);
                placeAndDate = t; // published once, before the signature it dates
                var line = t;
                var at = _signatures.Count;
                Place(block, t, () => at < _signatures.Count && _signatures[at].PlaceAndDate == line ? $"/signatures/{at}/placeAndDate" : at < _signatures.Count ? $"/signatures/{at}/place" : "/revision/date", sentence: false);
                if (date is null)
                {
                    _diagnostics.Add(Guess(ImportCodes.SignatureDate, $"Datumet \"{d}\" kunde inte läsas.", $"The date \"{d}\" could not be read.", block));
                }

                continue;
            }

            if (SignatureLines.IsPlaceholder(t) || !Sentences.HasLetters(t))
            {
                continue;
            }

            if (SignatureLines.IsTitle(t))
            {
                var title = SignatureLines.WithoutActing(t, out var acting);
                var party = PartyOfTitle(title) ?? pendingParty ?? PartyMentions.Municipality;
                var last = new SignatureDraft { Party = party, Name = pendingName, Title = title, Acting = acting, Place = place, Date = date, PlaceAndDate = placeAndDate };
                placeAndDate = null;
                _signatures.Add(last);
                var n = _signatures.Count - 1;
                Place(block, t, () => $"/signatures/{n}/title", sentence: false);
                if (pendingName is not null)
                {
                    var nameBlock = _pendingNameBlock!;
                    Place(nameBlock, pendingName, () => $"/signatures/{n}/name", sentence: false);
                }

                pendingName = null;
                pendingParty = null;
                continue;
            }

            var lineParty = municipality is not null && Municipalities.IsNameOf(municipality, t) ? PartyMentions.Municipality
                : t.StartsWith("Lokalpolisområde", StringComparison.OrdinalIgnoreCase) || t.StartsWith("LPO ", StringComparison.Ordinal) || t == "Polisen" ? PartyMentions.Police
                : null;
            if (lineParty is not null && t.Split(' ').Length <= 4)
            {
                pendingParty = lineParty;
                var pointer = lineParty == PartyMentions.Municipality ? "/parties/0/name" : "/parties/1/name";
                Place(block, t, () => pointer, sentence: false);
                continue;
            }

            if (SignatureLines.IsName(t))
            {
                if (pendingName is not null)
                {
                    // Two names in a row: the first signs without a title.
                    _signatures.Add(new SignatureDraft { Party = pendingParty ?? PartyMentions.Municipality, Name = pendingName, Place = place, Date = date, PlaceAndDate = placeAndDate });
                    placeAndDate = null;
                    var n = _signatures.Count - 1;
                    Place(_pendingNameBlock!, pendingName, () => $"/signatures/{n}/name", sentence: false);
                }

                pendingName = t;
                _pendingNameBlock = block;
                continue;
            }

            // A sentence after the signatures ("Kungsbacka kommun ingår i polisområde Halland.") goes where it belongs.
            if (!Special(block))
            {
                ToSection(block);
            }
        }

        if (pendingName is not null)
        {
            _signatures.Add(new SignatureDraft { Party = pendingParty ?? PartyMentions.Municipality, Name = pendingName, Place = place, Date = date, PlaceAndDate = placeAndDate });
            var n = _signatures.Count - 1;
            Place(_pendingNameBlock!, pendingName, () => $"/signatures/{n}/name", sentence: false);
        }

    }

    private Block? _pendingNameBlock;

    // No signature block: signatories named in a sentence ("Löftet har undertecknats av …"); else the published copy
    // has no signature of either party (format 1.1 status "missing", which the validator reports as ML7007).
    private void SignaturesFromSentences()
    {
        foreach (var block in _blocks.Skip(1))
        {
            if (block.Kind == BlockKind.Heading)
            {
                continue;
            }

            foreach (var sentence in Sentences.Split(block.Text))
            {
                var signatories = SignaturePhrase.Read(sentence);
                foreach (var (title, name) in signatories)
                {
                    var party = PartyOfTitle(title ?? string.Empty) ?? PartyMentions.Municipality;
                    _signatures.Add(new SignatureDraft { Party = party, Name = name, Title = title });
                    _diagnostics.Add(Guess(ImportCodes.SignatureParty, $"Undertecknaren {name} lästes ur meningen \"{Short(sentence)}\" (part: {party}).",
                        $"The signatory {name} was read from the sentence \"{Short(sentence)}\" (party: {party}).", block) with { Pointer = $"/signatures/{_signatures.Count - 1}" });
                }

                if (signatories.Count > 0)
                {
                    return;
                }
            }
        }

        foreach (var party in new[] { PartyMentions.Municipality, PartyMentions.Police })
        {
            _signatures.Add(new SignatureDraft { Party = party, Status = SignatureStatus.Missing });
            _diagnostics.Add(Guess(ImportCodes.SignatureParty, $"Texten har ingen underskrift av {party}; den anges som saknad i den publicerade kopian.",
                $"The text has no signature of {party}; it is marked missing from the published copy.", 0) with { Pointer = $"/signatures/{_signatures.Count - 1}" });
        }
    }

    private static string? PartyOfTitle(string title)
    {
        var t = title.ToLowerInvariant();
        if (t.Contains("polis", StringComparison.Ordinal) || t.Contains("lpo", StringComparison.Ordinal))
        {
            return PartyMentions.Police;
        }

        return t.Contains("kommun", StringComparison.Ordinal) || t.Contains("ordf", StringComparison.Ordinal) ? PartyMentions.Municipality : null;
    }

    // "2023-12-11", "2023 0411", "2023 04 11", "12 mars 2024".
    private static LocalDate? SignatureDate(string text)
    {
        if (ValidityPhrase.Date(text.Replace(" ", string.Empty, StringComparison.Ordinal)) is { } iso)
        {
            return iso;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && SwedishMonths.Number(parts[1]) - 1 is var m and >= 0
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200
            && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, m + 1))
        {
            return new LocalDate(year, m + 1, day);
        }

        return null;
    }

    private Agreement Assemble(Municipality? municipality, (string Name, string? Area) police)
    {
        // Validity: a sentence that states it, else the title, else the first heading or text with a year.
        var validity = _validity;
        if (validity is null)
        {
            foreach (var text in _blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).Prepend(_title).Concat(_blocks.Select(b => b.Text)))
            {
                if (ValidityPhrase.Read(text) is { } found)
                {
                    validity = found;
                    break;
                }
            }

            var year = validity?.Start.Year ?? DateTime.UtcNow.Year;

            // "Inriktning för medborgarlöfte för perioden mars-maj": months without a year.
            validity ??= _blocks.Select(b => ValidityPhrase.MonthsIn(b.Text, year)).FirstOrDefault(f => f is not null);
            validity ??= new ValidityPhrase.Found(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), year.ToString(CultureInfo.InvariantCulture));
            _diagnostics.Add(Guess(ImportCodes.ValidityInferred, $"Ingen mening anger giltighetstiden; den lästes som \"{validity.Wording}\".",
                $"No sentence states the validity; it was read as \"{validity.Wording}\".", 0));
        }

        var municipalityName = municipality is null ? "Kommunen" : _municipalityName ?? PublishedMunicipalityName(municipality);
        var parties = new List<Party>
        {
            new()
            {
                Id = PartyMentions.Municipality,
                Type = PartyType.Municipality,
                Name = new LocalizedText(municipalityName),
                Identifiers = municipality is null ? null : new PartyIdentifiers { MunicipalityCode = municipality.Code },
            },
            new()
            {
                Id = PartyMentions.Police,
                Type = PartyType.Police,
                Name = new LocalizedText(police.Name),
                Identifiers = new PartyIdentifiers { OrganisationNumber = "202100-0076" },
                PoliceUnit = municipality is null && police.Area is null && _policeArea is null ? null : new PoliceUnit
                {
                    Region = municipality is null ? null : PoliceRegions.FindByCounty(municipality.CountyCode),
                    PoliceArea = _policeArea,
                    LocalPoliceArea = police.Area,
                },
            },
        };

        var index = 0;
        foreach (var c in _commitments)
        {
            c.Index = index++;
        }

        var commitments = new List<Commitment>();
        var partners = new List<Partner>();
        var targetId = 1;
        foreach (var c in _commitments)
        {
            var text = c.Text.IsEmpty ? c.Title ?? string.Empty : c.Text.ToString();
            var responsible = new List<string>();
            foreach (var sentence in Sentences.Split(text))
            {
                foreach (var party in PartyMentions.Responsible(sentence))
                {
                    if (!responsible.Contains(party))
                    {
                        responsible.Add(party);
                    }
                }
            }

            // "Polisen lovar att: – genomföra trafikkontroller …": an item without a subject is promised by its lead-in's.
            if (responsible.Count == 0 && (c.Area?.Title ?? (c.Area is null ? _commitmentsLeadIn : null)) is { } leadIn)
            {
                responsible.AddRange(PartyMentions.Responsible(leadIn));
            }

            var commitmentPartners = new List<string>();
            foreach (var (name, type) in PartnerMentions.In(text))
            {
                var partnerId = Slug(name);
                if (!partners.Exists(p => p.Id == partnerId))
                {
                    partners.Add(new Partner { Id = partnerId, Type = type, Name = new LocalizedText(name) });
                    _diagnostics.Add(Guess(ImportCodes.PartnerFromText, $"Åtagande {c.Index + 1}: \"{name}\" lästes som samverkanspartner (inte part).",
                        $"Commitment {c.Index + 1}: \"{name}\" was read as a partner (not a party).", c.Line) with { Pointer = $"/partners/{partners.Count - 1}" });
                }

                if (!commitmentPartners.Contains(partnerId))
                {
                    commitmentPartners.Add(partnerId);
                }
            }

            if (responsible.Count > 0)
            {
                _diagnostics.Add(Guess(ImportCodes.ResponsibleFromSubject, $"Åtagande {c.Index + 1}: ansvariga ({string.Join(", ", responsible)}) lästes ur meningens subjekt.",
                    $"Commitment {c.Index + 1}: responsible parties ({string.Join(", ", responsible)}) were read from the sentence's subject.", c.Line) with { Pointer = $"/commitments/{c.Index}/responsibleParties" });
            }

            var targets = new List<Target>();
            if (TargetPhrase.Parse(text) is { } parsed && parsed.Recurrence is { } recurrence)
            {
                // "vid minst två tillfällen under året" in a promise for 2019–2020: each year.
                if (recurrence == Recurrence.Once && parsed.PeriodWording is "under året" && validity.End is { } last && last.Year > validity.Start.Year)
                {
                    recurrence = Recurrence.PerYear;
                }

                var unit = CountedThing(text, parsed);
                var period = TargetPeriods.Of(parsed.PeriodWording, validity);
                targets.Add(new Target
                {
                    Id = "t" + targetId++.ToString(CultureInfo.InvariantCulture),
                    Kind = TargetKind.Quantitative,
                    Modality = parsed.Modality,
                    Comparator = parsed.Comparator,
                    Value = parsed.Value,
                    Unit = new LocalizedText(unit),
                    Recurrence = recurrence,
                    Occurrence = parsed.Occurrence is null ? null : new LocalizedText(parsed.Occurrence),
                    Period = period,
                    PeriodWording = parsed.PeriodWording is null || period is null ? null : new LocalizedText(parsed.PeriodWording),
                    Text = new LocalizedText(parsed.Phrase),
                });
                _diagnostics.Add(Guess(ImportCodes.TargetFromText, $"Åtagande {c.Index + 1}: målet \"{parsed.Phrase}\" lästes ur texten.",
                    $"Commitment {c.Index + 1}: the target \"{parsed.Phrase}\" was read from the text.", c.Line) with { Pointer = $"/commitments/{c.Index}/targets/0" });
            }

            commitments.Add(new Commitment
            {
                Id = "c" + (c.Index + 1).ToString(CultureInfo.InvariantCulture),
                Number = c.Number is { } number && number.Contains('.', StringComparison.Ordinal) ? number : null,
                PriorityArea = c.Area is { Commitment: null } ? AreaId(c.Area) : null,
                Title = c.Title is not null && !c.Text.IsEmpty ? new LocalizedText(c.Title) : null,
                Text = new LocalizedText(text),
                ResponsibleParties = [.. responsible.Select(r => r)],
                ResponsibleDepartments = [.. c.Responsible.Select(r => new LocalizedText(r))],
                ResponsibilityWording = c.ResponsibilityWording is null ? null : new LocalizedText(c.ResponsibilityWording),
                Partners = [.. commitmentPartners],
                Purpose = c.Purpose is null ? null : new LocalizedText(c.Purpose),
                Targets = [.. targets],
            });
        }


        var areas = _areas.Where(a => a.Commitment is null).ToList();
        for (var i = 0; i < areas.Count; i++)
        {
            areas[i].Index = i;
        }

        for (var i = 0; i < _goals.Count; i++)
        {
            _goals[i].Index = i;
        }

        var sections = _sections.Where(s => !s.Text.IsEmpty).ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].Index = i;
        }

        var years = validity.End is { } end && end.Year != validity.Start.Year
            ? $"{validity.Start.Year}-{end.Year}" : validity.Start.Year.ToString(CultureInfo.InvariantCulture);
        var id = (municipality is null ? "medborgarlofte" : Slug(municipality.Name)) + "-" + years;
        _diagnostics.Add(Guess(ImportCodes.IdentityMade, $"Utkastets id \"{id}\" gjordes av kommunens namn och åren.", $"The draft's id \"{id}\" was made from the municipality's name and the years.", 0));

        return new Agreement
        {
            Id = id,
            Kind = _cooperationAgreement ? AgreementKind.PromiseAndCooperationAgreement : AgreementKind.Promise,
            Title = new LocalizedText(_title),
            Introduction = Text(_introduction),
            Purpose = Text(_purpose),
            Validity = new Validity
            {
                Start = validity.Start,
                End = validity.End,
                Wording = new LocalizedText(validity.Wording),
                StartInferred = !validity.StartStated,
                Sentence = _validitySentence is null ? null : new LocalizedText(_validitySentence),
                Renewal = FindRenewal(),
            },
            Revision = new Revision
            {
                Number = 1,
                Status = RevisionStatus.Draft,
                Clause = _revisionClause is null ? null : new LocalizedText(_revisionClause),
            },
            Parties = [.. parties],
            Partners = [.. partners],
            ReferenceNumbers = [.. _references.Select(r => new ReferenceNumber { Party = r.Party, Value = r.Value, Wording = new LocalizedText(r.Wording) })],
            SituationPicture = SituationPicture(),
            PriorityAreas = [.. areas.Select(a => new PriorityArea
            {
                Id = AreaId(a),
                Number = a.Number,
                Title = new LocalizedText(a.Title),
                Background = a.Promised.Count == 0 ? Text(a.Background) : Without(a.Background.ToString(), a.Promised.Keys),
                Themes = [.. Codes(CodeMentions.Themes(a.Title + " " + a.Background), $"/priorityAreas/{a.Index}/themes", a.Line)],
            })],
            CommitmentsLeadIn = _commitmentsLeadIn is null ? null : new LocalizedText(_commitmentsLeadIn),
            Commitments = [.. commitments],
            Reservations = [.. _reservations.Select((r, i) => new Reservation
            {
                Id = "r" + (i + 1).ToString(CultureInfo.InvariantCulture),
                Text = new LocalizedText(r.Text),
                Section = r.Section,
            })],
            Goals = [.. _goals.Where(g => g.Effect.Count > 0).Select(g => new Goal
            {
                Id = "g" + (g.Index + 1).ToString(CultureInfo.InvariantCulture),
                PriorityArea = g.Area is { Commitment: null } ? AreaId(g.Area) : null,
                Title = g.Title is null ? null : new LocalizedText(g.Title),
                Effect = new LocalizedText(string.Join(" ", g.Effect)),
                FollowUp = g.FollowUp.Count == 0 ? null : new LocalizedText(string.Join(" ", g.FollowUp)),
            })],
            FollowUpPlan = FollowUpPlan(validity),
            Communication = _communication.IsEmpty ? null : new Communication
            {
                Description = Text(_communication),
                Channels = [.. CodeMentions.Channels(_communication.ToString()).Select((ch, i) =>
                {
                    _diagnostics.Add(Guess(ImportCodes.CodeFromText, $"Kanalen {ch.Type} lästes ur texten om hur arbetet följs.",
                        $"The channel {ch.Type} was read from the text on following the work.", 0) with { Pointer = $"/communication/channels/{i}" });
                    return new CommunicationChannel { Type = ch.Type, Owner = ch.Owner };
                })],
            },
            Governance = _governance.IsEmpty ? null : new Governance { Description = Text(_governance) },
            Contacts = [.. _contacts],
            Signatures = [.. _signatures.Select(s => new Signature
            {
                Party = s.Party,
                Name = s.Name,
                Title = s.Title is null ? null : new LocalizedText(s.Title),
                Acting = s.Acting,
                Place = s.Place,
                Date = s.Date,
                PlaceAndDate = s.PlaceAndDate,
                Status = s.Status,
            })],
            Headings = new Headings
            {
                Introduction = Heading(SectionRole.Introduction),
                Purpose = Heading(SectionRole.Purpose),
                SituationPicture = Heading(SectionRole.Situation),
                Commitments = Heading(SectionRole.Promises),
                Goals = Heading(SectionRole.Goals),
                FollowUpPlan = Heading(SectionRole.FollowUp),
                Communication = Heading(SectionRole.Communication),
                Governance = Heading(SectionRole.Governance),
                Contacts = Heading(SectionRole.Contact),
                Validity = Heading(SectionRole.Validity),
                Signatures = Heading(SectionRole.Signatures),
                Exhaustive = true, // every heading of the source is here or heads an additional section
            },
            AdditionalSections = [.. sections.Select(s => new Section { Heading = new LocalizedText(s.Heading), Text = new LocalizedText(s.Text.ToString()) })],
        };
    }

    private LocalizedText? Heading(SectionRole role) => _headings.TryGetValue(role, out var h) ? new LocalizedText(h) : null;

    private IEnumerable<string> AllSentences() =>
        _blocks.Skip(1).Where(b => b.Kind != BlockKind.Heading).SelectMany(b => Sentences.Split(b.Text));

    private Renewal? FindRenewal()
    {
        foreach (var sentence in AllSentences())
        {
            if (ValidityPhrase.Renewal(sentence) is { } r)
            {
                _diagnostics.Add(Guess(ImportCodes.ValidityInferred, $"Förnyelsen \"{r.Wording}\" lästes som {r.Cadence}.",
                    $"The renewal \"{r.Wording}\" was read as {r.Cadence}.", 0) with { Pointer = "/validity/renewal" });
                return new Renewal { Cadence = r.Cadence, Wording = new LocalizedText(r.Wording) };
            }
        }

        return null;
    }

    private FollowUpPlan? FollowUpPlan(ValidityPhrase.Found validity)
    {
        PlannedEvaluation? evaluation = null;
        foreach (var sentence in AllSentences())
        {
            if (ClauseSentences.EvaluationDue(sentence, validity.End) is { } due)
            {
                evaluation = new PlannedEvaluation { Due = due, Wording = new LocalizedText(sentence) };
                _diagnostics.Add(Guess(ImportCodes.ValidityInferred, $"Utvärderingen ska vara klar {due:yyyy-MM-dd} enligt \"{Short(sentence)}\".",
                    $"The evaluation is due {due:yyyy-MM-dd} by \"{Short(sentence)}\".", 0) with { Pointer = "/followUpPlan/evaluation" });
                break;
            }
        }

        return _followUp.IsEmpty && evaluation is null ? null : new FollowUpPlan { Description = Text(_followUp), Evaluation = evaluation };
    }

    // The lägesbild's sources (named where the text says what the promise rests on) and findings (its sentences that name a problem).
    private SituationPicture? SituationPicture()
    {
        var types = new List<string>();
        foreach (var sentence in (_situation.IsEmpty ? [] : Sentences.Split(_situation.ToString())).Concat(AllSentences().Where(IsBasisSentence)))
        {
            foreach (var type in CodeMentions.Sources(sentence))
            {
                if (!types.Contains(type))
                {
                    types.Add(type);
                }
            }
        }

        var sources = Codes(types, "/situationPicture/sources", 0).Select(t => new Source { Id = t, Type = t }).ToList();
        var findings = new List<Finding>();
        foreach (var sentence in _situation.IsEmpty ? [] : Sentences.Split(_situation.ToString()))
        {
            if (IsFinding(sentence))
            {
                var named = CodeMentions.Sources(sentence).Where(types.Contains).ToList();
                findings.Add(new Finding
                {
                    Id = "f" + (findings.Count + 1).ToString(CultureInfo.InvariantCulture),
                    Text = new LocalizedText(sentence),
                    Sources = [.. named],
                    Themes = [.. CodeMentions.Themes(sentence)],
                });
                _diagnostics.Add(Guess(ImportCodes.CodeFromText, $"Meningen lästes som en iakttagelse i lägesbilden: \"{Short(sentence)}\".",
                    $"The sentence was read as a finding of the situation picture: \"{Short(sentence)}\".", 0) with { Pointer = $"/situationPicture/findings/{findings.Count - 1}" });
            }
        }

        return _situation.IsEmpty && sources.Count == 0 ? null
            : new SituationPicture { Summary = Text(_situation), Sources = [.. sources], Findings = [.. findings] };
    }

    private static bool IsBasisSentence(string s) =>
        s.Contains("grundar sig", StringComparison.OrdinalIgnoreCase) || s.Contains("tagits fram", StringComparison.OrdinalIgnoreCase)
        || s.Contains("baseras på", StringComparison.OrdinalIgnoreCase) || s.Contains("underlag", StringComparison.OrdinalIgnoreCase)
        || s.Contains("utformats utifrån", StringComparison.OrdinalIgnoreCase) || s.Contains("bygger på", StringComparison.OrdinalIgnoreCase)
        || s.Contains("hämtats från", StringComparison.OrdinalIgnoreCase) || s.Contains("lägesbilden omfattar", StringComparison.OrdinalIgnoreCase);

    private static bool IsFinding(string s)
    {
        var l = " " + s.ToLowerInvariant();
        string[] problem = [" oro", " otrygg", " ökning", " ökat", " ökar ", " ökande", " kvarstår", " problem", " signalerar", " konstaterar"];
        return problem.Any(p => l.Contains(p, StringComparison.Ordinal));
    }

    // Each code read from words is a guess for a person to review (MI1012).
    private List<string> Codes(List<string> codes, string pointer, int line)
    {
        foreach (var code in codes)
        {
            _diagnostics.Add(Guess(ImportCodes.CodeFromText, $"Koden {code} lästes ur texten.", $"The code {code} was read from the text.", line) with { Pointer = pointer });
        }

        return codes;
    }

    // "2 gånger", "sex tillfällen": what is counted is the activity named beside them ("trygghetsvandringar", "föreläsningar").
    private static string CountedThing(string text, ParsedTarget parsed)
    {
        if (parsed.Unit is not ("gånger" or "tillfällen"))
        {
            return parsed.Unit;
        }

        var before = text.Substring(0, parsed.Start).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var after = text.Substring(parsed.Start + parsed.Phrase.Length).Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        // "vid minst sex tillfällen per år kommer det att genomföras en särskild ungdomsinsats": the activity held each time.
        for (var k = 0; k + 1 < Math.Min(after.Length, 10); k++)
        {
            if (after[k] is "en" or "ett")
            {
                var noun = k + 2 < after.Length && TargetPhrase.IsCountedActivity(after[k + 2]) ? after[k + 1] + " " + after[k + 2] : after[k + 1];
                if (TargetPhrase.IsCountedActivity(noun))
                {
                    return TargetPhrase.PluralPhrase(noun);
                }
            }
        }

        static bool Plural(string w) => w.Length > 6 && char.IsLower(w[0]) && (w.EndsWith("ar", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal));
        // "genomföra särskilda trafikinsatser": a plural adjective before the noun is part of what is counted.
        static bool PluralAdjective(string w) => w.Length > 3 && char.IsLower(w[0])
            && (w.EndsWith("samma", StringComparison.Ordinal) || w.EndsWith("ilda", StringComparison.Ordinal) || w.EndsWith("iska", StringComparison.Ordinal)
                || w.EndsWith("ade", StringComparison.Ordinal) || w.EndsWith("iga", StringComparison.Ordinal) || w is "nya" or "stora" or "extra");
        for (var k = 0; k < Math.Min(after.Length, 3); k++)
        {
            if (Plural(after[k]))
            {
                return k > 0 && PluralAdjective(after[k - 1]) ? after[k - 1] + " " + after[k] : after[k];
            }
        }

        for (var i = before.Length - 1; i >= Math.Max(0, before.Length - 6); i--)
        {
            if (Plural(before[i]))
            {
                return before[i];
            }
        }

        return parsed.Unit;
    }

    // The text without the sentences that became commitments of their own; an emptied paragraph goes too.
    private static LocalizedText? Without(string text, IEnumerable<string> sentences)
    {
        var moved = new HashSet<string>(sentences, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var kept = string.Join(" ", Sentences.Split(line).Where(s => !moved.Contains(s)));
            if (line.Length == 0 ? lines.Count > 0 && lines[^1].Length > 0 : kept.Length > 0)
            {
                lines.Add(line.Length == 0 ? line : (line.StartsWith("- ", StringComparison.Ordinal) ? "- " : string.Empty) + kept);
            }
        }

        var result = string.Join("\n", lines).Trim('\n');
        return result.Length == 0 ? null : new LocalizedText(result);
    }

    private static string AreaId(AreaDraft area) => "pa" + (area.Index + 1).ToString(CultureInfo.InvariantCulture);

    private static LocalizedText? Text(TextParts parts) => parts.IsEmpty ? null : new LocalizedText(parts.ToString());

    // "Båstads kommun", but "Malå kommun", "Fagersta kommun", "Höganäs kommun": no genitive s after a vowel or s, x, z.
    private static string PublishedMunicipalityName(Municipality m) =>
        "sxzaeiouyåäö".Contains(char.ToLowerInvariant(m.Name[^1]), StringComparison.Ordinal) ? $"{m.Name} kommun" : $"{m.Name}s kommun";

    private static string Slug(string name)
    {
        var b = new System.Text.StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            var mapped = c switch
            {
                'å' or 'ä' => 'a',
                'ö' => 'o',
                'é' => 'e',
                ' ' or '-' => '-',
                _ when char.IsAsciiLetterOrDigit(c) => c,
                _ => '\0',
            };
            if (mapped != '\0')
            {
                b.Append(mapped);
            }
        }

        return b.ToString();
    }

    private static string Short(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    private static Diagnostic Guess(string code, string swedish, string english, Block block) => Guess(code, swedish, english, block.Line);

    private static Diagnostic Guess(string code, string swedish, string english, int line) =>
        new(code, DiagnosticSeverity.Warning, string.Empty, new LocalizedText(swedish, english)) { Line = line > 0 ? line : null };

    private sealed class CommitmentDraft
    {
        internal string? Number { get; init; }

        internal string? Title { get; set; }

        internal TextParts Text { get; } = new();

        internal string? Purpose { get; set; }

        internal List<string> Responsible { get; } = [];

        internal string? ResponsibilityWording { get; set; }

        internal AreaDraft? Area { get; init; }

        internal int Line { get; init; }

        internal int Index { get; set; }
    }

    private sealed class AreaDraft
    {
        internal required string Title { get; init; }

        internal string? Number { get; init; }

        internal TextParts Background { get; } = new();

        /// <summary>Gets the background's sentences that were read as commitments of their own.</summary>
        internal Dictionary<string, CommitmentDraft> Promised { get; } = new(StringComparer.Ordinal);

        internal bool InPromises { get; init; }

        internal CommitmentDraft? Commitment { get; set; }

        internal int Line { get; init; }

        internal int Index { get; set; }
    }

    private sealed class GoalDraft
    {
        internal string? Title { get; init; }

        internal AreaDraft? Area { get; init; }

        internal List<string> Effect { get; } = [];

        internal List<string> FollowUp { get; } = [];

        internal int Index { get; set; }
    }

    private sealed class SectionDraft
    {
        internal required string Heading { get; init; }

        internal TextParts Text { get; } = new();

        internal int Index { get; set; } = -1;
    }

    private sealed class SignatureDraft
    {
        internal required string Party { get; init; }

        internal string? Name { get; init; }

        internal string? Title { get; init; }

        internal bool Acting { get; init; }

        internal string? Place { get; init; }

        internal LocalDate? Date { get; init; }

        internal string? PlaceAndDate { get; init; }

        internal SignatureStatus? Status { get; init; }
    }
}
