using System;
using System.IO;
using System.Linq;
using System.Text;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Json;

public sealed class AgreementJsonTests
{
    [Fact]
    public void Minimal_document_reads_into_the_model()
    {
        var result = AgreementJson.Read(Documents.Minimal);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var agreement = result.Value;
        Assert.Equal("test-2024", agreement.Id);
        Assert.Equal(AgreementKind.Promise, agreement.Kind);
        Assert.Equal(new LocalDate(2024, 12, 31), agreement.Validity.End);
        var target = agreement.Commitments[0].Targets[0];
        Assert.Equal(Comparator.AtLeast, target.Comparator);
        Assert.Equal(1m, target.Value);
        Assert.Equal(Recurrence.PerWeek, target.Recurrence);
        Assert.Equal("traffic checks", target.Unit!.English);
        Assert.Equal(PoliceRegion.Syd, agreement.Parties[1].PoliceUnit!.Region);
    }

    [Fact]
    public void Writing_a_canonical_document_gives_the_same_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Documents.Minimal);
        var agreement = AgreementJson.Read(bytes).GetValueOrThrow();

        Assert.Equal(Documents.Minimal, AgreementJson.Write(agreement));
        Assert.Equal(bytes, AgreementJson.WriteToUtf8Bytes(agreement));
    }

    [Fact]
    public void Swedish_letters_are_written_unescaped()
    {
        var agreement = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();

        var text = AgreementJson.Write(agreement);

        Assert.Contains("Båstads kommun", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_bytes_and_text_read_the_same_agreement()
    {
        var bytes = Encoding.UTF8.GetBytes(Documents.Minimal);
        using var stream = new MemoryStream(bytes);

        var fromStream = AgreementJson.Read(stream).GetValueOrThrow();
        var fromText = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();

        Assert.Equal(fromText, fromStream);
        Assert.Equal(fromText.GetHashCode(), fromStream.GetHashCode());
    }

    [Fact]
    public void Writing_to_a_stream_gives_the_canonical_bytes()
    {
        var agreement = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        using var stream = new MemoryStream();

        AgreementJson.Write(agreement, stream);

        Assert.Equal(Documents.Minimal, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Extensions_survive_a_round_trip()
    {
        var json = Documents.Minimal.Replace(
            "\"commitments\": [",
            "\"extensions\": {},\n  \"commitments\": [",
            StringComparison.Ordinal);
        json = json.Replace(
            "  ]\n}\n",
            "  ],\n  \"extensions\": {\n    \"se.bastad:diarium\": {\n      \"nr\": [1, 2.50, \"x\"],\n      \"ok\": true\n    },\n    \"z\": null\n  }\n}\n",
            StringComparison.Ordinal);
        json = json.Replace("\"extensions\": {},\n  ", string.Empty, StringComparison.Ordinal);

        var agreement = AgreementJson.Read(json).GetValueOrThrow();
        var written = AgreementJson.Write(agreement);
        var again = AgreementJson.Read(written).GetValueOrThrow();

        Assert.Equal(2, agreement.Extensions.Count);
        Assert.True(agreement.Extensions.TryGetValue("se.bastad:diarium", out var value));
        Assert.Equal("2.50", value.Value.GetProperty("nr")[1].GetRawText());
        Assert.Contains("\"z\": null", written, StringComparison.Ordinal);
        Assert.Equal(agreement, again);
        Assert.Equal(written, AgreementJson.Write(again));
    }
}
