using System;
using System.Linq;
using System.Text;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>
/// Codes and references are read as one string per distinct value, shared by every place it occurs, and always
/// as the text the document holds: escaped, non-ASCII, long and past-the-limit values included.
/// </summary>
public sealed class SharedStringsTests
{
    [Fact]
    public void Repeated_references_and_codes_share_one_string()
    {
        var agreement = AgreementJson.Read(ExampleFiles.Bytes("bastad-2024")).Value!;
        var parties = agreement.Commitments.SelectMany(c => c.ResponsibleParties).ToList();
        var first = parties.First(p => p == parties[0]);

        Assert.True(parties.Count(p => p == first) > 1);
        Assert.All(parties.Where(p => p == first), p => Assert.Same(first, p));
    }

    [Theory]
    [InlineData("kommunen", "kommunen")]
    [InlineData("k\\u006fmmunen", "kommunen")] // escaped: read as its text, not shared
    [InlineData("kommunen-öst", "kommunen-öst")] // not ASCII: read as it comes (no id: ML2005, and the value is kept)
    [InlineData("", "")]
    public void A_shared_value_reads_as_its_text(string raw, string expected)
    {
        var json = Document(Enumerable.Repeat(raw, 3).Prepend("polisen"));

        // Validation keeps the model of a document whose only errors are of a value's form.
        var agreement = Medborgarlofte.AgreementValidator.Validate(Encoding.UTF8.GetBytes(json)).Agreement;

        Assert.NotNull(agreement);
        Assert.Equal(["polisen", expected, expected, expected], agreement!.Commitments[0].ResponsibleParties);
        Assert.Same(agreement.Commitments[0].ResponsibleParties[0], agreement.Commitments[1].ResponsibleParties[0]);
    }

    [Fact]
    public void More_distinct_values_than_are_shared_still_read_as_themselves()
    {
        var values = Enumerable.Range(0, 100).Select(i => "part-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var long65 = new string('x', 65);
        values.Add(long65);
        values.Add(long65);

        var agreement = AgreementJson.Read(Encoding.UTF8.GetBytes(Document(values))).Value;

        Assert.NotNull(agreement);
        Assert.Equal(values, agreement!.Commitments[0].ResponsibleParties);
        Assert.Equal(values, agreement.Commitments[1].ResponsibleParties);
    }

    // bastad-2024 with its first two commitments naming these responsible parties (written raw, so escapes stay
    // escapes; undeclared parties are the rules' concern, not the reader's).
    private static string Document(System.Collections.Generic.IEnumerable<string> parties)
    {
        const string Marker = "\"responsibleParties-marker\"";
        var root = System.Text.Json.Nodes.JsonNode.Parse(ExampleFiles.Bytes("bastad-2024"))!;
        root["commitments"]![0]!["responsibleParties"] = "responsibleParties-marker";
        root["commitments"]![1]!["responsibleParties"] = "responsibleParties-marker";
        var list = "[" + string.Join(", ", parties.Select(p => "\"" + p + "\"")) + "]";
        return root.ToJsonString().Replace(Marker, list, StringComparison.Ordinal);
    }
}
