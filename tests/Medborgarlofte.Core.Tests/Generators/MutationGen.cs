using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Medborgarlofte.Tests.Generators;

/// <summary>A mutated document: its bytes and what was done to it, for the failure message.</summary>
/// <param name="Bytes">The input after mutation.</param>
/// <param name="Description">The mutations, one per line.</param>
public sealed record Mutated(byte[] Bytes, string Description)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        return $"{Description}\n--- {Bytes.Length} bytes ---\n{(text.Length > 4000 ? text[..4000] + "…" : text)}";
    }
}

/// <summary>
/// Mutations of valid documents. At a random node: removed, its key duplicated (the text is built by
/// hand, as no JSON DOM holds a duplicate), renamed, retyped, emptied, given a huge or negative number,
/// an invalid date, a deeply nested value, an unknown property, an awkward string. At random bytes:
/// truncated, bits flipped, invalid UTF-8 inserted, a byte order mark inserted, ranges deleted or repeated.
/// </summary>
public static class MutationGen
{
    /// <summary>What can be done to one node.</summary>
    public enum NodeMutation
    {
        /// <summary>The property or item is removed.</summary>
        Remove,

        /// <summary>The property appears twice (the same or another value), or the item is repeated.</summary>
        Duplicate,

        /// <summary>The property gets another name: cased differently, emptied, a sibling's, …</summary>
        Rename,

        /// <summary>The value becomes another JSON type.</summary>
        Retype,

        /// <summary>The value becomes <c>""</c>, <c>[]</c>, <c>{}</c> or <c>0</c>.</summary>
        Empty,

        /// <summary>The value becomes a number beyond every .NET type, or a hard one.</summary>
        HugeNumber,

        /// <summary>The value becomes a negative number.</summary>
        NegativeNumber,

        /// <summary>The value becomes a string that is not a valid ISO date.</summary>
        InvalidDate,

        /// <summary>The value becomes 1 to 300 levels of nesting.</summary>
        DeepNest,

        /// <summary>The object gets one more property: unknown, or a name of the format out of place.</summary>
        AddProperty,

        /// <summary>The value becomes an awkward string, a code in the wrong case, or a lone surrogate escape.</summary>
        AwkwardString,
    }

    /// <summary>Dates that are not valid for the format, each for its own reason.</summary>
    public static readonly string[] InvalidDates =
    [
        "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-32", "24-01-01", "2024-1-1", "2024/01/01",
        "0000-00-00", "2024-01-01T00:00:00Z", "+12345-01-01", "-2024-01-01", "20240101", "2024-01-01 ", "٢٠٢٤-٠١-٠١",
        "", "2024-W01-1", "2024-001",
    ];

    private static readonly string[] NegativeNumbers = ["-1", "-0.5", "-2147483648", "-2147483649", "-1e400", "-0", "-79228162514264337593543950336"];

    private static readonly string[] Retypes = ["\"x\"", "\"1\"", "1", "-1", "1.5", "true", "false", "null", "[]", "{}", "[null]", "{\"sv\":\"x\"}", "\"2024-01-01\"", "[\"a\",1]"];

    private static readonly string[] AwkwardStrings =
    [
        "\"\"", "\" \"", "\"Promise\"", "\"PROMISE\"", "\"promise \"", "\"atleast\"", "\"perweek\"", "\"syd\"", "\"1.00\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"a\\\\b\"", "\"😀\"", "\"\\u2028\"", "\"ﬁ\"", "\"Öst\"", "\"O\\u0308st\"",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3], [0xEF, 0xBB],
    ];

    private static readonly byte[] Structural = [.. "{}[]\",:\\ \n0-e."u8];

    /// <summary>Gets 1 to 3 node mutations of <paramref name="validJson"/>.</summary>
    /// <param name="validJson">A valid JSON document.</param>
    /// <returns>The generator.</returns>
    public static Gen<Mutated> Nodes(byte[] validJson) => Dice.Any.Select(dice => MutateNodes(validJson, dice));

    /// <summary>Gets 1 to 3 byte mutations of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">Any bytes, usually a valid document.</param>
    /// <returns>The generator.</returns>
    public static Gen<Mutated> Bytes(byte[] bytes) => Dice.Any.Select(dice => MutateBytes(bytes, dice));

    /// <summary>Applies 1 to 3 node mutations.</summary>
    /// <param name="validJson">A valid JSON document.</param>
    /// <param name="dice">The random source.</param>
    /// <returns>The mutated document.</returns>
    public static Mutated MutateNodes(byte[] validJson, Dice dice)
    {
        ArgumentNullException.ThrowIfNull(dice);
        Node root;
        using (var document = JsonDocument.Parse(validJson))
        {
            root = Node.From(document.RootElement);
        }

        var description = new StringBuilder();
        var holder = new ArrayNode([root]);
        for (var count = dice.Between(1, 3); count > 0; count--)
        {
            var places = new List<Place>();
            Collect(holder, places);
            var place = places[1 + dice.Next(places.Count - 1)];
            var mutation = (NodeMutation)dice.Next(Enum.GetValues<NodeMutation>().Length);
            description.Append(mutation).Append(" at ").Append(place.Pointer).Append(": ");
            description.AppendLine(Apply(mutation, place, dice));
        }

        var text = new StringBuilder();
        holder.Items[0].Write(text, dice);
        return new Mutated(Encoding.UTF8.GetBytes(text.ToString()), description.ToString());
    }

    /// <summary>Applies 1 to 3 byte mutations.</summary>
    /// <param name="input">Any bytes.</param>
    /// <param name="dice">The random source.</param>
    /// <returns>The mutated bytes.</returns>
    public static Mutated MutateBytes(byte[] input, Dice dice)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(dice);
        var bytes = new List<byte>(input);
        var description = new StringBuilder();
        for (var count = dice.Between(1, 3); count > 0; count--)
        {
            var at = dice.Next(bytes.Count + 1);
            switch (dice.Next(8))
            {
                case 0:
                    description.AppendLine(CultureInfo.InvariantCulture, $"truncated to {at} bytes");
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1 when bytes.Count > 0:
                    for (var flips = dice.Between(1, 8); flips > 0; flips--)
                    {
                        var index = dice.Next(bytes.Count);
                        var bit = dice.Next(8);
                        bytes[index] ^= (byte)(1 << bit);
                        description.AppendLine(CultureInfo.InvariantCulture, $"bit {bit} flipped at {index}");
                    }

                    break;
                case 2:
                    var invalid = dice.Pick(InvalidUtf8);
                    bytes.InsertRange(at, invalid);
                    description.AppendLine(CultureInfo.InvariantCulture, $"{Convert.ToHexString(invalid)} inserted at {at}");
                    break;
                case 3:
                    var bomAt = dice.OneIn(2) ? 0 : at;
                    bytes.InsertRange(bomAt, [0xEF, 0xBB, 0xBF]);
                    description.AppendLine(CultureInfo.InvariantCulture, $"byte order mark inserted at {bomAt}");
                    break;
                case 4 when bytes.Count > at:
                    var deleted = Math.Min(bytes.Count - at, dice.Between(1, 64));
                    bytes.RemoveRange(at, deleted);
                    description.AppendLine(CultureInfo.InvariantCulture, $"{deleted} bytes deleted at {at}");
                    break;
                case 5 when bytes.Count > at:
                    var repeated = bytes.GetRange(at, Math.Min(bytes.Count - at, dice.Between(1, 64)));
                    bytes.InsertRange(at, repeated);
                    description.AppendLine(CultureInfo.InvariantCulture, $"{repeated.Count} bytes repeated at {at}");
                    break;
                case 6 when bytes.Count > at:
                    var structural = dice.Pick(Structural);
                    bytes[at] = structural;
                    description.AppendLine(CultureInfo.InvariantCulture, $"byte at {at} replaced with '{(char)structural}'");
                    break;
                default:
                    bytes.Insert(at, 0x00);
                    description.AppendLine(CultureInfo.InvariantCulture, $"NUL inserted at {at}");
                    break;
            }
        }

        return new Mutated([.. bytes], description.ToString());
    }

    private static string Apply(NodeMutation mutation, Place place, Dice dice)
    {
        var node = place.Node;
        switch (mutation)
        {
            case NodeMutation.Remove:
                place.Remove();
                return "removed";
            case NodeMutation.Duplicate:
                var copy = dice.OneIn(2) ? node : new RawNode(dice.Pick(Retypes));
                place.InsertAfter(copy);
                return "repeated";
            case NodeMutation.Rename when place.Key is { } key:
                var name = dice.Next(7) switch
                {
                    0 => key + "x",
                    1 => key.ToUpperInvariant(),
                    2 => string.Empty,
                    3 => key.Length > 0 ? char.ToUpperInvariant(key[0]) + key[1..] : "A",
                    4 => key + " ",
                    5 => place.SiblingKey(dice) ?? "extensions",
                    _ => dice.Pick(JsonGen.FormatNames),
                };
                place.Rename(name);
                return $"renamed to \"{name}\"";
            case NodeMutation.Empty:
                var empty = node switch { ObjectNode => "{}", ArrayNode => "[]", RawNode raw when raw.Json.StartsWith('"') => "\"\"", _ => "0" };
                place.Replace(new RawNode(empty));
                return "emptied to " + empty;
            case NodeMutation.HugeNumber:
                return Replace(place, dice.OneIn(2) ? dice.Pick(JsonGen.HardNumbers) : JsonGen.NextNumber(dice));
            case NodeMutation.NegativeNumber:
                return Replace(place, dice.Pick(NegativeNumbers));
            case NodeMutation.InvalidDate:
                return Replace(place, JsonGen.Encode(dice.Pick(InvalidDates), dice));
            case NodeMutation.DeepNest:
                return Replace(place, JsonGen.NextDeep(dice));
            case NodeMutation.AddProperty when node is ObjectNode target:
                var added = dice.OneIn(2) ? "unknownProperty" : dice.Pick(JsonGen.FormatNames);
                target.Members.Insert(dice.Next(target.Members.Count + 1), (added, new RawNode(dice.Pick(Retypes))));
                return $"property \"{added}\" added";
            case NodeMutation.AwkwardString:
                return Replace(place, dice.Pick(AwkwardStrings));
            default:
                return Replace(place, dice.Pick(Retypes));
        }
    }

    private static string Replace(Place place, string json)
    {
        place.Replace(new RawNode(json));
        return "replaced with " + (json.Length > 80 ? json[..80] + "…" : json);
    }

    private static void Collect(Node node, List<Place> places, Place? self = null)
    {
        places.Add(self ?? new Place(node, null, 0, string.Empty));
        switch (node)
        {
            case ObjectNode obj:
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    var pointer = (self?.RawPointer ?? string.Empty) + "/" + Medborgarlofte.JsonPointer.Escape(obj.Members[i].Key);
                    Collect(obj.Members[i].Value, places, new Place(obj.Members[i].Value, obj, i, pointer));
                }

                break;
            case ArrayNode array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    // The holder array around the root adds no segment.
                    var pointer = self is null ? string.Empty : self.RawPointer + "/" + i.ToString(CultureInfo.InvariantCulture);
                    Collect(array.Items[i], places, new Place(array.Items[i], array, i, pointer));
                }

                break;
        }
    }

    /// <summary>Where a node is: in an object (with its key) or an array, at an index.</summary>
    private sealed class Place(Node node, Node? parent, int index, string pointer)
    {
        internal Node Node { get; } = node;

        internal string RawPointer { get; } = pointer;

        internal string Pointer => RawPointer.Length == 0 ? "(root)" : RawPointer;

        internal string? Key => parent is ObjectNode obj ? obj.Members[index].Key : null;

        internal void Remove()
        {
            switch (parent)
            {
                case ObjectNode obj: obj.Members.RemoveAt(index); break;
                case ArrayNode array when array.Items.Count > 1 || Pointer != "(root)": array.Items.RemoveAt(index); break;
                case ArrayNode array: array.Items[index] = new RawNode("{}"); break;
            }
        }

        internal void Replace(Node replacement)
        {
            switch (parent)
            {
                case ObjectNode obj: obj.Members[index] = (obj.Members[index].Key, replacement); break;
                case ArrayNode array: array.Items[index] = replacement; break;
            }
        }

        internal void InsertAfter(Node value)
        {
            switch (parent)
            {
                case ObjectNode obj: obj.Members.Insert(index + 1, (obj.Members[index].Key, value)); break;
                case ArrayNode array when Pointer != "(root)": array.Items.Insert(index + 1, value); break;
            }
        }

        internal void Rename(string name)
        {
            if (parent is ObjectNode obj)
            {
                obj.Members[index] = (name, obj.Members[index].Value);
            }
        }

        internal string? SiblingKey(Dice dice) =>
            parent is ObjectNode { Members.Count: > 1 } obj ? obj.Members[(index + 1 + dice.Next(obj.Members.Count - 1)) % obj.Members.Count].Key : null;
    }

    /// <summary>A JSON tree that, unlike a DOM, can hold a name twice.</summary>
    private abstract class Node
    {
        internal static Node From(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => new ObjectNode([.. element.EnumerateObject().Select(p => (p.Name, From(p.Value)))]),
            JsonValueKind.Array => new ArrayNode([.. element.EnumerateArray().Select(From)]),
            _ => new RawNode(element.GetRawText()),
        };

        internal abstract void Write(StringBuilder text, Dice dice);
    }

    private sealed class ObjectNode(List<(string Key, Node Value)> members) : Node
    {
        internal List<(string Key, Node Value)> Members { get; } = members;

        internal override void Write(StringBuilder text, Dice dice)
        {
            text.Append('{');
            for (var i = 0; i < Members.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : ",").Append(JsonGen.Encode(Members[i].Key, dice)).Append(':');
                Members[i].Value.Write(text, dice);
            }

            text.Append('}');
        }
    }

    private sealed class ArrayNode(List<Node> items) : Node
    {
        internal List<Node> Items { get; } = items;

        internal override void Write(StringBuilder text, Dice dice)
        {
            text.Append('[');
            for (var i = 0; i < Items.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : ",");
                Items[i].Write(text, dice);
            }

            text.Append(']');
        }
    }

    private sealed class RawNode(string json) : Node
    {
        internal string Json { get; } = json;

        internal override void Write(StringBuilder text, Dice dice) => text.Append(Json);
    }
}
