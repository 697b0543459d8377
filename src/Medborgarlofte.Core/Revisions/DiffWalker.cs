using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.Revisions;

/// <summary>Walks the canonical JSON of two revisions side by side and collects the changes.</summary>
internal sealed class DiffWalker
{
    private static readonly JsonWriterOptions CompactOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Agreement _older;
    private readonly Agreement _newer;
    private readonly List<Change> _changes = [];

    internal DiffWalker(Agreement older, Agreement newer)
    {
        _older = older;
        _newer = newer;
    }

    /// <summary>Which object the walk is in: it decides which arrays are matched by id.</summary>
    private enum Scope
    {
        Root,
        Commitment,
        SituationPicture,
        Governance,
        Other,
    }

    /// <summary>What an element of a matched array is, for its summary.</summary>
    private enum Element
    {
        Party,
        PriorityArea,
        Commitment,
        Target,
        Goal,
        Source,
        Finding,
        Body,
        Signature,
        Partner,
        Reservation,
    }

    internal List<Change> Compare(JsonElement older, JsonElement newer)
    {
        CompareObject(older, newer, string.Empty, string.Empty, Scope.Root, ChangeArea.Other, null);
        return _changes;
    }

    private static (string Key, Scope Scope, ChangeArea? Area, Element Element)? Keyed(Scope scope, string name) => (scope, name) switch
    {
        (Scope.Root, "parties") => ("id", Scope.Other, ChangeArea.Parties, Element.Party),
        (Scope.Root, "priorityAreas") => ("id", Scope.Other, ChangeArea.PriorityAreas, Element.PriorityArea),
        (Scope.Root, "commitments") => ("id", Scope.Commitment, ChangeArea.Commitments, Element.Commitment),
        (Scope.Root, "goals") => ("id", Scope.Other, null, Element.Goal),
        (Scope.Root, "signatures") => ("party", Scope.Other, ChangeArea.Signatures, Element.Signature),
        (Scope.Root, "partners") => ("id", Scope.Other, null, Element.Partner),
        (Scope.Root, "reservations") => ("id", Scope.Other, null, Element.Reservation),
        (Scope.Commitment, "targets") => ("id", Scope.Other, ChangeArea.Targets, Element.Target),
        (Scope.SituationPicture, "sources") => ("id", Scope.Other, null, Element.Source),
        (Scope.SituationPicture, "findings") => ("id", Scope.Other, null, Element.Finding),
        (Scope.Governance, "bodies") => ("id", Scope.Other, null, Element.Body),
        _ => null,
    };

    private static Scope ChildScope(Scope scope, string name) => (scope, name) switch
    {
        (Scope.Root, "situationPicture") => Scope.SituationPicture,
        (Scope.Root, "governance") => Scope.Governance,
        _ => Scope.Other,
    };

    private static ChangeArea RootArea(string name) => name switch
    {
        "parties" => ChangeArea.Parties,
        "validity" => ChangeArea.Validity,
        "priorityAreas" => ChangeArea.PriorityAreas,
        "commitments" => ChangeArea.Commitments,
        "signatures" => ChangeArea.Signatures,
        "revision" => ChangeArea.Revision,
        _ => ChangeArea.Other,
    };

    private void CompareObject(JsonElement older, JsonElement newer, string olderPointer, string newerPointer, Scope scope, ChangeArea area, string? id)
    {
        foreach (var property in newer.EnumerateObject())
        {
            var childArea = scope == Scope.Root ? RootArea(property.Name) : area;
            var olderPath = JsonPointer.Append(olderPointer, property.Name);
            var newerPath = JsonPointer.Append(newerPointer, property.Name);
            var hasOlder = older.TryGetProperty(property.Name, out var olderValue);
            if (Keyed(scope, property.Name) is { } keyed && property.Value.ValueKind == JsonValueKind.Array
                && (!hasOlder || olderValue.ValueKind == JsonValueKind.Array))
            {
                CompareKeyed(hasOlder ? olderValue : null, property.Value, olderPath, newerPath, keyed, keyed.Area ?? childArea, id);
            }
            else if (hasOlder)
            {
                CompareValues(olderValue, property.Value, olderPath, newerPath, ChildScope(scope, property.Name), childArea, id);
            }
            else
            {
                Add(ChangeKind.Added, childArea, id, newerPath, null, Summary(property.Value));
            }
        }

        foreach (var property in older.EnumerateObject())
        {
            if (newer.TryGetProperty(property.Name, out _))
            {
                continue;
            }

            var childArea = scope == Scope.Root ? RootArea(property.Name) : area;
            var olderPath = JsonPointer.Append(olderPointer, property.Name);
            if (Keyed(scope, property.Name) is { } keyed && property.Value.ValueKind == JsonValueKind.Array)
            {
                CompareKeyed(property.Value, null, olderPath, JsonPointer.Append(newerPointer, property.Name), keyed, keyed.Area ?? childArea, id);
            }
            else
            {
                Add(ChangeKind.Removed, childArea, id, olderPath, Summary(property.Value), null);
            }
        }
    }

    private void CompareValues(JsonElement older, JsonElement newer, string olderPointer, string newerPointer, Scope scope, ChangeArea area, string? id)
    {
        if (older.ValueKind == JsonValueKind.Object && newer.ValueKind == JsonValueKind.Object)
        {
            CompareObject(older, newer, olderPointer, newerPointer, scope, area, id);
            return;
        }

        if (!SameValue(older, newer))
        {
            Add(ChangeKind.Changed, area, id, newerPointer, Summary(older), Summary(newer));
        }
    }

    /// <summary>Compares arrays whose elements are matched by a key: additions, removals, moves, and changes inside matched elements.</summary>
    private void CompareKeyed(JsonElement? older, JsonElement? newer, string olderPointer, string newerPointer, (string Key, Scope Scope, ChangeArea? Area, Element Element) keyed, ChangeArea area, string? parentId)
    {
        var olderItems = Items(older, keyed.Key);
        var newerItems = Items(newer, keyed.Key);
        if (olderItems is null || newerItems is null)
        {
            // Not objects with keys: compare as a whole.
            if (older is { } o && newer is { } n)
            {
                CompareValues(o, n, olderPointer, newerPointer, Scope.Other, area, parentId);
            }
            else if (older is { } removed)
            {
                Add(ChangeKind.Removed, area, parentId, olderPointer, Summary(removed), null);
            }
            else if (newer is { } added)
            {
                Add(ChangeKind.Added, area, parentId, newerPointer, null, Summary(added));
            }

            return;
        }

        if (keyed.Element == Element.Signature)
        {
            MatchSignatures(olderItems, newerItems);
        }

        var olderByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < olderItems.Count; i++)
        {
            olderByKey[olderItems[i].Match] = i;
        }

        var newerKeys = new HashSet<string>(newerItems.Select(item => item.Match), StringComparer.Ordinal);
        for (var i = 0; i < olderItems.Count; i++)
        {
            if (!newerKeys.Contains(olderItems[i].Match))
            {
                Add(ChangeKind.Removed, area, olderItems[i].Key, JsonPointer.Append(olderPointer, i), Summarize(keyed.Element, olderItems[i].Value, _older, parentId), null);
            }
        }

        var matched = new List<(int Older, int Newer)>();
        for (var j = 0; j < newerItems.Count; j++)
        {
            if (olderByKey.TryGetValue(newerItems[j].Match, out var i))
            {
                matched.Add((i, j));
            }
        }

        var inOrder = LongestIncreasing(matched.Select(m => m.Older).ToList());
        var m = 0;
        for (var j = 0; j < newerItems.Count; j++)
        {
            var item = newerItems[j];
            var newerPath = JsonPointer.Append(newerPointer, j);
            if (!olderByKey.TryGetValue(item.Match, out var i))
            {
                Add(ChangeKind.Added, area, item.Key, newerPath, null, Summarize(keyed.Element, item.Value, _newer, parentId));
                continue;
            }

            if (!inOrder.Contains(m))
            {
                // A party may sign more than once: a moved signature names its signatory, the party alone does not say who.
                var who = keyed.Element == Element.Signature && SignatoryName(item.Value) is { } name ? " (" + name + ")" : string.Empty;
                Add(ChangeKind.Changed, area, item.Key, newerPath, Position(i) + who, Position(j) + who);
            }

            m++;
            CompareObject(olderItems[i].Value, item.Value, JsonPointer.Append(olderPointer, i), newerPath, keyed.Scope, area, item.Key);
        }
    }

    /// <summary>
    /// Pairs the signatures of each party (format 1.1: a party may sign more than once): first by the signatory's
    /// name, then the rest by their order within the party. Two signers of one party who swap places are one move,
    /// not a change of every name and title; a signer whose name is corrected stays one change.
    /// </summary>
    private static void MatchSignatures(List<(string Key, string Match, JsonElement Value)> older, List<(string Key, string Match, JsonElement Value)> newer)
    {
        var olderNames = new Dictionary<(string Party, string Name), Queue<int>>();
        for (var i = 0; i < older.Count; i++)
        {
            if (SignatoryName(older[i].Value) is { } name)
            {
                var key = (older[i].Key, name);
                if (!olderNames.TryGetValue(key, out var queue))
                {
                    olderNames[key] = queue = new Queue<int>();
                }

                queue.Enqueue(i);
            }
        }

        var olderMatched = new bool[older.Count];
        var newerMatched = new bool[newer.Count];
        var pair = 0;
        for (var j = 0; j < newer.Count; j++)
        {
            if (SignatoryName(newer[j].Value) is { } name && olderNames.TryGetValue((newer[j].Key, name), out var queue) && queue.Count > 0)
            {
                var i = queue.Dequeue();
                var match = "\u0001name" + pair++.ToString(CultureInfo.InvariantCulture);
                older[i] = older[i] with { Match = match };
                newer[j] = newer[j] with { Match = match };
                olderMatched[i] = newerMatched[j] = true;
            }
        }

        // The rest of each party, by order: the k-th unmatched signature of a party on each side.
        Renumber(older, olderMatched);
        Renumber(newer, newerMatched);

        static void Renumber(List<(string Key, string Match, JsonElement Value)> items, bool[] matched)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (!matched[i])
                {
                    var k = counts.TryGetValue(items[i].Key, out var c) ? c + 1 : 1;
                    counts[items[i].Key] = k;
                    items[i] = items[i] with { Match = items[i].Key + "#" + k.ToString(CultureInfo.InvariantCulture) };
                }
            }
        }
    }

    private static string? SignatoryName(JsonElement value) =>
        value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;

    private static string Position(int index) => "position " + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The elements with their keys; a repeated key gets "#2", "#3" for matching. Null when an element is not an object with a string key.</summary>
    private static List<(string Key, string Match, JsonElement Value)>? Items(JsonElement? array, string keyName)
    {
        var items = new List<(string Key, string Match, JsonElement Value)>();
        if (array is not { } a)
        {
            return items;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in a.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(keyName, out var key) || key.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var value = key.GetString()!;
            seen[value] = seen.TryGetValue(value, out var count) ? count + 1 : 1;
            items.Add((value, seen[value] == 1 ? value : value + "#" + seen[value].ToString(CultureInfo.InvariantCulture), element));
        }

        return items;
    }

    /// <summary>The positions (in <paramref name="sequence"/>) of one longest increasing subsequence: the elements that kept their relative order.</summary>
    private static HashSet<int> LongestIncreasing(List<int> sequence)
    {
        var length = new int[sequence.Count];
        var previous = new int[sequence.Count];
        var best = -1;
        for (var i = 0; i < sequence.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var k = 0; k < i; k++)
            {
                if (sequence[k] < sequence[i] && length[k] + 1 > length[i])
                {
                    length[i] = length[k] + 1;
                    previous[i] = k;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var result = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            result.Add(i);
        }

        return result;
    }

    // One equality for the model, the diff and the hash: numbers by value (2 and 2.0 are no change).
    private static bool SameValue(JsonElement older, JsonElement newer) => JsonStructure.DeepEquals(older, newer);

    private void Add(ChangeKind kind, ChangeArea area, string? id, string pointer, string? before, string? after) =>
        _changes.Add(new Change { Kind = kind, Area = area, Id = id, Pointer = pointer, Before = before, After = after });

    /// <summary>A summary of an added or removed element, in Swedish: what a reader recognises it by.</summary>
    private static string Summarize(Element element, JsonElement value, Agreement agreement, string? parentId)
    {
        string Text(string name) => value.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.Object && text.TryGetProperty("sv", out var sv) ? sv.GetString() ?? string.Empty : string.Empty;
        string Plain(string name) => value.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() ?? string.Empty : string.Empty;
        static string Join(string separator, params string[] parts) => string.Join(separator, parts.Where(p => p.Length > 0));

        switch (element)
        {
            case Element.Party:
                return Text("name");
            case Element.PriorityArea:
                return Join(" ", Plain("number"), Text("title"));
            case Element.Commitment:
                return Join(" ", Plain("number"), Join(": ", Text("title"), Text("text")));
            case Element.Target:
                var target = agreement.Commitments.Where(c => c.Id == parentId).SelectMany(c => c.Targets).FirstOrDefault(t => t.Id == Plain("id"));
                return target is null ? Summary(value) : TargetWording.Render(target, agreement.Validity.Interval);
            case Element.Goal:
                return Join(": ", Text("title"), Text("effect"));
            case Element.Source:
                return Join(": ", Plain("type"), Text("description"));
            case Element.Finding:
                return Text("text");
            case Element.Body:
            case Element.Partner:
                return Text("name");
            case Element.Reservation:
                return Text("text");
            default:
                var party = agreement.Parties.FirstOrDefault(p => p.Id == Plain("party"))?.Name.Swedish ?? Plain("party");
                var acting = value.TryGetProperty("acting", out var a) && a.ValueKind == JsonValueKind.True ? "Tf " : string.Empty;
                var title = Text("title");
                var placeAndDate = Plain("placeAndDate");
                return Join(", ", Plain("name"), Plain("status"), title.Length > 0 ? acting + title : string.Empty, party, placeAndDate.Length > 0 ? placeAndDate : Join(" ", Plain("place"), Plain("date")));
        }
    }

    /// <summary>A summary of any value: a string as it is, a language map as its Swedish text, a list of strings joined, else compact JSON.</summary>
    internal static string Summary(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString()!;
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Object when LanguageMap(value) is { } text:
                return text;
            case JsonValueKind.Array:
                var parts = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        parts.Add(item.GetString()!);
                    }
                    else if (item.ValueKind == JsonValueKind.Object && LanguageMap(item) is { } itemText)
                    {
                        parts.Add(itemText);
                    }
                    else
                    {
                        return Compact(value);
                    }
                }

                return string.Join("; ", parts);
            default:
                return Compact(value);
        }
    }

    /// <summary>A language map's Swedish text, with other languages after it: "text [en: text]".</summary>
    private static string? LanguageMap(JsonElement value)
    {
        string? swedish = null;
        var others = new StringBuilder();
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            if (property.Name == "sv")
            {
                swedish = property.Value.GetString();
            }
            else
            {
                others.Append(" [").Append(property.Name).Append(": ").Append(property.Value.GetString()).Append(']');
            }
        }

        return swedish is null ? null : swedish + others;
    }

    private static string Compact(JsonElement value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
