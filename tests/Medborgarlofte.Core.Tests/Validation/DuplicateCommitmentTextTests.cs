using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Medborgarlofte.Validation.Rules;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>ML7004 finds commitments with the same Swedish text whatever their case (å and Å too) and spacing, and only those.</summary>
public sealed class DuplicateCommitmentTextTests
{
    [Theory]
    [InlineData("Ökad trygghet i Åstorp, 24 timmar om dygnet.", "ökad TRYGGHET i åSTORP, 24 timmar om dygnet.", true)]
    [InlineData("Ökad trygghet i Åstorp.", "  Ökad   trygghet i\\nÅstorp. ", true)]
    [InlineData("Ökad trygghet i Åstorp.", "Ökad  trygghet i Åstorp.", true)] // a double space and nothing else
    [InlineData("Ökad trygghet i Åstorp.", "Ökad\u00A0trygghet i\u3000Åstorp.", true)] // no-break and ideographic spaces
    [InlineData("Ökad trygghet i Åstorp.", "Ökad\ttrygghet i Åstorp.", true)] // a tab
    [InlineData("Ökad trygghet i Åstorp.", "Ökad trygghet i\u2009Åstorp.", true)] // a thin space
    [InlineData("Ökad trygghet i Åstorp.", "Ökad trygghet\u2010i Åstorp.", false)] // a hyphen among the spaces' code points
    [InlineData("Minst 2 kontroller per vecka.", "Minst 3 kontroller per vecka.", false)]
    [InlineData("Minst två kontroller per vecka.", "Minst två kontroller per vecka!", false)]
    [InlineData("Trygghet i Åstorp.", "Trygghet i Astorp.", false)] // å is not a
    [InlineData("ıı", "II", false)] // ordinal casing: dotless i is not I (nor is long s S)
    public void Texts_equal_but_for_case_and_spacing_are_duplicates(string first, string second, bool duplicate)
    {
        var document = JsonNode.Parse(Documents.Minimal)!;
        var commitments = document["commitments"]!.AsArray();
        var copy = JsonNode.Parse(commitments[0]!.ToJsonString())!;
        copy["id"] = "c2";
        copy["targets"]![0]!["id"] = "t2";
        commitments.Add(copy);
        commitments[0]!["text"]!["sv"] = first;
        commitments[1]!["text"]!["sv"] = second.Replace("\\n", "\n", System.StringComparison.Ordinal);

        var report = AgreementValidator.Validate(document.ToJsonString(), new ValidationOptions { AsOf = new NodaTime.LocalDate(2024, 6, 1) });

        Assert.Equal(duplicate, report.Diagnostics.Any(d => d.Code == "ML7004" && d.Pointer == "/commitments/1/text"));
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "ML7004" && d.Pointer != "/commitments/1/text");
    }

    [Fact]
    public void Many_texts_of_the_same_length_are_told_apart()
    {
        var document = WithCommitments(Enumerable.Range(0, 300).Select(i => $"Löfte nummer {i:D4} om trygghet."));
        var commitments = document["commitments"]!.AsArray();

        commitments.Add(JsonNode.Parse(commitments[7]!.ToJsonString()));
        commitments[300]!["id"] = "again";
        commitments[300]!["targets"]![0]!["id"] = "t-again";

        var report = AgreementValidator.Validate(document.ToJsonString(), new ValidationOptions { AsOf = new NodaTime.LocalDate(2024, 6, 1) });

        Assert.Equal(["/commitments/300/text"], report.Diagnostics.Where(d => d.Code == "ML7004").Select(d => d.Pointer));
    }

    [Fact]
    public void Texts_made_to_share_the_fast_hash_are_told_apart()
    {
        // Letters only and the same length: the fast hash sees nothing but the length, so all 500 collide.
        var document = WithCommitments(Enumerable.Range(0, 500).Select(i => new string([(char)('a' + (i / 26 / 26 % 26)), (char)('a' + (i / 26 % 26)), (char)('a' + (i % 26)), 'x', 'y'])));
        var commitments = document["commitments"]!.AsArray();

        Assert.Equal(
            DuplicateCommitmentTextRule.CaseInsensitiveText.Hash("aaaxy"),
            DuplicateCommitmentTextRule.CaseInsensitiveText.Hash("tzqxy"));
        commitments[499]!["text"]!["sv"] = "ABCXY"; // the same as commitment 28 ("abcxy"), case aside

        var report = AgreementValidator.Validate(document.ToJsonString(), new ValidationOptions { AsOf = new NodaTime.LocalDate(2024, 6, 1) });

        Assert.Equal(["/commitments/499/text"], report.Diagnostics.Where(d => d.Code == "ML7004").Select(d => d.Pointer));
    }

    [Fact]
    public void The_white_space_searched_for_is_every_white_space_but_the_space()
    {
        var expected = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ');

        Assert.Equal(expected, DuplicateCommitmentTextRule.WhiteSpaceOtherThanSpaceChars.Order());
    }

    [Fact]
    public void Texts_equal_but_for_case_hash_alike_at_every_length()
    {
        // Lengths on both sides of the eight-character vector blocks, letters of both alphabets, digits and marks.
        const string alphabet = "abcxyzABCXYZåäöÅÄÖéÉ0189 .,:-!?/";
        var random = new System.Random(7004);
        for (var length = 0; length <= 40; length++)
        {
            for (var sample = 0; sample < 20; sample++)
            {
                var text = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                var flipped = new string(text.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray());

                Assert.Equal(text, flipped, ignoreCase: true);
                Assert.Equal(DuplicateCommitmentTextRule.CaseInsensitiveText.Hash(text), DuplicateCommitmentTextRule.CaseInsensitiveText.Hash(flipped));
            }
        }
    }

    [Fact]
    public void A_digit_changed_anywhere_changes_the_hash()
    {
        // Every position of a 40-character text, so no lane of a vector block and no character of the tail is left out.
        var text = new string('1', 40);
        var hash = DuplicateCommitmentTextRule.CaseInsensitiveText.Hash(text);
        for (var i = 0; i < text.Length; i++)
        {
            var changed = text[..i] + "2" + text[(i + 1)..];

            Assert.NotEqual(hash, DuplicateCommitmentTextRule.CaseInsensitiveText.Hash(changed));
        }
    }

    /// <summary>The minimal document with one commitment per text, each with ids of its own.</summary>
    private static JsonNode WithCommitments(IEnumerable<string> texts)
    {
        var document = JsonNode.Parse(Documents.Minimal)!;
        var commitments = document["commitments"]!.AsArray();
        var template = commitments[0]!.ToJsonString();
        commitments.Clear();
        var i = 0;
        foreach (var text in texts)
        {
            var commitment = JsonNode.Parse(template)!;
            commitment["id"] = $"c{i}";
            commitment["targets"]![0]!["id"] = $"t{i++}";
            commitment["text"]!["sv"] = text;
            commitments.Add(commitment);
        }

        return document;
    }
}
