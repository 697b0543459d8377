using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Medborgarlofte.Tests.Support;

/// <summary>The rule fixtures: one small complete document per rule, and the exact (code, pointer) list each produces.</summary>
public static class RuleFixtures
{
    internal static string Folder => Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "rules");

    internal static LocalDate AsOf => PatternAsOf.Value;

    internal static IReadOnlyDictionary<string, (string Code, string Pointer)[]> Expectations => Loaded.Value;

    private static readonly System.Lazy<LocalDate> PatternAsOf = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "expectations.json")));
        return LocalDatePattern.Iso.Parse(document.RootElement.GetProperty("asOf").GetString()!).Value;
    });

    private static readonly System.Lazy<IReadOnlyDictionary<string, (string Code, string Pointer)[]>> Loaded = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "expectations.json")));
        var result = new SortedDictionary<string, (string Code, string Pointer)[]>(System.StringComparer.Ordinal);
        foreach (var fixture in document.RootElement.GetProperty("fixtures").EnumerateObject())
        {
            var pairs = new List<(string, string)>();
            foreach (var pair in fixture.Value.EnumerateArray())
            {
                pairs.Add((pair[0].GetString()!, pair[1].GetString()!));
            }

            result.Add(fixture.Name, [.. pairs]);
        }

        return result;
    });

    public static IEnumerable<object[]> Names()
    {
        foreach (var name in Expectations.Keys)
        {
            yield return [name];
        }
    }

    internal static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
