using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// Ajv, an independent JSON Schema 2020-12 validator, run through <c>node tests/ajv/validate.mjs</c> once
/// per schema (the agreement at the file's root; the follow-up part by its <c>$id</c>) over every file the
/// cross-check needs; its verdicts are kept for the tests. Ajv comes from the committed
/// <c>package-lock.json</c> (<c>npm ci</c>); without it the tests fail, they never pass silently.
/// </summary>
internal static class Ajv
{
    internal static readonly string SchemaPath = Path.Combine("schemas", "medborgarlofte.schema.json");

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<IReadOnlyDictionary<string, AjvVerdict>> Verdicts = new(RunAll);

    /// <summary>Gets Ajv's verdict on a file, named relative to the repository root.</summary>
    internal static AjvVerdict Verdict(string relativePath) =>
        Verdicts.Value.TryGetValue(relativePath, out var verdict)
            ? verdict
            : throw new InvalidOperationException($"Ajv was not run on {relativePath}; add it to Ajv.Files() or Ajv.FollowUpFiles().");

    /// <summary>Gets every agreement Ajv checks against the schema's root: the examples and both fixture folders.</summary>
    internal static IEnumerable<string> Files() =>
        Directory.GetFiles(Repository.Examples, "*.json").Order(StringComparer.Ordinal)
            .Concat(Fixtures.ValidFileNames().Select(name => Path.Combine(Fixtures.ValidDirectory, name)))
            .Concat(Fixtures.StructuralFileNames().Select(name => Path.Combine(Fixtures.StructuralDirectory, name)))
            .Select(Fixtures.Relative);

    /// <summary>
    /// Gets every follow-up document Ajv checks against the follow-up part (<see cref="FormatSchema.FollowUpId"/>):
    /// the follow-up examples and both follow-up fixture folders.
    /// </summary>
    internal static IEnumerable<string> FollowUpFiles() =>
        Directory.GetFiles(Path.Combine(Repository.Examples, "follow-up"), "*.json").Order(StringComparer.Ordinal)
            .Concat(Fixtures.ValidFollowUpFileNames().Select(name => Path.Combine(Fixtures.ValidFollowUpDirectory, name)))
            .Concat(Fixtures.StructuralFollowUpFileNames().Select(name => Path.Combine(Fixtures.StructuralFollowUpDirectory, name)))
            .Select(Fixtures.Relative);

    private static Dictionary<string, AjvVerdict> RunAll()
    {
        var verdicts = Run(schemaId: null, Files().ToList());
        foreach (var (file, verdict) in Run(FormatSchema.FollowUpId, FollowUpFiles().ToList()))
        {
            verdicts.Add(file, verdict);
        }

        return verdicts;
    }

    /// <summary>Runs Ajv once over <paramref name="files"/> (relative to the repository root, or absolute) against the schema's root.</summary>
    internal static Dictionary<string, AjvVerdict> Validate(IReadOnlyList<string> files) => Run(schemaId: null, [.. files]);

    /// <summary>Runs Ajv on the files against the schema resource <paramref name="schemaId"/>, or the file's root when null.</summary>
    private static Dictionary<string, AjvVerdict> Run(string? schemaId, List<string> files)
    {
        var start = Start(schemaId);
        start.ArgumentList.Add(SchemaPath);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        var verdicts = Parse(NodeScript.Run(start, Timeout, "Ajv"));
        var missing = files.Where(file => !verdicts.ContainsKey(file)).ToList();
        return missing.Count == 0 ? verdicts : throw new InvalidOperationException("Ajv gave no verdict on " + string.Join(", ", missing));
    }

    private static ProcessStartInfo Start(string? schemaId)
    {
        if (!File.Exists(Repository.PathOf("node_modules", "ajv", "package.json")) || !File.Exists(Repository.PathOf("node_modules", "ajv-formats", "package.json")))
        {
            throw new InvalidOperationException($"Ajv is not installed: run `npm ci` in {Repository.Root} (it installs ajv and ajv-formats from package-lock.json).");
        }

        var start = NodeScript.Start("tests", "ajv", "validate.mjs");
        if (schemaId is not null)
        {
            start.ArgumentList.Add("--schema-id");
            start.ArgumentList.Add(schemaId);
        }

        return start;
    }

    /// <summary>
    /// Runs Ajv once, in one process, over documents given as text (through <c>--stdin</c>), against the
    /// schema resource <paramref name="schemaId"/> or the file's root when null. A text Ajv cannot parse
    /// as JSON gets a null verdict.
    /// </summary>
    internal static AjvVerdict?[] ValidateTexts(string? schemaId, IReadOnlyList<string> texts)
    {
        var start = Start(schemaId);
        start.RedirectStandardInput = true;
        start.ArgumentList.Add(SchemaPath);
        start.ArgumentList.Add("--stdin");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var input = process.StandardInput)
        {
            foreach (var text in texts)
            {
                input.Write(JsonSerializer.Serialize(text));
                input.Write('\n');
            }
        }

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Ajv did not finish within {Timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Ajv failed (exit {process.ExitCode}): {stderr.GetAwaiter().GetResult()}");
        }

        var verdicts = new AjvVerdict?[texts.Count];
        var answered = 0;
        foreach (var line in stdout.GetAwaiter().GetResult().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = ParseLine(line);
            var root = document.RootElement;
            var index = root.GetProperty("index").GetInt32();
            answered++;
            verdicts[index] = root.TryGetProperty("parseError", out _)
                ? null
                : new AjvVerdict(root.GetProperty("valid").GetBoolean(), [.. root.GetProperty("errors").EnumerateArray().Select(ErrorOf)]);
        }

        return answered == texts.Count ? verdicts : throw new InvalidOperationException($"Ajv answered {answered} of {texts.Count} documents.");
    }

    private static JsonDocument ParseLine(string line)
    {
        try
        {
            return JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 100_000 });
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Ajv's answer is not JSON: {line[..Math.Min(line.Length, 300)]}", e);
        }
    }

    private static AjvError ErrorOf(JsonElement e) => new(
        e.GetProperty("instancePath").GetString()!,
        e.GetProperty("keyword").GetString()!,
        e.GetProperty("message").GetString()!,
        e.GetProperty("params").Clone(),
        e.TryGetProperty("propertyName", out var name) ? name.GetString() : null);

    private static Dictionary<string, AjvVerdict> Parse(string output)
    {
        var verdicts = new Dictionary<string, AjvVerdict>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var errors = root.GetProperty("errors").EnumerateArray()
                .Select(ErrorOf)
                .ToList();
            verdicts.Add(root.GetProperty("file").GetString()!, new AjvVerdict(root.GetProperty("valid").GetBoolean(), errors));
        }

        return verdicts;
    }
}
