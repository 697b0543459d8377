using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>Each strict-reading failure is reported with its code and the pointer to the value.</summary>
public sealed class StrictReadingTests
{
    [Theory]
    [InlineData("\"value\": 1,", "\"value\": 1, \"colour\": \"red\",", "ML1001", "/commitments/0/targets/0/colour")]
    [InlineData("\"value\": 1,", "\"value\": 1, \"value\": 2,", "ML0002", "/commitments/0/targets/0/value")]
    [InlineData("\"value\": 1,", "\"value\": null,", "ML1003", "/commitments/0/targets/0/value")]
    [InlineData("\"value\": 1,", "\"value\": \"1\",", "ML1004", "/commitments/0/targets/0/value")]
    [InlineData("\"comparator\": \"atLeast\"", "\"comparator\": 0", "ML1004", "/commitments/0/targets/0/comparator")]
    [InlineData("\"comparator\": \"atLeast\"", "\"comparator\": \"AtLeast\"", "ML1005", "/commitments/0/targets/0/comparator")]
    [InlineData("\"end\": \"2024-12-31\"", "\"end\": \"2024-13-31\"", "ML1006", "/validity/end")]
    [InlineData("\"end\": \"2024-12-31\"", "\"end\": \"2024-12-31T00:00\"", "ML1006", "/validity/end")]
    [InlineData("\"number\": 1,", "\"number\": 1.5,", "ML1007", "/revision/number")]
    [InlineData("\"number\": 1,", "\"number\": 0,", "ML1007", "/revision/number")]
    [InlineData("\"status\": \"draft\"", "\"status\": \"draft\", \"date\": []", "ML1004", "/revision/date")]
    [InlineData("\"sv\": \"Båstads kommun\"", "\"en\": \"Båstad Municipality\"", "ML1009", "/parties/0/name")]
    [InlineData("\"region\": \"Syd\",", "\"region\": \"syd\",", "ML1005", "/parties/1/policeUnit/region")]
    [InlineData("\"id\": \"test-2024\",", "\"id\": \"test-2024\", \"a/b~c\": 1,", "ML1001", "/a~1b~0c")]
    [InlineData("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"", "ML1010", "/formatVersion")]
    [InlineData("\"recurrence\": \"perWeek\"", "\"recurrence\": \"perFortnight\"", "ML1005", "/commitments/0/targets/0/recurrence")]
    [InlineData("\"responsibleParties\": [\n        \"polisen\"\n      ],", "\"responsibleParties\": [\"polisen\", null],", "ML1003", "/commitments/0/responsibleParties/1")]
    public void A_strict_reading_failure_is_reported_at_its_pointer(string find, string replace, string code, string pointer)
    {
        var json = Replace(find, replace);

        var result = AgreementJson.Read(json);

        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Pointer == pointer && d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("", "kind")]
    [InlineData("/revision", "status")]
    [InlineData("/commitments/0/targets/0", "kind")]
    [InlineData("/commitments/0/targets/0", "recurrence")]
    [InlineData("/parties/1", "name")]
    public void A_missing_required_property_is_reported_at_its_object(string pointer, string name)
    {
        var document = JsonNode.Parse(Documents.Minimal)!;
        var parent = pointer.Length == 0 ? document : Navigate(document, pointer);
        Assert.True(parent.AsObject().Remove(name));

        var result = AgreementJson.Read(document.ToJsonString());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ML1002", diagnostic.Code);
        Assert.Equal(pointer, diagnostic.Pointer);
        Assert.Contains(name, diagnostic.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains(name, diagnostic.Message.English!, StringComparison.Ordinal);
    }

    private static JsonNode Navigate(JsonNode node, string pointer)
    {
        foreach (var token in JsonPointer.Parse(pointer)!)
        {
            node = node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!;
        }

        return node;
    }

    [Fact]
    public void Every_problem_is_reported_in_one_read()
    {
        var json = Replace("\"value\": 1,", "\"value\": \"x\", \"colour\": 1,")
            .Replace("\"end\": \"2024-12-31\"", "\"end\": \"31/12/2024\"", StringComparison.Ordinal);

        var result = AgreementJson.Read(json);

        Assert.Equal(
            ["/validity/end ML1006", "/commitments/0/targets/0/value ML1004", "/commitments/0/targets/0/colour ML1001"],
            result.Diagnostics.Select(d => d.Pointer + " " + d.Code).ToArray());
    }

    [Theory]
    [InlineData("{", "ML0001")]
    [InlineData("", "ML0001")]
    [InlineData("[1,]", "ML0001")]
    [InlineData("{\"a\": NaN}", "ML0001")]
    [InlineData("[]", "ML1004")]
    [InlineData("null", "ML1003")]
    public void Malformed_input_is_a_diagnostic_not_an_exception(string json, string code)
    {
        var result = AgreementJson.Read(json);

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void A_syntax_error_gives_line_and_position()
    {
        var result = AgreementJson.Read("{\n  \"id\": x\n}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ML0001", diagnostic.Code);
        Assert.Contains("rad 2", diagnostic.Message.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported()
    {
        var bytes = Encoding.UTF8.GetBytes(Documents.Minimal);
        bytes[30] = 0xFF;

        var result = AgreementJson.Read(bytes);

        Assert.Equal("ML0004", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_with_a_warning()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Documents.Minimal)];

        var result = AgreementJson.Read(bytes);

        Assert.True(result.Success);
        Assert.Equal("ML0005", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_reported()
    {
        var result = AgreementJson.Read(Replace("\"id\": \"test-2024\"", "\"id\": \"test-\\ud800\""));

        Assert.Contains(result.Diagnostics, d => d.Code == "ML0004" && d.Pointer == "/id");
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_argument_is_reported_not_replaced()
    {
        var result = AgreementJson.Read(Replace("test-2024", "test-\ud800"));

        Assert.Equal("ML0004", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_reported()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        var result = AgreementJson.Read(json);

        Assert.Equal("ML0003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Input_beyond_the_size_limit_is_reported()
    {
        var result = AgreementJson.Read(Documents.Minimal, new JsonLimits { MaxInputBytes = 100 });

        Assert.Equal("ML0003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_reversed_interval_is_reported()
    {
        var json = Replace("\"recurrence\": \"perWeek\"", "\"recurrence\": \"perWeek\", \"period\": {\"start\": \"2024-05-01\", \"end\": \"2024-04-01\"}");

        var result = AgreementJson.Read(json);

        Assert.Contains(result.Diagnostics, d => d.Code == "ML1008" && d.Pointer == "/commitments/0/targets/0/period");
    }

    [Theory]
    [InlineData("2024-12-31", 2024, 12, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)] // leap year
    [InlineData("2000-02-29", 2000, 2, 29)] // leap century
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("\\u0032024-12-31", 2024, 12, 31)] // an escaped digit takes the full path, same result
    public void A_date_reads_as_written(string written, int year, int month, int day)
    {
        var result = AgreementJson.Read(Replace("\"end\": \"2024-12-31\"", $"\"end\": \"{written}\""));

        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        Assert.Equal(new NodaTime.LocalDate(year, month, day), result.Value.Validity.End);
    }

    [Theory]
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("1900-02-29")] // not a leap century
    [InlineData("2024-04-31")]
    [InlineData("2024-00-10")]
    [InlineData("2024-12-00")]
    [InlineData("2024-13-01")]
    [InlineData("2024-1-31")]
    [InlineData("2024-12-3a")]
    [InlineData("2024/12/31")]
    [InlineData("20241231xx")]
    [InlineData("2024-12-311")]
    public void A_malformed_or_impossible_date_is_reported(string written)
    {
        var result = AgreementJson.Read(Replace("\"end\": \"2024-12-31\"", $"\"end\": \"{written}\""));

        Assert.Contains(result.Diagnostics, d => d.Code == "ML1006" && d.Pointer == "/validity/end");
    }

    [Fact]
    public void An_integer_written_with_a_zero_fraction_is_an_integer()
    {
        var result = AgreementJson.Read(Replace("\"number\": 1,", "\"number\": 1.0,"));

        Assert.True(result.Success);
        Assert.Equal(1, result.Value.Revision.Number);
    }

    private static string Replace(string find, string replace)
    {
        Assert.Contains(find, Documents.Minimal, StringComparison.Ordinal);
        return Documents.Minimal.Replace(find, replace, StringComparison.Ordinal);
    }
}
