using System.Collections.Generic;
using System.IO;
using Medborgarlofte.Json;

namespace Medborgarlofte.Tests.Support;

/// <summary>The bundled examples: the five seed agreements, and real agreements beyond them (<see cref="SourceFiles"/>).</summary>
public static class ExampleFiles
{
    internal static readonly string[] Names =
    [
        "bastad-2024", "hoor-2023-2024", "kungsbacka-2019-2020", "astorp-2023-2025", "svalov-2020",
    ];

    /// <summary>Which seed text each example transcribes.</summary>
    internal static readonly IReadOnlyDictionary<string, string> SeedFiles = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["bastad-2024"] = "000_a40dc53937a023f8.txt",
        ["hoor-2023-2024"] = "001_9ab40a46c8f0c2de.txt",
        ["kungsbacka-2019-2020"] = "002_02eee33a656902ed.txt",
        ["astorp-2023-2025"] = "003_cc8070ce65540cd0.txt",
        ["svalov-2020"] = "004_06d6dd4b8bf202db.txt",
    };

    public static IEnumerable<object[]> All()
    {
        foreach (var name in Names)
        {
            yield return [name];
        }
    }

    internal static string PathOf(string name) => Path.Combine(Repository.Examples, name + ".json");

    internal static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    internal static Agreement Load(string name) => AgreementJson.Read(Bytes(name)).GetValueOrThrow();

    internal static string SeedText(string name) => File.ReadAllText(Path.Combine(Repository.Data, "seeds", SeedFiles[name]));

    /// <summary>
    /// Which published page each example transcribed from a real agreement beyond the seeds holds: the page's
    /// text as stored, in <c>data/sources/</c> (its address is in the example's <c>extensions.source</c>).
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> SourceFiles = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["vingaker-2022"] = "vingaker-2022.txt",
        ["mala-2024"] = "mala-2024.txt",
        ["mala-2024-nyhet"] = "mala-2024-nyhet.txt",
        ["fagersta-2022"] = "fagersta-2022.txt",
        ["gagnef-2016-2017"] = "gagnef-2016-2017.txt",
        ["umea-2019-2020"] = "umea-2019-2020.txt",
        ["hudiksvall-2023-2025"] = "hudiksvall-2023-2025.txt",
    };

    /// <summary>Gets the examples transcribed from real agreements beyond the seeds, for theories.</summary>
    public static IEnumerable<object[]> Transcribed()
    {
        foreach (var name in SourceFiles.Keys)
        {
            yield return [name];
        }
    }

    /// <summary>Gets every example that transcribes a published text: the seeds and the real agreements beyond them.</summary>
    internal static IEnumerable<string> PublishedTexts() => [.. Names, .. SourceFiles.Keys];

    /// <summary>Gets the published text an example transcribes: its seed, or its stored source page.</summary>
    internal static string PublishedText(string name) =>
        SeedFiles.ContainsKey(name) ? SeedText(name) : File.ReadAllText(Path.Combine(Repository.Data, "sources", SourceFiles[name]));
}

/// <summary>The bundled follow-up examples (illustrative data) and the agreement each follows up.</summary>
public static class FollowUpExampleFiles
{
    internal static readonly (string FollowUp, string Agreement)[] Pairs =
    [
        ("kungsbacka-2019-2020-uppfoljning-2019-07", "kungsbacka-2019-2020"),
        ("bastad-2024-uppfoljning-2024", "bastad-2024"),
    ];

    public static IEnumerable<object[]> All()
    {
        foreach (var (followUp, agreement) in Pairs)
        {
            yield return [followUp, agreement];
        }
    }

    internal static string PathOf(string name) => Path.Combine(Repository.Examples, "follow-up", name + ".json");

    internal static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    internal static Medborgarlofte.FollowUp.FollowUpDocument Load(string name) =>
        Medborgarlofte.FollowUp.FollowUpJson.Read(Bytes(name)).GetValueOrThrow();
}
