using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Generators;
using Medborgarlofte.Tests.Properties;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// The published schema against the library, with two independent validators as oracles (JsonSchema.Net
/// 8.0.5 in process, Ajv 8 in one node process), over the examples, every fixture and thousands of seeded
/// generated and mutated documents. Whatever either oracle rejects, the library rejects at the same
/// pointer or an ancestor; whatever the library rejects while both oracles accept is one of the
/// reader-only rules of docs/schema.md. Where an oracle is wrong, <see cref="OracleFaults"/> names the
/// case and the RFC clause, and the library's own answer is asserted; no class of error is skipped.
/// </summary>
/// <remarks>
/// Seeded by <see cref="PropertyRun.Seed"/> (<c>MEDBORGARLOFTE_PROPERTY_SEED</c> explores others); a failure
/// prints the document's name, which says how it was made.
/// </remarks>
public sealed class DifferentialTests
{
    // 6 000 agreements and 4 800 follow-ups: 10 800 generated documents, most of them mutated.
    private const int GeneratedAgreements = 500;
    private const int MutationsPerAgreement = 11;
    private const int GeneratedFollowUps = 400;
    private const int MutationsPerFollowUp = 11;

    private static readonly JsonDocumentOptions OracleParsing = new() { MaxDepth = 100_000 };

    [Fact]
    public void Agreements_agree_with_both_validators()
    {
        var corpus = AgreementCorpus();
        Assert.True(corpus.Count(c => c.Generated) + (GeneratedFollowUps * (MutationsPerFollowUp + 1)) >= 10_000, "fewer than 10 000 generated documents");
        var outcome = Compare(corpus, schemaId: null, SchemaNet.Agreement, Gate.Agreement);
        Assert.True(outcome.Failures.Count == 0, outcome.Describe());
        Assert.True(outcome.Rejected > corpus.Count / 4, outcome.Describe());
    }

    [Fact]
    public void Follow_ups_agree_with_both_validators()
    {
        var corpus = FollowUpCorpus();
        var outcome = Compare(corpus, Medborgarlofte.FormatSchema.FollowUpId, SchemaNet.FollowUp, Gate.FollowUp);
        Assert.True(outcome.Failures.Count == 0, outcome.Describe());
        Assert.True(outcome.Rejected > corpus.Count / 4, outcome.Describe());
    }

    private static List<Document> AgreementCorpus()
    {
        var corpus = new List<Document>();
        corpus.AddRange(Directory.GetFiles(Repository.Examples, "*.json").Order(StringComparer.Ordinal).Select(File));
        foreach (var directory in new[] { Fixtures.ValidDirectory, Fixtures.StructuralDirectory, RuleFixtures.Folder })
        {
            corpus.AddRange(Directory.GetFiles(directory, "*.json").Where(f => Path.GetFileName(f) != "expectations.json").Order(StringComparer.Ordinal).Select(File));
        }

        var agreements = PropertyRun.Sample(AgreementGen.Agreement, GeneratedAgreements, salt: 2200);
        corpus.AddRange(Generated(agreements.Length, i => ($"agreement {i}", AgreementJson.WriteToUtf8Bytes(agreements[i])), MutationsPerAgreement, 2200UL));
        return corpus;
    }

    private static List<Document> FollowUpCorpus()
    {
        var corpus = new List<Document>();
        corpus.AddRange(Directory.GetFiles(Path.Combine(Repository.Examples, "follow-up"), "*.json").Order(StringComparer.Ordinal).Select(File));
        foreach (var directory in new[] { Fixtures.ValidFollowUpDirectory, Fixtures.StructuralFollowUpDirectory })
        {
            corpus.AddRange(Directory.GetFiles(directory, "*.json").Where(f => Path.GetFileName(f) != "expectations.json").Order(StringComparer.Ordinal).Select(File));
        }

        var followUps = PropertyRun.Sample(FollowUpGen.Document, GeneratedFollowUps, salt: 2201);
        corpus.AddRange(Generated(followUps.Length, i => ($"follow-up {i}", FollowUpJson.WriteToUtf8Bytes(followUps[i])), MutationsPerFollowUp, 2201UL));
        return corpus;
    }

    /// <summary>Each document as generated and its mutations, made on every core; each has its own dice, so the result does not depend on the order.</summary>
    private static IEnumerable<Document> Generated(int count, Func<int, (string Name, byte[] Bytes)> write, int mutations, ulong salt)
    {
        var made = new List<Document>[count];
        System.Threading.Tasks.Parallel.For(0, count, i =>
        {
            var (name, bytes) = write(i);
            made[i] = [];
            AddGenerated(made[i], name, bytes, mutations, salt + ((ulong)i << 20));
        });
        return made.SelectMany(d => d);
    }

    /// <summary>The document as generated, mostly node mutations of it, and one byte mutation.</summary>
    private static void AddGenerated(List<Document> corpus, string name, byte[] bytes, int mutations, ulong seed)
    {
        corpus.Add(new Document(name, bytes, Generated: true));
        var dice = new Dice(PropertyRun.Seed ^ (seed * 0x9E3779B97F4A7C15UL));
        for (var m = 0; m < mutations - 1; m++)
        {
            var mutated = MutationGen.MutateNodes(bytes, dice);
            corpus.Add(new Document($"{name}, mutation {m}: {mutated.Description.ReplaceLineEndings("; ")}", mutated.Bytes, Generated: true));
        }

        var damaged = MutationGen.MutateBytes(bytes, dice);
        corpus.Add(new Document($"{name}, byte mutation: {damaged.Description.ReplaceLineEndings("; ")}", damaged.Bytes, Generated: true));
    }

    private static Document File(string path) => new(Fixtures.Relative(path), System.IO.File.ReadAllBytes(path), Generated: false);

    private static Outcome Compare(List<Document> corpus, string? schemaId, Func<JsonElement, SchemaNetVerdict> schemaNet, Func<byte[], (IReadOnlyList<Diagnostic> Gate, IReadOnlyList<Diagnostic> Errors)> gate)
    {
        var outcome = new Outcome();
        var parsed = new JsonDocument?[corpus.Count];
        var texts = new List<string>();
        var textIndex = new int[corpus.Count];
        for (var i = 0; i < corpus.Count; i++)
        {
            textIndex[i] = -1;
            var bytes = corpus[i].Bytes.AsMemory();
            if (bytes.Span.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            try
            {
                parsed[i] = JsonDocument.Parse(bytes, OracleParsing);
                textIndex[i] = texts.Count;
                texts.Add(Encoding.UTF8.GetString(bytes.Span));
            }
            catch (JsonException)
            {
                parsed[i] = null;
            }
        }

        // Ajv runs in its node process, JsonSchema.Net on one thread (its email format gave wrong answers when
        // evaluated concurrently here), and the library on the rest, each over every document.
        var ajvRun = System.Threading.Tasks.Task.Run(() => Ajv.ValidateTexts(schemaId, texts));
        var net = new SchemaNetVerdict?[corpus.Count];
        var netRun = System.Threading.Tasks.Task.Run(() =>
        {
            for (var i = 0; i < corpus.Count; i++)
            {
                net[i] = parsed[i] is { } document ? schemaNet(document.RootElement) : null;
            }
        });
        var library = new (IReadOnlyList<Diagnostic> Gate, IReadOnlyList<Diagnostic> Errors)[corpus.Count];
        System.Threading.Tasks.Parallel.For(0, corpus.Count, i => library[i] = gate(corpus[i].Bytes));
        netRun.GetAwaiter().GetResult();
        var ajv = ajvRun.GetAwaiter().GetResult();

        for (var i = 0; i < corpus.Count; i++)
        {
            using var document = parsed[i];
            var (gated, errors) = library[i];
            if (gated.Count > 0)
            {
                outcome.Rejected++;
            }

            if (document is null)
            {
                // Not JSON at all: no oracle can judge it; the library must say why, with a reading code.
                if (!gated.Any(d => ReaderOnly.IsInput(d.Code)))
                {
                    outcome.Fail(corpus[i], "not JSON for System.Text.Json, but the library reported no input error: " + string.Join(", ", gated.Select(d => d.Code)));
                }

                continue;
            }

            var root = document.RootElement;
            Check(corpus[i], root, net[i]!, () => schemaNet(root), ajv[textIndex[i]], gated, errors, outcome);
        }

        return outcome;
    }

    private static void Check(Document doc, JsonElement root, SchemaNetVerdict net, Func<SchemaNetVerdict> evaluateAgain, AjvVerdict? ajv, IReadOnlyList<Diagnostic> library, IReadOnlyList<Diagnostic> errors, Outcome outcome)
    {
        var libraryPointers = errors.Select(d => d.Pointer).ToHashSet(StringComparer.Ordinal);
        var rejections = new List<(string Oracle, string Pointer, string What)>();
        if (net.Errors.Any(OracleFaults.IsEmailFormat))
        {
            // JsonSchema.Net's email format is a regular expression with a time limit; on a busy machine it
            // can time out and call a valid address invalid. A second evaluation that accepts it tells.
            net = OracleFaults.SchemaNetEmailRetried(net, evaluateAgain, outcome.Excuse, doc, library);
        }

        if (net.Threw is { } threw)
        {
            var fault = OracleFaults.SchemaNetThrew(root, threw);
            if (fault is null)
            {
                outcome.Fail(doc, $"JsonSchema.Net threw {threw.GetType().Name}: {threw.Message}");
            }
            else
            {
                outcome.Excuse(fault, doc, library);
            }
        }
        else
        {
            rejections.AddRange(net.Errors.Select(e => ("JsonSchema.Net", OracleFaults.SchemaNetLocation(e), e.ToString())));
        }

        if (ajv is null)
        {
            outcome.Fail(doc, "Ajv could not parse a document System.Text.Json parsed");
        }
        else
        {
            rejections.AddRange(ajv.Errors.Select(e => ("Ajv", e.Location, e.ToString())));
        }

        // Whatever either oracle rejects, the library rejects at the same pointer or an ancestor. A document
        // the reader refuses whole (a name twice, a lone surrogate, a limit) is rejected at every pointer.
        var unread = library.Any(d => ReaderOnly.IsUnreadable(d.Code));
        foreach (var (oracle, pointer, what) in rejections)
        {
            if (unread || Ancestors(pointer).Any(libraryPointers.Contains))
            {
                continue;
            }

            var fault = OracleFaults.Rejection(oracle, pointer, what, root);
            if (fault is null)
            {
                outcome.Fail(doc, $"{oracle} rejects {what} (the value: {Shown(root, pointer)}); the library does not (it reports {Summary(library)})");
            }
            else
            {
                outcome.Excuse(fault, doc, library);
            }
        }

        // Whatever the library rejects and no oracle rejects at or below it is a reader-only rule.
        foreach (var diagnostic in library)
        {
            var seen = rejections.Any(r => r.Pointer == diagnostic.Pointer || r.Pointer.StartsWith(diagnostic.Pointer + "/", StringComparison.Ordinal));
            if (!seen && !ReaderOnly.Allows(diagnostic, root) && !(net.Threw is not null && ajv?.Valid == false))
            {
                outcome.Fail(doc, $"the library rejects {diagnostic.Code} {diagnostic.Pointer} ({diagnostic.Message.English}); both validators accept it there, and it is not a reader-only rule");
            }
        }
    }

    private static IEnumerable<string> Ancestors(string pointer)
    {
        yield return pointer;
        for (var slash = pointer.LastIndexOf('/'); slash >= 0; slash = pointer.LastIndexOf('/', slash - 1))
        {
            yield return pointer[..slash];
            if (slash == 0)
            {
                yield break;
            }
        }
    }

    private static string Shown(JsonElement root, string pointer)
    {
        var value = ReaderOnly.Find(root, pointer)?.GetRawText() ?? "?";
        return value.Length > 200 ? value[..200] + "…" : value;
    }

    private static string Summary(IReadOnlyList<Diagnostic> library) =>
        library.Count == 0 ? "nothing" : string.Join(", ", library.Take(8).Select(d => $"{d.Code} {d.Pointer}"));

    internal sealed record Document(string Name, byte[] Bytes, bool Generated);

    /// <summary>
    /// The library's gate: the strict reader's errors alone (<see cref="AgreementJson.Read(System.ReadOnlyMemory{byte}, JsonLimits?)"/>,
    /// <see cref="FollowUpJson.Read(System.ReadOnlyMemory{byte}, JsonLimits?)"/>). Validation adds rules beyond the schema; the reader enforces
    /// exactly what the schema does, and the reader-only rules.
    /// </summary>
    private static class Gate
    {
        internal static (IReadOnlyList<Diagnostic> Gate, IReadOnlyList<Diagnostic> Errors) Agreement(byte[] bytes) =>
            Split(AgreementJson.Read(bytes).Diagnostics);

        internal static (IReadOnlyList<Diagnostic> Gate, IReadOnlyList<Diagnostic> Errors) FollowUp(byte[] bytes) =>
            Split(FollowUpJson.Read(bytes).Diagnostics);

        private static (IReadOnlyList<Diagnostic> Gate, IReadOnlyList<Diagnostic> Errors) Split(IEnumerable<Diagnostic> diagnostics)
        {
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            return (errors, errors);
        }
    }

    private sealed class Outcome
    {
        internal List<string> Failures { get; } = [];

        internal Dictionary<string, int> Excused { get; } = new(StringComparer.Ordinal);

        internal int Rejected { get; set; }

        internal void Fail(Document doc, string what)
        {
            if (Failures.Count < 40)
            {
                Failures.Add($"{doc.Name}: {what}");
            }
        }

        internal void Excuse(OracleFault fault, object doc, IReadOnlyList<Diagnostic> library) => Excuse(fault, (Document)doc, library);

        internal void Excuse(OracleFault fault, Document doc, IReadOnlyList<Diagnostic> library)
        {
            if (!fault.LibraryAnswer(library))
            {
                Fail(doc, $"{fault.Name}: the library's answer is not the expected one ({Summary(library)})");
            }

            Excused[fault.Name] = Excused.GetValueOrDefault(fault.Name) + 1;
        }

        internal string Describe() =>
            $"{Failures.Count} failures (first 40):\n" + string.Join("\n", Failures) +
            $"\nrejected by the library: {Rejected}\nexcused oracle faults:\n" + string.Join("\n", Excused.Select(e => $"  {e.Value} × {e.Key}"));
    }
}
