using System;
using System.Collections.Generic;
using System.Text.Json;
using Medborgarlofte.Json.Shapes;

namespace Medborgarlofte.Json;

/// <summary>
/// The property names of the format, as shared strings, looked up by a property's UTF-8 bytes.
/// </summary>
/// <remarks>
/// Why: <see cref="JsonProperty.Name"/> allocates a new string on every call, and the readers switch on
/// every property's name; a few hundred names per agreement were a seventh of what reading allocated.
/// The names are those the model declares (<see cref="Agreement.Shape"/>), so a new property is in the table
/// without a word here. A name outside it (unknown) is still read, by allocating it.
/// </remarks>
internal static class PropertyNames
{
    private static readonly Utf8NameTable Table = new(NamesOf(Agreement.Shape, FollowUp.FollowUpDocument.Shape));

    /// <summary>The property's name: the shared string when the name is a known one.</summary>
    internal static string Of(Medborgarlofte.Json.Parsed.TapeProperty property)
    {
        var index = Table.IndexOfRaw(property.RawName);
        return index >= 0 ? Table.Names[index] : property.Name;
    }

    /// <summary>Gets every name in the table.</summary>
    internal static IReadOnlyList<string> All => Table.Names;

    /// <summary>
    /// "sv" and "en", then every property name the declarations have, in ordinal order: the very strings the shapes
    /// declare, so a shape finds a property by reference (<see cref="JsonShape{T}"/>).
    /// </summary>
    private static string[] NamesOf(params IJsonShape[] roots)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal) { "start", "end" }; // an interval's, read by ReadContext
        var seen = new HashSet<IJsonShape>();
        var pending = new Stack<IJsonShape>(roots);
        while (pending.Count > 0)
        {
            var shape = pending.Pop();
            if (!seen.Add(shape))
            {
                continue;
            }

            foreach (var field in shape.Fields)
            {
                names.Add(field.Name);
                if (field.Shape is { } child)
                {
                    pending.Push(child);
                }
            }
        }

        return ["sv", "en", .. names];
    }
}
