using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Integration;

/// <summary>System.Text.Json with <c>AddMedborgarlofte()</c>: strict reading through the library's reader, canonical writing.</summary>
public sealed class SerializerTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().AddMedborgarlofte();

    [Theory]
    [InlineData("bastad-2024")]
    [InlineData("kungsbacka-2019-2020")]
    public void An_agreement_is_read_as_the_reader_reads_it_and_written_as_its_canonical_bytes(string name)
    {
        var bytes = ExampleFiles.Bytes(name);
        var read = AgreementJson.Read(bytes).GetValueOrThrow();

        var deserialized = JsonSerializer.Deserialize<Agreement>(bytes, Options);
        var serialized = JsonSerializer.SerializeToUtf8Bytes(read, Options);

        Assert.Equal(read, deserialized);
        Assert.Equal(AgreementJson.WriteToUtf8Bytes(read)[..^1], serialized);
    }

    [Fact]
    public void A_document_the_reader_refuses_throws_the_exception_with_its_diagnostics()
    {
        var broken = Documents.Minimal.Replace("\"kind\": \"promise\"", "\"kind\": \"Promise\"", StringComparison.Ordinal);

        var e = Assert.Throws<AgreementValidationException>(() => JsonSerializer.Deserialize<Agreement>(broken, Options));

        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("/kind", d.Pointer);
        Assert.Contains("/kind", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inside_a_larger_document_a_duplicate_name_is_refused_too()
    {
        var json = "{\"Agreement\": " + Documents.Minimal.Replace("\"id\": \"test-2024\",", "\"id\": \"test-2024\", \"id\": \"x\",", StringComparison.Ordinal) + "}";

        var e = Assert.Throws<AgreementValidationException>(() => JsonSerializer.Deserialize<Envelope>(json, Options));

        Assert.Contains(e.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateProperty.Code && d.Pointer == "/id");
        Assert.Equal("$.Agreement", e.Path);
    }

    [Fact]
    public void A_follow_up_document_and_a_report_are_written_as_the_library_writes_them()
    {
        var bytes = FollowUpExampleFiles.Bytes("kungsbacka-2019-2020-uppfoljning-2019-07");
        var followUp = FollowUpJson.Read(bytes).GetValueOrThrow();
        var report = AgreementValidator.Validate(Documents.Minimal, new ValidationOptions { AsOf = new LocalDate(2024, 6, 1) });

        Assert.Equal(followUp, JsonSerializer.Deserialize<FollowUpDocument>(bytes, Options));
        Assert.Equal(FollowUpJson.WriteToUtf8Bytes(followUp)[..^1], JsonSerializer.SerializeToUtf8Bytes(followUp, Options));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ValidationReportJson.Write(report)), JsonNode.Parse(JsonSerializer.Serialize(report, Options))));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<ValidationReport>("{}", Options));
    }

    [Fact]
    public void No_reflection_is_needed()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }.AddMedborgarlofte();
        var agreement = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();

        var text = JsonSerializer.Serialize(agreement, options);

        Assert.Equal(agreement, JsonSerializer.Deserialize<Agreement>(text, options));
    }

    [Fact]
    public void Write_to_a_callers_writer_gives_the_canonical_bytes_with_canonical_options()
    {
        var agreement = ExampleFiles.Load("bastad-2024");
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            AgreementJson.Write(agreement, writer);
        }

        Assert.Equal(AgreementJson.Write(agreement), Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n");
    }

    private sealed record Envelope(Agreement Agreement);
}
