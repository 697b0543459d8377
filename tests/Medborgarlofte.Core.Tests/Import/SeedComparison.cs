using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Medborgarlofte.Import;
using Medborgarlofte.Import.Blocks;
using Medborgarlofte.Import.Structure;
using Medborgarlofte.Json;

namespace Medborgarlofte.Tests.Import;

/// <summary>
/// Compares an imported draft with the hand-made example of the same agreement, field by field: sentences accounted
/// for, commitments (count and verbatim text), responsible parties, quantitative targets (comparator, value,
/// recurrence, unit), parties (type, name, code, police area, region), validity (start, end) and signatures (party,
/// name, title, acting, place, date); and the fields of format 1.1 that hold what was published (validity sentence,
/// inferred start, renewal; target modality, occurrence, period; partners; headings; lead-in; reservations; evaluation;
/// place-and-date line and signature status; "Dnr" and "Ansvar:" lines) and the codes read from words (channels,
/// sources, findings, themes).
/// </summary>
/// <remarks>
/// A 1.1 field that says what the library would write anyway is compared by what it renders: an example without
/// <c>headings.introduction</c> is rendered "Inledning", so a draft that keeps the published "Inledning" matches it.
/// An optional field is compared where the example or the draft has it, so a field the draft invents is a miss too.
/// </remarks>
internal sealed class SeedComparison
{
    private readonly Dictionary<string, (int Matched, int Total)> _fields = new(StringComparer.Ordinal);

    internal List<string> Misses { get; } = [];

    internal IReadOnlyDictionary<string, (int Matched, int Total)> Fields => _fields;

    internal static SeedComparison Compare(ImportResult result, Agreement expected)
    {
        var c = new SeedComparison();
        c.Sentences(result);
        var draft = result.Draft!;
        c.Count("commitments.count", draft.Commitments.Count == expected.Commitments.Count, $"{draft.Commitments.Count} commitments, expected {expected.Commitments.Count}");
        for (var i = 0; i < expected.Commitments.Count; i++)
        {
            var e = expected.Commitments[i];
            var d = i < draft.Commitments.Count ? draft.Commitments[i] : null;
            c.Count("commitments.text", d?.Text.Swedish == e.Text.Swedish, $"commitment {i + 1} text: {Short(d?.Text.Swedish)} | expected {Short(e.Text.Swedish)}");
            var er = e.ResponsibleParties.OrderBy(x => x, StringComparer.Ordinal).ToList();
            var dr = d?.ResponsibleParties.OrderBy(x => x, StringComparer.Ordinal).ToList() ?? [];
            c.Count("responsibleParties", er.SequenceEqual(dr), $"commitment {i + 1} responsible: [{string.Join(",", dr)}] expected [{string.Join(",", er)}]");
            c.Optional("commitments.responsibilityWording", d?.ResponsibilityWording?.Swedish, e.ResponsibilityWording?.Swedish, $"commitment {i + 1}");
            c.Names("commitments.partners", Names(d?.Partners ?? [], draft), Names(e.Partners, expected), $"commitment {i + 1}");
            var et = e.Targets.Where(t => t.Kind == TargetKind.Quantitative).ToList();
            var dt = d?.Targets.Where(t => t.Kind == TargetKind.Quantitative).ToList() ?? [];
            for (var k = 0; k < et.Count; k++)
            {
                var x = k < dt.Count ? dt[k] : null;
                c.Count("targets.comparator", x?.Comparator == et[k].Comparator, $"commitment {i + 1} target comparator {x?.Comparator} expected {et[k].Comparator}");
                c.Count("targets.value", x?.Value == et[k].Value, $"commitment {i + 1} target value {x?.Value} expected {et[k].Value}");
                c.Count("targets.recurrence", x?.Recurrence == et[k].Recurrence, $"commitment {i + 1} target recurrence {x?.Recurrence} expected {et[k].Recurrence}");
                c.Count("targets.unit", x?.Unit?.Swedish == et[k].Unit?.Swedish, $"commitment {i + 1} target unit {x?.Unit?.Swedish} expected {et[k].Unit?.Swedish}");
                c.Optional("targets.modality", x?.Modality?.ToString(), et[k].Modality?.ToString(), $"commitment {i + 1} target");
                c.Optional("targets.occurrence", x?.Occurrence?.Swedish, et[k].Occurrence?.Swedish, $"commitment {i + 1} target");
                c.Optional("targets.period", x?.Period?.ToString(), et[k].Period?.ToString(), $"commitment {i + 1} target");
                c.Optional("targets.periodWording", x?.PeriodWording?.Swedish, et[k].PeriodWording?.Swedish, $"commitment {i + 1} target");
            }

            // A target the example does not have is a miss too: it would count something nobody promised.
            for (var k = et.Count; k < dt.Count; k++)
            {
                c.Count("targets.comparator", false, $"commitment {i + 1}: extra target \"{dt[k].Text?.Swedish}\"");
            }
        }

        foreach (var e in expected.Parties)
        {
            var d = draft.Parties.FirstOrDefault(p => p.Id == e.Id);
            c.Count("parties.type", d?.Type == e.Type, $"party {e.Id} type {d?.Type}");
            c.Count("parties.name", d?.Name.Swedish == e.Name.Swedish, $"party {e.Id} name {d?.Name.Swedish} expected {e.Name.Swedish}");
            c.Count("parties.code", d?.Identifiers?.MunicipalityCode == e.Identifiers?.MunicipalityCode, $"party {e.Id} code {d?.Identifiers?.MunicipalityCode}");
            c.Count("parties.localPoliceArea", d?.PoliceUnit?.LocalPoliceArea == e.PoliceUnit?.LocalPoliceArea, $"party {e.Id} local police area {d?.PoliceUnit?.LocalPoliceArea} expected {e.PoliceUnit?.LocalPoliceArea}");
            c.Count("parties.region", d?.PoliceUnit?.Region == e.PoliceUnit?.Region, $"party {e.Id} region {d?.PoliceUnit?.Region}");
        }

        c.Count("parties.count", draft.Parties.Count == expected.Parties.Count, $"{draft.Parties.Count} parties, expected {expected.Parties.Count}");
        c.Count("validity.start", draft.Validity.Start == expected.Validity.Start, $"validity start {draft.Validity.Start} expected {expected.Validity.Start}");
        c.Count("validity.end", draft.Validity.End == expected.Validity.End, $"validity end {draft.Validity.End} expected {expected.Validity.End}");
        c.Count("validity.startInferred", draft.Validity.StartInferred == expected.Validity.StartInferred, $"validity startInferred {draft.Validity.StartInferred} expected {expected.Validity.StartInferred}");
        if (draft.Validity.Sentence is not null || expected.Validity.Sentence is not null)
        {
            c.Optional("validity.sentence", ValiditySentence(draft), ValiditySentence(expected), "validity");
        }

        c.Optional("validity.renewal", Renewal(draft.Validity.Renewal), Renewal(expected.Validity.Renewal), "validity");
        c.Optional("commitmentsLeadIn", draft.CommitmentsLeadIn?.Swedish, expected.CommitmentsLeadIn?.Swedish, "lead-in");
        c.Names("partners", Names(draft.Partners.Select(p => p.Id), draft), Names(expected.Partners.Select(p => p.Id), expected), "agreement");
        c.Names("reservations", [.. draft.Reservations.Select(r => r.Text.Swedish + " @" + r.Section)], [.. expected.Reservations.Select(r => r.Text.Swedish + " @" + r.Section)], "agreement");
        c.Optional("followUpPlan.evaluation", Evaluation(draft), Evaluation(expected), "follow-up");
        foreach (var section in Enum.GetValues<AgreementSection>())
        {
            if (draft.Headings?.For(section) is not null || expected.Headings?.For(section) is not null)
            {
                c.Optional("headings", Heading(draft, section), Heading(expected, section), section.ToString());
            }
        }

        for (var i = 0; i < expected.ReferenceNumbers.Count; i++)
        {
            var e = expected.ReferenceNumbers[i];
            var d = draft.ReferenceNumbers.FirstOrDefault(r => r.Party == e.Party && r.Value == e.Value);
            c.Count("referenceNumbers.wording", d is not null && Wording(d) == Wording(e), $"reference {e.Value} wording {(d is null ? "(none)" : Wording(d))} expected {Wording(e)}");
        }

        c.Names("communication.channels", [.. draft.Communication?.Channels.Select(ch => ch.Type + "/" + ch.Owner) ?? []], [.. expected.Communication?.Channels.Select(ch => ch.Type + "/" + ch.Owner) ?? []], "communication");
        c.Names("situationPicture.sources", [.. draft.SituationPicture?.Sources.Select(x => x.Type).Distinct() ?? []], [.. expected.SituationPicture?.Sources.Select(x => x.Type).Distinct() ?? []], "situation picture");
        c.Names("situationPicture.findings", [.. draft.SituationPicture?.Findings.Select(f => f.Text.Swedish) ?? []], [.. expected.SituationPicture?.Findings.Select(f => f.Text.Swedish) ?? []], "situation picture");
        for (var i = 0; i < Math.Max(expected.PriorityAreas.Count, draft.PriorityAreas.Count); i++)
        {
            var e = i < expected.PriorityAreas.Count ? expected.PriorityAreas[i] : null;
            var d = e is null ? draft.PriorityAreas[i] : draft.PriorityAreas.FirstOrDefault(a => a.Title.Swedish == e.Title.Swedish) ?? (i < draft.PriorityAreas.Count ? draft.PriorityAreas[i] : null);
            c.Names("priorityAreas.themes", [.. d?.Themes ?? []], [.. e?.Themes ?? []], $"area {i + 1}");
        }

        c.Count("signatures.count", draft.Signatures.Count == expected.Signatures.Count, $"{draft.Signatures.Count} signatures, expected {expected.Signatures.Count}");
        for (var i = 0; i < expected.Signatures.Count; i++)
        {
            var e = expected.Signatures[i];
            var d = i < draft.Signatures.Count ? draft.Signatures[i] : null;
            c.Count("signatures.party", d?.Party == e.Party, $"signature {i + 1} party {d?.Party} expected {e.Party}");
            c.Count("signatures.name", d?.Name == e.Name, $"signature {i + 1} name {d?.Name} expected {e.Name}");
            c.Count("signatures.title", d?.Title?.Swedish == e.Title?.Swedish, $"signature {i + 1} title {d?.Title?.Swedish} expected {e.Title?.Swedish}");
            c.Count("signatures.acting", d?.Acting == e.Acting, $"signature {i + 1} acting {d?.Acting}");
            c.Count("signatures.place", d?.Place == e.Place, $"signature {i + 1} place {d?.Place} expected {e.Place}");
            c.Count("signatures.date", d?.Date == e.Date, $"signature {i + 1} date {d?.Date} expected {e.Date}");
            c.Count("signatures.status", Status(d) == Status(e), $"signature {i + 1} status {Status(d)} expected {Status(e)}");
            if (d?.PlaceAndDate is not null || e.PlaceAndDate is not null)
            {
                c.Optional("signatures.placeAndDate", PlaceAndDate(d), PlaceAndDate(e), $"signature {i + 1}");
            }
        }

        return c;
    }

    /// <summary>Imports a document and compares the draft with the example of the same agreement.</summary>
    internal static SeedComparison Import(byte[] content, string fileName, string example)
    {
        var result = AgreementImporter.Import(content, fileName);
        Xunit.Assert.True(result.Draft is not null, fileName + ": " + string.Join("\n", result.Diagnostics));
        var expected = AgreementJson.Read(System.IO.File.ReadAllBytes(Medborgarlofte.Tests.Support.Repository.PathOf("examples", example + ".json"))).GetValueOrThrow();
        return Compare(result, expected);
    }

    /// <summary>The figures per field and per document as a Markdown table (docs/import.md quotes it), then every miss.</summary>
    internal static (string Table, (int Matched, int Total) Others) Table(List<(string Name, SeedComparison Comparison)> rows)
    {
        var fields = rows.SelectMany(r => r.Comparison.Fields.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(IsCode).ThenBy(f => f, StringComparer.Ordinal).ToList();
        var table = new System.Text.StringBuilder();
        table.AppendLine("| field | " + string.Join(" | ", rows.Select(r => r.Name)) + " | all |");
        table.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", rows.Count + 1)));
        void Row(string name, Func<SeedComparison, (int Matched, int Total)> of)
        {
            var all = (rows.Sum(r => of(r.Comparison).Matched), rows.Sum(r => of(r.Comparison).Total));
            table.AppendLine($"| {name} | " + string.Join(" | ", rows.Select(r => Cell(of(r.Comparison)))) + $" | {Cell(all)} |");
        }

        foreach (var field in fields.Where(f => !IsCode(f)))
        {
            Row(field, c => c.Field(field));
        }

        Row("**other fields**", c => c.Others());
        foreach (var field in fields.Where(IsCode))
        {
            Row(field, c => c.Field(field));
        }

        Row("**codes read from words**", c => c.Codes());
        table.AppendLine();
        foreach (var (name, comparison) in rows)
        {
            foreach (var miss in comparison.Misses)
            {
                table.Append(name).Append(": ").AppendLine(miss);
            }
        }

        return (table.ToString(), (rows.Sum(r => r.Comparison.Others().Matched), rows.Sum(r => r.Comparison.Others().Total)));
    }

    private static string Cell((int Matched, int Total) v) => v.Total == 0 ? "–" : $"{v.Matched}/{v.Total}";

    /// <summary>The codes the importer reads from words (item 2 of the brief): reported apart from the fields the issue's bar counts.</summary>
    internal static bool IsCode(string field) => field is "communication.channels" or "situationPicture.sources" or "situationPicture.findings" or "priorityAreas.themes";

    /// <summary>Matched and total over the codes read from words.</summary>
    internal (int Matched, int Total) Codes()
    {
        var m = 0;
        var t = 0;
        foreach (var (name, (matched, total)) in _fields)
        {
            if (IsCode(name))
            {
                m += matched;
                t += total;
            }
        }

        return (m, t);
    }

    /// <summary>Matched and total over the fields other than sentences, commitment texts and the codes read from words.</summary>
    internal (int Matched, int Total) Others()
    {
        var m = 0;
        var t = 0;
        foreach (var (name, (matched, total)) in _fields)
        {
            if (name is not "sentences" and not "commitments.text" and not "commitments.count" && !IsCode(name))
            {
                m += matched;
                t += total;
            }
        }

        return (m, t);
    }

    // What a renderer writes for the field when the document leaves it out (format 1.1 §1, §7, §8).
    private static string? Heading(Agreement a, AgreementSection section)
    {
        if (a.Headings?.For(section) is { } published)
        {
            return published.Swedish;
        }

        if (a.Headings?.Exhaustive == true)
        {
            return null;
        }

        var s = Medborgarlofte.Rendering.RenderStrings.Swedish;
        return section switch
        {
            AgreementSection.Introduction => s.Introduction,
            AgreementSection.Purpose => s.Purpose,
            AgreementSection.SituationPicture => s.SituationPicture,
            AgreementSection.Commitments => s.Commitments,
            AgreementSection.Goals => s.Goals,
            AgreementSection.FollowUpPlan => s.FollowUp,
            AgreementSection.Communication => s.Communication,
            AgreementSection.Governance => s.Governance,
            AgreementSection.Contacts => s.Contact,
            AgreementSection.Attachments => s.Attachments,
            AgreementSection.Validity => s.Validity,
            _ => s.Signatures,
        };
    }

    private static string? ValiditySentence(Agreement a) =>
        a.Validity.Sentence?.Swedish ?? (a.Validity.Wording is { } w
            ? Medborgarlofte.Rendering.RenderStrings.Swedish.Subject(a.Kind) + " gäller " + w.Swedish + "." : null);

    private static string? Renewal(Renewal? r) => r is null ? null : r.Cadence + ": " + r.Wording?.Swedish;

    private static string? Evaluation(Agreement a) => a.FollowUpPlan?.Evaluation is { } e ? e.Due + ": " + e.Wording?.Swedish : null;

    private static string Wording(ReferenceNumber r) => r.Wording?.Swedish ?? "Dnr " + r.Party + ": " + r.Value;

    private static SignatureStatus? Status(Signature? s) => s is null ? null : s.Status ?? (s.Name is null ? SignatureStatus.BlankLine : SignatureStatus.Signed);

    private static string? PlaceAndDate(Signature? s) =>
        s?.PlaceAndDate ?? (s?.Place is not null && s.Date is not null ? s.Place + " " + s.Date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);

    private static List<string> Names(IEnumerable<string> partnerIds, Agreement a) =>
        [.. partnerIds.Select(id => a.Partners.FirstOrDefault(p => p.Id == id)?.Name.Swedish.ToLowerInvariant() ?? id)];

    // An optional field: compared where either document has it.
    private void Optional(string field, string? draft, string? expected, string where)
    {
        if (draft is not null || expected is not null)
        {
            Count(field, draft == expected, $"{where}: {Short(draft)} | expected {Short(expected)}");
        }
    }

    // A list compared as a multiset: each expected value found is a match, each missing or extra value a miss.
    private void Names(string field, List<string> draft, List<string> expected, string where)
    {
        var left = new List<string>(draft);
        foreach (var e in expected)
        {
            var found = left.Remove(e);
            Count(field, found, $"{where}: missing {Short(e)}");
        }

        foreach (var extra in left)
        {
            Count(field, false, $"{where}: extra {Short(extra)}");
        }
    }

    internal (int Matched, int Total) Field(string name) => _fields.TryGetValue(name, out var v) ? v : (0, 0);

    internal static string Percent((int Matched, int Total) v) =>
        v.Total == 0 ? "–" : (100.0 * v.Matched / v.Total).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    // Every sentence of every non-heading block must be in the report, at a pointer whose value holds it (or a value read from it).
    private void Sentences(ImportResult result)
    {
        var json = JsonNode.Parse(AgreementJson.Write(result.Draft!))!;
        var report = result.Sentences.GroupBy(s => s.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var block in result.Blocks.Where(b => b.Kind != BlockKind.Heading))
        {
            foreach (var sentence in Medborgarlofte.Import.Structure.Sentences.Split(block.Text))
            {
                var placed = report.TryGetValue(sentence, out var entries) && entries.Any(e => Holds(json, e.Pointer, sentence));
                Count("sentences", placed, $"sentence not accounted for: {Short(sentence)}");
            }
        }
    }

    private static bool Holds(JsonNode json, string pointer, string sentence)
    {
        if (pointer.Length == 0)
        {
            return false;
        }

        JsonNode? node = json;
        foreach (var part in pointer.Split('/').Skip(1))
        {
            var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonArray a when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                JsonObject o => o[name],
                _ => null,
            };
        }

        if (node is JsonObject text && text["sv"] is JsonValue sv)
        {
            node = sv;
        }

        var value = node is JsonValue v ? v.ToString() : null;
        if (value is null || value.Length == 0)
        {
            return false;
        }

        var s = Normal(sentence);
        var d = Normal(value);
        var colon = s.IndexOf(": ", StringComparison.Ordinal);
        var unlabelled = colon > 0 && colon < 12 ? s.Substring(colon + 2) : s; // "Syfte: …" is held without its label
        return d.Contains(s, StringComparison.Ordinal) || s.Contains(d, StringComparison.Ordinal) || d.Contains(unlabelled, StringComparison.Ordinal);
    }

    private static string Normal(string text) => string.Join(' ', text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private void Count(string field, bool matched, string miss)
    {
        var (m, t) = _fields.TryGetValue(field, out var v) ? v : (0, 0);
        _fields[field] = (m + (matched ? 1 : 0), t + 1);
        if (!matched)
        {
            Misses.Add(field + ": " + miss);
        }
    }

    private static string Short(string? text) => text is null ? "(none)" : text.Length <= 70 ? text : string.Concat(text.AsSpan(0, 67), "…");
}
