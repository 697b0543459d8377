using System.Linq;
using System.Text.Json.Nodes;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>ML7004 finds commitments with the same Swedish text whatever their case (å and Å too) and spacing, and only those.</summary>
public sealed class DuplicateCommitmentTextTests
{
    [Theory]
    [InlineData("Ökad trygghet i Åstorp, 24 timmar om dygnet.", "ökad TRYGGHET i åSTORP, 24 timmar om dygnet.", true)]
    [InlineData("Ökad trygghet i Åstorp.", "  Ökad   trygghet i\\nÅstorp. ", true)]
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
        var document = JsonNode.Parse(Documents.Minimal)!;
        var commitments = document["commitments"]!.AsArray();
        var template = commitments[0]!.ToJsonString();
        commitments.Clear();
        for (var i = 0; i < 300; i++)
        {
            var commitment = JsonNode.Parse(template)!;
            commitment["id"] = $"c{i}";
            commitment["targets"]![0]!["id"] = $"t{i}";
            commitment["text"]!["sv"] = $"Löfte nummer {i:D4} om trygghet.";
            commitments.Add(commitment);
        }

        commitments.Add(JsonNode.Parse(commitments[7]!.ToJsonString()));
        commitments[300]!["id"] = "again";
        commitments[300]!["targets"]![0]!["id"] = "t-again";

        var report = AgreementValidator.Validate(document.ToJsonString(), new ValidationOptions { AsOf = new NodaTime.LocalDate(2024, 6, 1) });

        Assert.Equal(["/commitments/300/text"], report.Diagnostics.Where(d => d.Code == "ML7004").Select(d => d.Pointer));
    }
}
