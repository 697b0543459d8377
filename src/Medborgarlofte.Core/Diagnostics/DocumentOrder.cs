using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Medborgarlofte.Json;

namespace Medborgarlofte;

/// <summary>
/// Sorts diagnostics in document order: by where their pointers lead in the parsed document,
/// parents before children, object properties in the order written, array items by index.
/// Only the paths that diagnostics name are walked, so the cost grows with the diagnostics, not the document.
/// </summary>
internal static class DocumentOrder
{
    internal static void Sort(List<Diagnostic> diagnostics, Medborgarlofte.Json.Parsed.TapeElement? root) =>
        Walk(diagnostics, root, reorder: true, locate: false);

    /// <summary>
    /// Sorts in document order and gives each diagnostic the line and column (<see cref="Diagnostic.Line"/>) where its
    /// pointer leads in the text of <paramref name="root"/>'s tape, in the same walk of the paths named.
    /// </summary>
    internal static void SortAndLocate(List<Diagnostic> diagnostics, Medborgarlofte.Json.Parsed.TapeElement? root) =>
        Walk(diagnostics, root, reorder: true, locate: root is not null);

    /// <summary>Gives each diagnostic its line and column, as <see cref="SortAndLocate"/>, in the order reported.</summary>
    internal static void Locate(List<Diagnostic> diagnostics, Medborgarlofte.Json.Parsed.TapeElement? root) =>
        Walk(diagnostics, root, reorder: false, locate: root is not null);

    private static void Walk(List<Diagnostic> diagnostics, Medborgarlofte.Json.Parsed.TapeElement? root, bool reorder, bool locate)
    {
        if (diagnostics.Count == 0 || (diagnostics.Count < 2 && !locate) || (!reorder && !locate))
        {
            return;
        }

        var trie = new Node();
        var nodes = new Node[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            nodes[i] = Locate(trie, diagnostics[i].Pointer);
        }

        var ordinal = 0;
        Assign(trie, root, ref ordinal, root is { ValueKind: not JsonValueKind.Undefined } r ? r.Start : -1);

        if (reorder)
        {
            // Place first, then the order reported: one key per diagnostic, sorted without a comparer.
            var keys = new long[diagnostics.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ((long)nodes[i].Ordinal << 32) | (uint)i;
            }

            Array.Sort(keys);
            var sorted = new Diagnostic[keys.Length];
            var sortedNodes = new Node[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                sorted[i] = diagnostics[(int)(keys[i] & 0xFFFFFFFF)];
                sortedNodes[i] = nodes[(int)(keys[i] & 0xFFFFFFFF)];
            }

            diagnostics.Clear();
            diagnostics.AddRange(sorted);
            nodes = sortedNodes;
        }

        if (locate)
        {
            var offsets = new int[nodes.Length];
            for (var i = 0; i < nodes.Length; i++)
            {
                offsets[i] = nodes[i].Offset;
            }

            TextLocations.Apply(diagnostics, offsets, root!.Value.Tape.Utf8);
        }
    }

    /// <summary>The trie node of a pointer, made on the way; a token string is made only for a new node.</summary>
    private static Node Locate(Node trie, string pointer)
    {
        if (pointer.Length == 0)
        {
            return trie;
        }

        if (pointer[0] != '/' || pointer.Contains('~', StringComparison.Ordinal))
        {
            // Escaped or malformed pointers are rare: the parser decides, and a malformed one is one token.
            var node = trie;
            foreach (var token in JsonPointer.Parse(pointer) ?? [pointer])
            {
                node = node.Child(token.AsSpan());
            }

            return node;
        }

        var current = trie;
        var rest = pointer.AsSpan(1);
        while (true)
        {
            var slash = rest.IndexOf('/');
            current = current.Child(slash < 0 ? rest : rest[..slash]);
            if (slash < 0)
            {
                return current;
            }

            rest = rest[(slash + 1)..];
        }
    }

    /// <summary>Numbers the trie in pre-order, children as the document has them; names the document lacks come last.</summary>
    /// <remarks><paramref name="offset"/> is where the node's value (or its property's name) starts; a name the document lacks takes its parent's.</remarks>
    private static void Assign(Node node, Medborgarlofte.Json.Parsed.TapeElement? element, ref int ordinal, int offset)
    {
        node.Ordinal = ordinal++;
        node.Offset = offset;
        if (node.Order is not { } children)
        {
            return;
        }

        var visited = 0;
        if (element is { ValueKind: JsonValueKind.Object } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (node.Find(property) is { Ordinal: < 0 } child)
                {
                    Assign(child, property.Value, ref ordinal, property.Start);
                    if (++visited == children.Count)
                    {
                        return;
                    }
                }
            }
        }
        else if (element is { ValueKind: JsonValueKind.Array } array)
        {
            var wanted = new List<(int Index, Node Child)>(children.Count);
            foreach (var (token, child) in children)
            {
                if (IsIndex(token, out var index))
                {
                    wanted.Add((index, child));
                }
            }

            // One pass over the items: an index into an array of objects is not constant time.
            wanted.Sort(static (a, b) => a.Index.CompareTo(b.Index));
            var next = 0;
            var position = 0;
            foreach (var item in array.EnumerateArray())
            {
                if (next == wanted.Count)
                {
                    break;
                }

                if (wanted[next].Index == position)
                {
                    Assign(wanted[next].Child, item, ref ordinal, item.Start);
                    next++;
                }

                position++;
            }
        }

        foreach (var (_, child) in children)
        {
            if (child.Ordinal < 0)
            {
                Assign(child, null, ref ordinal, offset);
            }
        }
    }

    private static bool IsIndex(string token, out int index)
    {
        index = -1;
        return token.Length > 0 && (token.Length == 1 || token[0] != '0')
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    /// <summary>
    /// One step of the pointers reported. A few children are searched in place and matched to property names
    /// on their UTF-8 bytes (no string per property); many get a dictionary.
    /// </summary>
    private sealed class Node
    {
        private const int LinearLimit = 8;

        private Dictionary<string, Node>? _byToken;

        /// <summary>Gets the children in the order the diagnostics first named them; null for a leaf.</summary>
        internal List<(string Token, Node Child)>? Order { get; private set; }

        internal int Ordinal { get; set; } = -1;

        /// <summary>Gets or sets where the node is in the text; -1 without one.</summary>
        internal int Offset { get; set; } = -1;

        internal Node Child(ReadOnlySpan<char> token)
        {
            if (_byToken is not null)
            {
                var key = token.ToString();
                if (_byToken.TryGetValue(key, out var found))
                {
                    return found;
                }

                return Add(key);
            }

            if (Order is not null)
            {
                foreach (var (existing, child) in Order)
                {
                    if (token.SequenceEqual(existing))
                    {
                        return child;
                    }
                }
            }

            return Add(token.ToString());
        }

        internal Node? Find(Medborgarlofte.Json.Parsed.TapeProperty property)
        {
            if (_byToken is not null)
            {
                return _byToken.TryGetValue(PropertyNames.Of(property), out var found) ? found : null;
            }

            foreach (var (token, child) in Order!)
            {
                if (NameEquals(property, token))
                {
                    return child;
                }
            }

            return null;
        }

        // Names are ASCII without escapes nearly always: compared on their bytes, with no string made.
        private static bool NameEquals(Medborgarlofte.Json.Parsed.TapeProperty property, string token) =>
            !property.NameIsEscaped && System.Text.Ascii.IsValid(property.RawName)
                ? System.Text.Ascii.Equals(property.RawName, token)
                : string.Equals(property.Name, token, StringComparison.Ordinal);

        private Node Add(string token)
        {
            var child = new Node();
            Order ??= new List<(string, Node)>(2);
            Order.Add((token, child));
            if (_byToken is not null)
            {
                _byToken.Add(token, child);
            }
            else if (Order.Count > LinearLimit)
            {
                _byToken = new Dictionary<string, Node>(StringComparer.Ordinal);
                foreach (var (key, node) in Order)
                {
                    _byToken.Add(key, node);
                }
            }

            return child;
        }
    }
}
