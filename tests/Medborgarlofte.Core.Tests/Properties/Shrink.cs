using System.Collections.Generic;
using System.Linq;

namespace Medborgarlofte.Tests.Properties;

/// <summary>
/// Smaller candidates for a failing case, so that a property's failure prints a small counterexample: FsCheck
/// cannot shrink what our own generators make without being told how.
/// </summary>
internal static class Shrink
{
    /// <summary>The agreement without one of its commitments, priority areas or goals.</summary>
    internal static IEnumerable<Agreement> Agreement(Agreement agreement)
    {
        for (var i = agreement.Commitments.Count - 1; i >= 0; i--)
        {
            yield return agreement with { Commitments = [.. Without(agreement.Commitments, i)] };
        }

        for (var i = agreement.PriorityAreas.Count - 1; i >= 0; i--)
        {
            yield return agreement with { PriorityAreas = [.. Without(agreement.PriorityAreas, i)] };
        }

        for (var i = agreement.Goals.Count - 1; i >= 0; i--)
        {
            yield return agreement with { Goals = [.. Without(agreement.Goals, i)] };
        }
    }

    /// <summary>The items without one of them.</summary>
    internal static IEnumerable<T[]> Items<T>(T[] items)
    {
        for (var i = items.Length - 1; i >= 0; i--)
        {
            yield return [.. Without(items, i)];
        }
    }

    /// <summary>The text's halves, then the text without one of its characters.</summary>
    internal static IEnumerable<string> Text(string text)
    {
        if (text.Length > 1)
        {
            yield return text[..(text.Length / 2)];
            yield return text[(text.Length / 2)..];
        }

        for (var i = text.Length - 1; i >= 0; i--)
        {
            yield return text.Remove(i, 1);
        }
    }

    private static IEnumerable<T> Without<T>(IEnumerable<T> items, int index) => items.Where((_, i) => i != index);
}
