using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Medborgarlofte.SchemaCodeGenerator;

/// <summary>
/// Merges the generated methods whose code is the same, once each method's own name is set aside. Many schema
/// locations check the same thing: every <c>"type": "string"</c> property, every array of the same items, and every
/// localized text object. Each had its own copy, so the assembly carried the same machine code dozens of times.
/// </summary>
/// <remarks>
/// <para>Two methods with the same code and the same callees decide the same, so every call of one can call the other.
/// Merging two callees can make their callers the same too, so the merge repeats until nothing changes.</para>
/// <para>The method that stays is the first written. Its summary keeps its own location, and a remark lists the
/// locations it now also checks, so that each place in the schema can still be found in the file.</para>
/// </remarks>
internal static partial class IdenticalMethodMerger
{
    private const string MethodStart = "\n    /// <summary>";

    /// <summary>Merges the methods in <paramref name="methods"/> (the text the emitter wrote, one method after another).</summary>
    /// <param name="methods">The methods, each starting with its summary line.</param>
    /// <param name="renames">Each merged method's name and the name of the method that now serves for it.</param>
    /// <returns>The methods, without the merged ones and with their calls redirected.</returns>
    public static string Merge(string methods, out IReadOnlyDictionary<string, string> renames)
    {
        var chunks = Split(methods);
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var round = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in chunks.GroupBy(c => c.Canonical, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var kept = group.First();
                foreach (var merged in group.Skip(1))
                {
                    round[merged.Name] = kept.Name;
                    kept.AlsoChecks.Add(merged.Location);
                    kept.AlsoChecks.AddRange(merged.AlsoChecks);
                }
            }

            if (round.Count == 0)
            {
                break;
            }

            chunks.RemoveAll(c => round.ContainsKey(c.Name));
            foreach (var chunk in chunks)
            {
                chunk.Code = Redirect(chunk.Code, round);
            }

            foreach (var (from, to) in all.ToList())
            {
                all[from] = round.TryGetValue(to, out var further) ? further : to;
            }

            foreach (var (from, to) in round)
            {
                all[from] = to;
            }
        }

        renames = all;
        var text = new StringBuilder(methods.Length);
        foreach (var chunk in chunks)
        {
            text.Append(chunk.Summary);
            if (chunk.AlsoChecks.Count > 0)
            {
                text.Append("    /// <remarks>The same checks serve ").Append(chunk.AlsoChecks.Count).Append(chunk.AlsoChecks.Count == 1 ? " more place" : " more places").Append(":\n");
                for (var i = 0; i < chunk.AlsoChecks.Count; i++)
                {
                    text.Append("    /// ").Append(chunk.AlsoChecks[i]).Append(i == chunk.AlsoChecks.Count - 1 ? ".</remarks>\n" : ",\n");
                }
            }

            text.Append(chunk.Code);
        }

        return text.ToString();
    }

    /// <summary>Rewrites the calls of renamed methods in <paramref name="code"/>.</summary>
    /// <param name="code">Generated code.</param>
    /// <param name="renames">Each merged method's name and the name of the method that serves for it.</param>
    /// <returns>The code with each call going to the method that serves.</returns>
    public static string Redirect(string code, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0 ? code : MethodCall().Replace(code, m => renames.TryGetValue(m.Groups["name"].Value, out var to) ? to + "(" : m.Value);

    private static List<Chunk> Split(string methods)
    {
        var chunks = new List<Chunk>();
        var start = methods.IndexOf(MethodStart, StringComparison.Ordinal);
        if (start > 0)
        {
            throw new InvalidOperationException("The generated methods do not start with a summary.");
        }

        while (start >= 0)
        {
            var next = methods.IndexOf(MethodStart, start + 1, StringComparison.Ordinal);
            var text = next < 0 ? methods[start..] : methods[start..next];
            var summaryEnd = text.IndexOf("</summary>\n", StringComparison.Ordinal) + "</summary>\n".Length;
            var summary = text[..summaryEnd];
            var code = text[summaryEnd..];
            var name = Signature().Match(code) is { Success: true } signature
                ? signature.Groups["name"].Value
                : throw new InvalidOperationException("A generated method has no signature after its summary: " + summary);
            var location = Location().Match(summary) is { Success: true } found ? found.Value : throw new InvalidOperationException("A generated summary names no schema location: " + summary);
            chunks.Add(new Chunk(name, summary, location, code));
            start = next;
        }

        return chunks;
    }

    [GeneratedRegex(@"\b(?<name>[NOSE][0-9]+(?:Name)?)\(", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex MethodCall();

    [GeneratedRegex(@"^    private static \w+ (?<name>\w+)\(", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Signature();

    [GeneratedRegex("<c>[^<]*</c>", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Location();

    private sealed class Chunk(string name, string summary, string location, string code)
    {
        public string Name { get; } = name;

        public string Summary { get; } = summary;

        public string Location { get; } = location;

        public List<string> AlsoChecks { get; } = [];

        public string Code { get; set; } = code;

        // The code with the method's own name (its signature, and any call of itself) set aside.
        public string Canonical => MethodCall().Replace(Code, m => string.Equals(m.Groups["name"].Value, Name, StringComparison.Ordinal) ? "@(" : m.Value);
    }
}
