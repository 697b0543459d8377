using System;
using System.Collections.Generic;
using System.IO;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// Expands a file pattern the shell left alone (<c>'examples/*.json'</c>, as Windows shells pass it): <c>*</c> and
/// <c>?</c> within a name, <c>**</c> for any depth of folders. Matches in ordinal order, named as the pattern's prefix
/// plus the path found.
/// </summary>
internal static class Glob
{
    /// <summary>Whether <paramref name="text"/> has a wildcard.</summary>
    internal static bool IsPattern(string text) => text.AsSpan().IndexOfAny('*', '?') >= 0;

    internal static List<string> Expand(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var first = Array.FindIndex(segments, IsPattern);
        var prefix = string.Join('/', segments, 0, first);
        var root = first == 0 ? "." : prefix.Length == 0 ? "/" : prefix;
        var found = new List<string>();
        if (Directory.Exists(root))
        {
            Match(root, first == 0 ? string.Empty : prefix + "/", segments.AsSpan(first), found);
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Match(string directory, string shown, ReadOnlySpan<string> rest, List<string> found)
    {
        var segment = rest[0];
        if (segment == "**")
        {
            // Zero folders, then every folder below at any depth.
            if (rest.Length > 1)
            {
                Match(directory, shown, rest[1..], found);
            }

            foreach (var sub in SafeEnumerate(directory, directories: true))
            {
                var name = Path.GetFileName(sub);
                Match(sub, shown + name + "/", rest, found);
            }

            return;
        }

        var last = rest.Length == 1;
        foreach (var entry in SafeEnumerate(directory, directories: !last))
        {
            var name = Path.GetFileName(entry);
            if (!Matches(name, segment))
            {
                continue;
            }

            if (last)
            {
                found.Add(shown + name);
            }
            else
            {
                Match(entry, shown + name + "/", rest[1..], found);
            }
        }
    }

    private static string[] SafeEnumerate(string directory, bool directories)
    {
        try
        {
            return directories ? Directory.GetDirectories(directory) : Directory.GetFiles(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    // Wildcard match with backtracking to the last '*': linear in practice for file names.
    internal static bool Matches(string name, string pattern)
    {
        int n = 0, p = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                n++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
