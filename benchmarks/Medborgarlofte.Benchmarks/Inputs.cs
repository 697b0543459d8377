using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Medborgarlofte.Json;

namespace Medborgarlofte.Benchmarks;

/// <summary>The documents measured: the smallest, a mid-sized and the largest seed example, and generated ones.</summary>
public static class Inputs
{
    private static readonly string[] AllNames =
    [
        "svalov-2020", "bastad-2024", "kungsbacka-2019-2020", "generated-100", "generated-1000", "generated-10000",
    ];

    /// <summary>
    /// Every input, or those named (comma-separated) in MEDBORGARLOFTE_BENCH_INPUTS: BenchmarkDotNet cannot
    /// filter by parameter, and a quick look at one document should not cost the whole matrix.
    /// </summary>
    public static readonly string[] Names =
        Environment.GetEnvironmentVariable("MEDBORGARLOFTE_BENCH_INPUTS") is { Length: > 0 } chosen
            ? chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : AllNames;

    private static readonly Dictionary<string, byte[]> Cache = new(System.StringComparer.Ordinal);

    public static byte[] Bytes(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var bytes))
            {
                bytes = name.StartsWith("generated-", System.StringComparison.Ordinal)
                    ? AgreementJson.WriteToUtf8Bytes(GeneratedAgreement.Create(int.Parse(name["generated-".Length..], System.Globalization.CultureInfo.InvariantCulture)))
                    : File.ReadAllBytes(Path.Combine(RepositoryRoot(), "examples", name + ".json"));
                Cache[name] = bytes;
            }

            return bytes;
        }
    }

    /// <summary>The example's follow-up under examples/follow-up when there is one, else a generated one.</summary>
    public static Medborgarlofte.FollowUp.FollowUpDocument FollowUp(string name, Medborgarlofte.Agreement agreement)
    {
        var directory = Path.Combine(RepositoryRoot(), "examples", "follow-up");
        foreach (var path in Directory.GetFiles(directory, name + "-uppfoljning-*.json"))
        {
            return Medborgarlofte.FollowUp.FollowUpJson.Read(File.ReadAllBytes(path)).GetValueOrThrow();
        }

        return GeneratedFollowUp.Create(agreement);
    }

    public static string RepositoryRoot([CallerFilePath] string source = "")
    {
        var directory = Path.GetDirectoryName(source);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Medborgarlofte.Core.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new DirectoryNotFoundException("Medborgarlofte.Core.sln not found above " + source);
    }
}
