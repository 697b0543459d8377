using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>The one walk over every text finds what ML8006 and ML7004 look at, in document order (language keys are the reader's).</summary>
public sealed class TextFindingsTests
{
    [Fact]
    public void Blank_Swedish_is_found_except_in_a_commitments_own_text()
    {
        var agreement = Read(document =>
        {
            document["title"]!["sv"] = " ";
            document["commitments"]![0]!["text"]!["sv"] = "";
            document["parties"]![0]!["name"]!["sv"] = "\t";
        });

        var findings = TextFindings.Collect(agreement);

        Assert.Equal(["/title/sv", "/parties/0/name/sv"], findings.BlankSwedish);
    }

    [Fact]
    public void Each_commitments_text_is_kept_by_its_index_as_ML7004_compares_it()
    {
        var minimal = Read(static _ => { });
        var commitment = minimal.Commitments[0];
        var agreement = minimal with
        {
            // A null (a model built in code) and a blank text leave their places empty; the rest keep their index.
            Commitments = [
                commitment with { Id = "a", Text = new("  Polisen   lovar\tatt ", "x") },
                null!,
                commitment with { Id = "c", Text = new(" ", "blank") },
                commitment with { Id = "d", Text = new("Kommunen lovar", "The municipality promises") },
            ],
        };

        using var findings = TextFindings.Collect(agreement);

        IEnumerable<string?> expected = ["Polisen lovar att", null, null, "Kommunen lovar"];
        Assert.Equal(expected, findings.CommitmentTextKeys.Take(4));

        // The hash is of the key, not of the text as written: white space collapsed, so that ML7004's table finds it.
        static int hash(string key) => Medborgarlofte.Validation.Rules.DuplicateCommitmentTextRule.CaseInsensitiveText.Hash(key);
        Assert.Equal(hash("Polisen lovar att"), findings.CommitmentTextHashes[0]);
        Assert.Equal(hash("Kommunen lovar"), findings.CommitmentTextHashes[3]);
    }

    [Fact]
    public void The_keys_are_given_back_on_disposal()
    {
        var findings = TextFindings.Collect(Read(static _ => { }));
        findings.Dispose();
        findings.Dispose();

        Assert.Throws<System.ObjectDisposedException>(() => findings.CommitmentTextKeys);
        Assert.Throws<System.ObjectDisposedException>(() => findings.CommitmentTextHashes);
    }

    [Fact]
    public void A_document_in_order_finds_nothing()
    {
        var findings = TextFindings.Collect(Read(static _ => { }));

        Assert.Empty(findings.BlankSwedish);
    }

    private static Agreement Read(System.Action<JsonNode> change)
    {
        var document = JsonNode.Parse(Documents.Minimal)!;
        change(document);
        return AgreementJson.Read(document.ToJsonString()).GetValueOrThrow();
    }
}
