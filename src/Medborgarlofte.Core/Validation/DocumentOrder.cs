using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.Json;

namespace Medborgarlofte.Validation;

/// <summary>
/// Sorts diagnostics in document order: by where their pointers lead in the parsed document,
/// parents before children, object properties in the order written, array items by index.
/// Only the paths that diagnostics name are walked, so the cost grows with the diagnostics, not the document.
/// </summary>
internal static class DocumentOrder
{
    internal static void Sort(List<Diagnostic> diagnostics, JsonElement? root)
    {
        if (diagnostics.Count < 2)
        {
            return;
        }

        var trie = new Node();
        var nodes = new Node[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var node = trie;
            var tokens = JsonPointer.Parse(diagnostics[i].Pointer) ?? [diagnostics[i].Pointer];
            foreach (var token in tokens)
            {
                node = node.Child(token);
            }

            nodes[i] = node;
        }

        var ordinal = 0;
        Assign(trie, root, ref ordinal);

        var order = new int[diagnostics.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byPlace = nodes[a].Ordinal.CompareTo(nodes[b].Ordinal);
            return byPlace != 0 ? byPlace : a.CompareTo(b);
        });

        var sorted = new Diagnostic[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = diagnostics[order[i]];
        }

        diagnostics.Clear();
        diagnostics.AddRange(sorted);
    }

    /// <summary>Numbers the trie in pre-order, children as the document has them; names the document lacks come last.</summary>
    private static void Assign(Node node, JsonElement? element, ref int ordinal)
    {
        node.Ordinal = ordinal++;
        if (node.Children is null)
        {
            return;
        }

        var visited = 0;
        if (element is { ValueKind: JsonValueKind.Object } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (node.Children.TryGetValue(property.Name, out var child) && child.Ordinal < 0)
                {
                    Assign(child, property.Value, ref ordinal);
                    if (++visited == node.Children.Count)
                    {
                        return;
                    }
                }
            }
        }
        else if (element is { ValueKind: JsonValueKind.Array } array)
        {
            var wanted = new List<(int Index, Node Child)>(node.Children.Count);
            foreach (var (token, child) in node.Order)
            {
                if (IsIndex(token, out var index))
                {
                    wanted.Add((index, child));
                }
            }

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
                    Assign(wanted[next].Child, item, ref ordinal);
                    next++;
                }

                position++;
            }
        }

        foreach (var (_, child) in node.Order)
        {
            if (child.Ordinal < 0)
            {
                Assign(child, null, ref ordinal);
            }
        }
    }

    private static bool IsIndex(string token, out int index)
    {
        index = -1;
        return token.Length > 0 && (token.Length == 1 || token[0] != '0')
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    private sealed class Node
    {
        internal Dictionary<string, Node>? Children { get; private set; }

        internal List<(string Token, Node Child)> Order { get; } = [];

        internal int Ordinal { get; set; } = -1;

        internal Node Child(string token)
        {
            Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!Children.TryGetValue(token, out var child))
            {
                child = new Node();
                Children.Add(token, child);
                Order.Add((token, child));
            }

            return child;
        }
    }
}
