using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Generators;
using Xunit;

namespace Medborgarlofte.Tests.Properties;

/// <summary>
/// Reading is total: for arbitrary JSON, for valid documents mutated at a node, and for valid documents
/// mutated at random bytes, no entry point throws (<see cref="EntryPoints.All"/>). Every diagnostic has
/// a known code and a pointer into the input; a failed read has an error. And a mutated document that
/// still reads has not been changed silently: its canonical writing says the same (JSON-equivalent,
/// numbers by exact value) and reads back equal.
/// </summary>
public sealed class TotalityProperties
{
    // What the reader reports: reading and structure, and the formats that keep their rule's code (ML4003, ML6001, …).
    private static readonly DiagnosticDescriptor[] ReaderCodes =
    [
        .. DiagnosticCodes.ReadingCodes, .. DiagnosticCodes.FormatCodes,
        Medborgarlofte.DiagnosticCodes.UnknownMunicipalityCode, Medborgarlofte.DiagnosticCodes.InvalidOrganisationNumber,
        Medborgarlofte.DiagnosticCodes.NonPositiveTargetValue, Medborgarlofte.DiagnosticCodes.ContentChangedSinceSigning,
        Medborgarlofte.DiagnosticCodes.InvalidLanguageTag,
    ];

    private static readonly HashSet<string> KnownCodes = [.. ReaderCodes.Select(d => d.Code)];

    [SeededProperty(3000, salt: 10)]
    public Property Arbitrary_json_never_makes_an_entry_point_throw() => Prop.ForAll(
        Arb.From(Gen.Frequency((1, JsonGen.Value), (1, JsonGen.DocumentLike)), Shrink.Text),
        json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            EntryPoints.AssertNoneThrows(bytes, description: json);
            AssertReadsHonestly(bytes);
        });

    [SeededProperty(1500, salt: 11)]
    public Property An_agreement_mutated_at_a_node_never_makes_an_entry_point_throw_nor_changes_silently() => Prop.ForAll(
        (from agreement in AgreementGen.Agreement
         from mutated in MutationGen.Nodes(AgreementJson.WriteToUtf8Bytes(agreement))
         select mutated).ToArbitrary(),
        mutated =>
        {
            EntryPoints.AssertNoneThrows(mutated.Bytes, description: mutated.Description);
            AssertReadsHonestly(mutated.Bytes);
        });

    [SeededProperty(1000, salt: 12)]
    public Property A_follow_up_mutated_at_a_node_never_makes_an_entry_point_throw_nor_changes_silently() => Prop.ForAll(
        (from pair in FollowUpGen.Pair
         from mutated in MutationGen.Nodes(FollowUpJson.WriteToUtf8Bytes(pair.FollowUp))
         select (pair.Agreement, mutated)).ToArbitrary(),
        c =>
        {
            EntryPoints.AssertNoneThrows(c.mutated.Bytes, c.Agreement, c.mutated.Description);
            AssertReadsHonestly(c.mutated.Bytes);
        });

    [SeededProperty(1500, salt: 13)]
    public Property An_agreement_mutated_at_random_bytes_never_makes_an_entry_point_throw_nor_changes_silently() => Prop.ForAll(
        (from agreement in AgreementGen.Agreement
         from mutated in MutationGen.Bytes(AgreementJson.WriteToUtf8Bytes(agreement))
         select mutated).ToArbitrary(),
        mutated =>
        {
            EntryPoints.AssertNoneThrows(mutated.Bytes, description: mutated.Description);
            AssertReadsHonestly(mutated.Bytes);
        });

    [SeededProperty(1000, salt: 14)]
    public Property A_follow_up_mutated_at_random_bytes_never_makes_an_entry_point_throw_nor_changes_silently() => Prop.ForAll(
        (from pair in FollowUpGen.Pair
         from mutated in MutationGen.Bytes(FollowUpJson.WriteToUtf8Bytes(pair.FollowUp))
         select (pair.Agreement, mutated)).ToArbitrary(),
        c =>
        {
            EntryPoints.AssertNoneThrows(c.mutated.Bytes, c.Agreement, c.mutated.Description);
            AssertReadsHonestly(c.mutated.Bytes);
        });

    /// <summary>
    /// Both readers: a failed read has an error; each diagnostic has a known code and a pointer that
    /// resolves in the input; a successful read survives writing and reading again unchanged, and its
    /// writing is JSON-equivalent to the input.
    /// </summary>
    internal static void AssertReadsHonestly(byte[] input)
    {
        var agreement = AgreementJson.Read(input);
        CheckDiagnostics(input, agreement.Diagnostics, agreement.Success);
        if (agreement.Success)
        {
            var written = AgreementJson.WriteToUtf8Bytes(agreement.Value);
            var again = AgreementJson.Read(written).GetValueOrThrow();
            Assert.Equal(agreement.Value, again);
            Assert.Equal(agreement.Value.GetHashCode(), again.GetHashCode());
            Assert.Equal(written, AgreementJson.WriteToUtf8Bytes(again));
            AssertEquivalent(input, written);
        }

        var followUp = FollowUpJson.Read(input);
        CheckDiagnostics(input, followUp.Diagnostics, followUp.Success);
        if (followUp.Success)
        {
            var written = FollowUpJson.WriteToUtf8Bytes(followUp.Value);
            var again = FollowUpJson.Read(written).GetValueOrThrow();
            Assert.Equal(followUp.Value, again);
            Assert.Equal(followUp.Value.GetHashCode(), again.GetHashCode());
            Assert.Equal(written, FollowUpJson.WriteToUtf8Bytes(again));
            AssertEquivalent(input, written);
        }
    }

    private static void AssertEquivalent(byte[] input, byte[] written)
    {
        var difference = JsonEquivalence.Difference(input, written);
        Assert.True(difference is null, $"Read, then written, the document says something else: {difference}\n--- written ---\n{Encoding.UTF8.GetString(written)}");
    }

    private static void CheckDiagnostics(byte[] input, Medborgarlofte.EquatableArray<Diagnostic> diagnostics, bool success)
    {
        Assert.True(success || diagnostics.AsSpan().ToArray().Any(d => d.Severity == DiagnosticSeverity.Error), "A failed read must report an error.");
        JsonDocument? document = null;
        try
        {
            var start = input.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            document = JsonDocument.Parse(input.AsMemory(start), new JsonDocumentOptions { MaxDepth = JsonLimits.DepthCeiling });
        }
        catch (JsonException)
        {
            // Not JSON: only the syntax-level pointer ("") can be checked, below.
        }

        using (document)
        {
            foreach (var diagnostic in diagnostics)
            {
                Assert.Contains(diagnostic.Code, KnownCodes);
                Assert.Equal(ReaderCodes.First(d => d.Code == diagnostic.Code).DefaultSeverity, diagnostic.Severity);
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message.Swedish), $"{diagnostic}: no Swedish message");
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message.English), $"{diagnostic.Code} {diagnostic.Pointer}: no English message");
                Assert.NotEqual(diagnostic.Message.Swedish, diagnostic.Message.English);
                var tokens = JsonPointer.Parse(diagnostic.Pointer);
                Assert.True(tokens is not null, $"{diagnostic}: not a JSON Pointer");
                if (document is not null)
                {
                    Assert.True(Resolves(document.RootElement, tokens!), $"{diagnostic}: the pointer does not resolve in the input");
                }
                else
                {
                    // Encoding and limit problems found before a syntax error have pointers; the shape of the format is never judged.
                    Assert.True(diagnostic.Pointer.Length == 0 || diagnostic.Code.StartsWith("ML0", StringComparison.Ordinal), $"{diagnostic}: a pointer into input that does not parse");
                }
            }
        }
    }

    private static bool NameEquals(JsonProperty property, string name)
    {
        try
        {
            return property.NameEquals(name);
        }
        catch (InvalidOperationException)
        {
            // A name with a lone surrogate escape is no .NET string: no pointer names it.
            return false;
        }
    }

    /// <summary>Whether the pointer leads to a value; with duplicate names, through any of them.</summary>
    private static bool Resolves(JsonElement element, IReadOnlyList<string> tokens, int at = 0)
    {
        if (at == tokens.Count)
        {
            return true;
        }

        var token = tokens[at];
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (NameEquals(property, token) && Resolves(property.Value, tokens, at + 1))
                {
                    return true;
                }
            }

            return false;
        }

        return element.ValueKind == JsonValueKind.Array
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < element.GetArrayLength()
            && Resolves(element[index], tokens, at + 1);
    }
}
