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
/// name, title, acting, place, date).
/// </summary>
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
            var et = e.Targets.Where(t => t.Kind == TargetKind.Quantitative).ToList();
            var dt = d?.Targets.Where(t => t.Kind == TargetKind.Quantitative).ToList() ?? [];
            for (var k = 0; k < et.Count; k++)
            {
                var x = k < dt.Count ? dt[k] : null;
                c.Count("targets.comparator", x?.Comparator == et[k].Comparator, $"commitment {i + 1} target comparator {x?.Comparator} expected {et[k].Comparator}");
                c.Count("targets.value", x?.Value == et[k].Value, $"commitment {i + 1} target value {x?.Value} expected {et[k].Value}");
                c.Count("targets.recurrence", x?.Recurrence == et[k].Recurrence, $"commitment {i + 1} target recurrence {x?.Recurrence} expected {et[k].Recurrence}");
                c.Count("targets.unit", x?.Unit?.Swedish == et[k].Unit?.Swedish, $"commitment {i + 1} target unit {x?.Unit?.Swedish} expected {et[k].Unit?.Swedish}");
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
        }

        return c;
    }

    /// <summary>Matched and total over the fields other than sentences and commitment texts.</summary>
    internal (int Matched, int Total) Others()
    {
        var m = 0;
        var t = 0;
        foreach (var (name, (matched, total)) in _fields)
        {
            if (name is not "sentences" and not "commitments.text" and not "commitments.count")
            {
                m += matched;
                t += total;
            }
        }

        return (m, t);
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
