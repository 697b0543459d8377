using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json;

namespace Medborgarlofte.Cli.Output;

/// <summary>
/// Finds where JSON Pointers lead in a file, as 1-based line and column (UTF-16 code units), so that
/// a CI system can show a problem on its line. A pointer that leads nowhere (a missing property) is
/// placed at its nearest ancestor that exists.
/// </summary>
internal static class JsonLocations
{
    internal static Dictionary<string, (int Line, int Column)> Find(byte[] utf8, IReadOnlyCollection<string> pointers)
    {
        var wanted = new HashSet<string>(pointers, StringComparer.Ordinal);
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        var start = utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        Walk(utf8.AsSpan(start), start, wanted, offsets);

        var lines = new LineMap(utf8);
        var result = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        foreach (var pointer in wanted)
        {
            var current = pointer;
            long offset = 0;
            while (!offsets.TryGetValue(current, out offset))
            {
                if (current.Length == 0)
                {
                    offset = start;
                    break;
                }

                var slash = current.LastIndexOf('/');
                current = slash <= 0 ? string.Empty : current[..slash];
            }

            result[pointer] = lines.Locate(offset);
        }

        return result;
    }

    private static void Walk(ReadOnlySpan<byte> json, int baseOffset, HashSet<string> wanted, Dictionary<string, long> offsets)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 });
        var stack = new List<Frame>();
        string? pendingPointer = null;
        try
        {
            // Stops once every pointer is found: a file the library refused as malformed is reported at its root, so
            // the walk ends at the first token and never meets the error, which the reader reports only by throwing.
            while (offsets.Count < wanted.Count && reader.Read())
            {
                var offset = baseOffset + reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var parent = stack[^1];
                    pendingPointer = JsonPointer.Append(parent.Pointer, reader.GetString() ?? string.Empty);
                    Record(pendingPointer, offset, wanted, offsets);
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                string pointer;
                if (stack.Count == 0)
                {
                    pointer = string.Empty;
                }
                else if (stack[^1].IsArray)
                {
                    var frame = stack[^1];
                    pointer = JsonPointer.Append(frame.Pointer, frame.Index);
                    frame.Index++;
                }
                else
                {
                    pointer = pendingPointer ?? string.Empty;
                }

                Record(pointer, offset, wanted, offsets);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Add(new Frame(pointer, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Invalid JSON: the locations found before the error stand; the rest fall back to an ancestor.
        }
    }

    private static void Record(string pointer, long offset, HashSet<string> wanted, Dictionary<string, long> offsets)
    {
        if (wanted.Contains(pointer))
        {
            offsets.TryAdd(pointer, offset);
        }
    }

    private sealed class Frame(string pointer, bool isArray)
    {
        internal string Pointer { get; } = pointer;

        internal bool IsArray { get; } = isArray;

        internal int Index { get; set; }
    }

    private sealed class LineMap
    {
        private readonly byte[] _utf8;
        private readonly List<int> _starts = [0];

        internal LineMap(byte[] utf8)
        {
            _utf8 = utf8;
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        internal (int Line, int Column) Locate(long offset)
        {
            var index = _starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var lineStart = _starts[line];
            var length = (int)offset - lineStart;
            var column = length <= 0 ? 0 : Encoding.UTF8.GetCharCount(_utf8, lineStart, length);
            return (line + 1, column + 1);
        }
    }
}
