using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Medborgarlofte.SchemaCodeGenerator;

/// <summary>
/// Merges the generated methods whose code is the same, once each method's own name is set aside. Many schema
/// locations check the same thing: every <c>"type": "string"</c> property, every array of the same items, and every
/// localized text object. Each had its own copy, so the assembly carried the same machine code dozens of times.
/// The follow-up schema uses the agreement schema's definitions, so its check can also call the agreement check's
/// methods instead of carrying copies of them (<see cref="ShareWith"/>).
/// </summary>
/// <remarks>
/// <para>Two methods with the same code and the same callees decide the same, so every call of one can call the other.
/// Merging two callees can make their callers the same too, so each merge repeats until nothing changes.</para>
/// <para>The method that stays is the first written. Its summary keeps its own location, and a remark lists the
/// locations it now also checks, so that each place in the schema can still be found in the file.</para>
/// </remarks>
internal static partial class IdenticalMethodMerger
{
    private const string MethodStart = "\n    /// <summary>";

    /// <summary>Splits the text the emitter wrote, one method after another, into its methods.</summary>
    /// <param name="methods">The methods, each starting with its summary line.</param>
    /// <returns>The methods, in order.</returns>
    public static List<GeneratedMethod> Split(string methods)
    {
        var chunks = new List<GeneratedMethod>();
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
            chunks.Add(new GeneratedMethod(name, summary, location, code));
            start = next;
        }

        return chunks;
    }

    /// <summary>Merges the methods of <paramref name="check"/> that have the same code, and redirects their calls.</summary>
    /// <param name="check">The check; its methods and root call change in place.</param>
    public static void MergeWithin(GeneratedCheck check)
    {
        while (true)
        {
            var round = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in check.Methods.GroupBy(m => Canonical(m, call => call), StringComparer.Ordinal).Where(g => g.Count() > 1))
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
                return;
            }

            check.Methods.RemoveAll(m => round.ContainsKey(m.Name));
            Redirect(check, round);
        }
    }

    /// <summary>
    /// Drops each method of <paramref name="follower"/> whose code is the same as a method of <paramref name="leader"/>
    /// (fields compared by what they hold, calls by what they call) and calls the leader's method instead.
    /// </summary>
    /// <param name="follower">The check that calls; its methods and root call change in place.</param>
    /// <param name="leader">The check that is called; the methods called from the follower become internal.</param>
    /// <param name="leaderClass">The leader's class name, which qualifies the redirected calls.</param>
    public static void ShareWith(GeneratedCheck follower, GeneratedCheck leader, string leaderClass)
    {
        var prefix = leaderClass + ".";
        var leaderFields = leader.Fields.ToDictionary(f => f.Name, f => f.Type + " " + f.Initializer, StringComparer.Ordinal);
        var followerFields = follower.Fields.ToDictionary(f => f.Name, f => f.Type + " " + f.Initializer, StringComparer.Ordinal);
        var leaderByCode = new Dictionary<string, GeneratedMethod>(StringComparer.Ordinal);
        foreach (var method in leader.Methods)
        {
            leaderByCode.TryAdd(WithFieldValues(Canonical(method, call => call), leaderFields), method);
        }

        while (true)
        {
            var round = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var method in follower.Methods)
            {
                // The follower's own calls are marked, so they never equal the leader's; calls already redirected to
                // the leader lose their class name and compare equal to the leader's own calls.
                var canonical = WithFieldValues(Canonical(method, call => "follower:" + call), followerFields).Replace(prefix, string.Empty, StringComparison.Ordinal);
                if (leaderByCode.TryGetValue(canonical, out var same))
                {
                    round[method.Name] = prefix + same.Name;
                }
            }

            if (round.Count == 0)
            {
                break;
            }

            follower.Methods.RemoveAll(m => round.ContainsKey(m.Name));
            Redirect(follower, round);
        }

        // Internal only where the follower's code still calls it: a method matched in one round may have lost its
        // caller to a later one (an array's items, once the array itself is shared).
        var code = string.Concat(follower.Methods.Select(m => m.Code)) + follower.RootCall;
        foreach (var method in leader.Methods)
        {
            method.CalledFromOtherClass = code.Contains(prefix + method.Name + "(", StringComparison.Ordinal);
        }
    }

    /// <summary>Rewrites the calls of renamed methods in <paramref name="code"/>.</summary>
    /// <param name="code">Generated code.</param>
    /// <param name="renames">Each merged method's name and the name of the method that serves for it.</param>
    /// <returns>The code with each call going to the method that serves.</returns>
    public static string Redirect(string code, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0 ? code : MethodCall().Replace(code, m => renames.TryGetValue(m.Groups["name"].Value, out var to) ? to + "(" : m.Value);

    private static void Redirect(GeneratedCheck check, IReadOnlyDictionary<string, string> renames)
    {
        foreach (var method in check.Methods)
        {
            method.Code = Redirect(method.Code, renames);
        }

        check.RootCall = Redirect(check.RootCall, renames);
    }

    // The code with the method's own name (its signature, and any call of itself) set aside, and each other call as `call` says.
    private static string Canonical(GeneratedMethod method, Func<string, string> call) =>
        MethodCall().Replace(method.Code, m => string.Equals(m.Groups["name"].Value, method.Name, StringComparison.Ordinal) ? "@(" : call(m.Groups["name"].Value) + "(");

    // Each field (F3) replaced by its type and initializer, which is what it holds whatever its name in a class.
    private static string WithFieldValues(string code, Dictionary<string, string> fields) =>
        FieldName().Replace(code, m => fields.TryGetValue(m.Value, out var value) ? "{" + value + "}" : m.Value);

    // A call of a generated method of this class: not one qualified by another class's name (AgreementSchemaCheck.N5).
    [GeneratedRegex(@"(?<![.\w])(?<name>[NOSE][0-9]+(?:Name)?)\(", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex MethodCall();

    [GeneratedRegex(@"\bF[0-9]+\b", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex FieldName();

    [GeneratedRegex(@"^    private static \w+ (?<name>\w+)\(", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Signature();

    [GeneratedRegex("<c>[^<]*</c>", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Location();
}
