using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// Runs a regular expression against inputs known to make backtracking engines take exponential time
/// (long runs of one character that almost match, then a character that does not), under a match
/// timeout and a wall-clock bound. A pattern that times out or takes longer than the bound fails.
/// </summary>
/// <remarks>The schema evaluator's <c>pattern</c> support and any rule with a regex are to be run through it.</remarks>
internal static class RegexSafety
{
    /// <summary>The most a pattern may take on one hostile input; generous, for a loaded two-core machine.</summary>
    internal static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    /// <summary>Gets inputs that send nested or overlapping quantifiers into catastrophic backtracking.</summary>
    internal static IEnumerable<string> CatastrophicInputs(int length = 5000)
    {
        foreach (var unit in new[] { "a", "0", "A", "ab", "a.", "-", ":", " ", "å", "aA0", "x@", "12" })
        {
            var run = string.Concat(Enumerable.Repeat(unit, Math.Max(1, length / unit.Length)));
            yield return run;
            yield return run + "!";
            yield return run + "\n";
            yield return "!" + run + "!";
        }

        yield return string.Empty;
        yield return new string('a', 30) + "X";
    }

    /// <summary>Fails unless <paramref name="regex"/> finishes every catastrophic input within <see cref="Bound"/>.</summary>
    internal static void AssertFinishesWithinBound(Regex regex, string name)
    {
        foreach (var input in CatastrophicInputs())
        {
            var clock = Stopwatch.StartNew();
            try
            {
                regex.IsMatch(input);
            }
            catch (RegexMatchTimeoutException e)
            {
                throw new XunitException($"{name} (/{regex}/) timed out after {e.MatchTimeout} on {Describe(input)}: catastrophic backtracking.", e);
            }

            Assert(clock.Elapsed < Bound, $"{name} (/{regex}/) took {clock.Elapsed} on {Describe(input)}; the bound is {Bound}.");
        }
    }

    /// <summary>
    /// Gets every regex the library holds: static <see cref="Regex"/> fields and properties, and
    /// <c>[GeneratedRegex]</c> methods, of every type of the assembly.
    /// </summary>
    internal static IEnumerable<(string Name, Regex Regex)> InLibrary(Assembly assembly)
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (var field in type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)))
            {
                if (field.GetValue(null) is Regex regex)
                {
                    yield return ($"{type.FullName}.{field.Name}", regex);
                }
            }

            foreach (var property in type.GetProperties(Static).Where(p => p.PropertyType == typeof(Regex) && p.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(null) is Regex regex)
                {
                    yield return ($"{type.FullName}.{property.Name}", regex);
                }
            }

            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttributes().Any(a => a.GetType().Name == "GeneratedRegexAttribute")))
            {
                if (method.Invoke(null, null) is Regex regex)
                {
                    yield return ($"{type.FullName}.{method.Name}()", regex);
                }
            }
        }
    }

    private static void Assert(bool condition, string message)
    {
        if (!condition)
        {
            throw new XunitException(message);
        }
    }

    private static string Describe(string input) =>
        input.Length <= 40 ? $"\"{input}\"" : $"{input.Length} characters starting \"{input[..20]}\" and ending \"{input[^5..]}\"";
}
