using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>
/// Each limit, at its default and configured: just within it reads, one over it is reported with its
/// own code at the pointer of the offending value, never an exception.
/// </summary>
public sealed class LimitTests
{
    private const string Before = "\"commitments\": [";

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        Assert.Equal(16 * 1024 * 1024, JsonLimits.Default.MaxInputBytes);
        Assert.Equal(64, JsonLimits.Default.MaxDepth);
        Assert.Equal(1024 * 1024, JsonLimits.Default.MaxStringLength);
        Assert.Equal(100_000, JsonLimits.Default.MaxArrayLength);
        Assert.Equal(new JsonLimits(), JsonLimits.Default);
    }

    [Fact]
    public void Each_limit_has_its_own_code()
    {
        Assert.Equal("ML0003", DiagnosticCodes.LimitExceeded.Code);
        Assert.Equal("ML0006", DiagnosticCodes.StringTooLong.Code);
        Assert.Equal("ML0007", DiagnosticCodes.ArrayTooLong.Code);
        Assert.Contains(DiagnosticCodes.StringTooLong, DiagnosticCodes.ReadingCodes);
        Assert.Contains(DiagnosticCodes.ArrayTooLong, DiagnosticCodes.ReadingCodes);
        Assert.Equal(DiagnosticCodes.ReadingCodes.Count, DiagnosticCodes.ReadingCodes.Select(d => d.Code).Distinct().Count());
        Assert.Equal(DiagnosticCodes.ReadingCodes.Select(d => d.Code).Order(StringComparer.Ordinal), DiagnosticCodes.ReadingCodes.Select(d => d.Code));
    }

    [Theory]
    [InlineData(-1, 64, 0, 0)]
    [InlineData(int.MaxValue, 64, 0, 0)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(0, JsonLimits.DepthCeiling + 1, 0, 0)]
    [InlineData(0, 64, -1, 0)]
    [InlineData(0, 64, 0, -1)]
    public void A_limit_out_of_range_is_refused_when_configured(int bytes, int depth, int length, int items) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLimits { MaxInputBytes = bytes, MaxDepth = depth, MaxStringLength = length, MaxArrayLength = items });

    [Fact]
    public void The_extremes_of_each_range_are_accepted()
    {
        var low = new JsonLimits { MaxInputBytes = 0, MaxDepth = 1, MaxStringLength = 0, MaxArrayLength = 0 };
        var high = new JsonLimits { MaxInputBytes = int.MaxValue - 1, MaxDepth = JsonLimits.DepthCeiling, MaxStringLength = int.MaxValue, MaxArrayLength = int.MaxValue };

        Assert.Equal((0, 1, 0, 0), (low.MaxInputBytes, low.MaxDepth, low.MaxStringLength, low.MaxArrayLength));
        Assert.Equal((int.MaxValue - 1, JsonLimits.DepthCeiling, int.MaxValue, int.MaxValue), (high.MaxInputBytes, high.MaxDepth, high.MaxStringLength, high.MaxArrayLength));
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void Input_of_exactly_the_default_size_reads_and_one_byte_more_is_reported()
    {
        var exact = Padded(Documents.Minimal, JsonLimits.Default.MaxInputBytes);

        Assert.True(AgreementJson.Read(exact).Success);
        AssertOnly(AgreementJson.Read(Padded(Documents.Minimal, exact.Length + 1)), "ML0003", string.Empty);
    }

    [Fact]
    public void Input_over_a_configured_size_is_reported_for_text_bytes_and_streams()
    {
        var bytes = Encoding.UTF8.GetBytes(Documents.Minimal);
        var exact = new JsonLimits { MaxInputBytes = bytes.Length };
        var under = new JsonLimits { MaxInputBytes = bytes.Length - 1 };

        Assert.True(AgreementJson.Read(bytes, exact).Success);
        Assert.True(AgreementJson.Read(Documents.Minimal, exact).Success);
        Assert.True(AgreementJson.Read(new MemoryStream(bytes), exact).Success);
        Assert.True(AgreementJson.Read(new NonSeekableStream(bytes), exact).Success);
        AssertOnly(AgreementJson.Read(bytes, under), "ML0003", string.Empty);
        AssertOnly(AgreementJson.Read(Documents.Minimal, under), "ML0003", string.Empty);
        AssertOnly(AgreementJson.Read(new MemoryStream(bytes), under), "ML0003", string.Empty);
        AssertOnly(AgreementJson.Read(new NonSeekableStream(bytes), under), "ML0003", string.Empty);
        AssertOnly(FollowUpJson.Read(new NonSeekableStream(bytes), under), "ML0003", string.Empty);
    }

    [Fact]
    public void Text_whose_utf8_is_over_the_size_is_reported_though_its_characters_are_not()
    {
        // 'å' is one character and two bytes.
        var text = "\"" + new string('å', 10) + "\"";
        var limits = new JsonLimits { MaxInputBytes = 15 };

        AssertOnly(AgreementJson.Read(text, limits), "ML0003", string.Empty);
        Assert.DoesNotContain(AgreementJson.Read(text, new JsonLimits { MaxInputBytes = 22 }).Diagnostics, d => d.Code == "ML0003");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(8191)]
    [InlineData(8192)]
    [InlineData(100_000)]
    public void A_stream_is_read_at_most_one_byte_past_the_size_limit(int limit)
    {
        using var endless = new EndlessStream();

        var result = AgreementJson.Read(endless, new JsonLimits { MaxInputBytes = limit });

        AssertOnly(result, "ML0003", string.Empty);
        Assert.Equal(limit + 1L, endless.BytesRead);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void An_endless_stream_is_read_one_byte_past_the_default_size()
    {
        using var endless = new EndlessStream();

        AssertOnly(AgreementJson.Read(endless), "ML0003", string.Empty);
        Assert.Equal(JsonLimits.Default.MaxInputBytes + 1L, endless.BytesRead);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(10)]
    [InlineData(JsonLimits.DepthCeiling)]
    public void Nesting_to_the_depth_limit_reads_and_one_level_more_is_reported(int limit)
    {
        var limits = new JsonLimits { MaxDepth = limit };

        // The root object and "extensions" are two levels; the nest fills the rest.
        var exact = WithExtension("deep", Nest(limit - 2));
        var over = WithExtension("deep", Nest(limit - 1));

        var read = AgreementJson.Read(exact, limits);
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        Assert.Equal(exact, AgreementJson.Write(read.Value));
        AssertOnly(AgreementJson.Read(over, limits), "ML0003", string.Empty);
        AssertOnly(FollowUpJson.Read(over, limits), "ML0003", string.Empty);
    }

    [Fact]
    public void The_default_depth_applies_when_no_limits_are_given()
    {
        Assert.True(AgreementJson.Read(WithExtension("deep", Nest(62))).Success);
        AssertOnly(AgreementJson.Read(WithExtension("deep", Nest(63))), "ML0003", string.Empty);
    }

    [Theory]
    [InlineData("abc", 3, 0)]
    [InlineData("abcd", 3, 1)]
    [InlineData("åäö", 3, 0)]
    [InlineData("€€€", 3, 0)]
    [InlineData("😀", 2, 0)]
    [InlineData("😀a", 2, 1)]
    [InlineData("\\u00e5\\u00e4\\u00f6", 3, 0)]
    [InlineData("\\u00e5\\u00e4\\u00f6!", 3, 1)]
    [InlineData("\\ud83d\\ude00", 2, 0)]
    [InlineData("\\ud83d\\ude00\\n", 2, 1)]
    [InlineData("\\\\\\\"\\/\\b\\f\\n\\r\\t", 8, 0)]
    [InlineData("\\\\\\\"\\/\\b\\f\\n\\r\\tx", 8, 1)]
    public void A_string_is_measured_in_utf16_code_units_as_dotnet_reads_it(string raw, int limit, int reported)
    {
        // A string alone, so that no other string or name is measured: over the limit, it is reported
        // (at the root) instead of being read; within it, it is read and found not to be an agreement.
        var result = AgreementJson.Read("\"" + raw + "\"", new JsonLimits { MaxStringLength = limit });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(reported == 1 ? "ML0006" : "ML1004", diagnostic.Code);
        Assert.Equal(string.Empty, diagnostic.Pointer);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_string_of_the_default_length_reads_and_one_character_more_is_reported()
    {
        var max = JsonLimits.Default.MaxStringLength;
        var exact = Documents.Minimal.Replace("Polisen åtar sig att genomföra minst en trafikkontroll per vecka.", new string('å', max), StringComparison.Ordinal);
        var over = Documents.Minimal.Replace("Polisen åtar sig att genomföra minst en trafikkontroll per vecka.", new string('å', max + 1), StringComparison.Ordinal);

        var read = AgreementJson.Read(exact);
        Assert.True(read.Success);
        Assert.Equal(max, read.Value.Commitments[0].Text.Swedish.Length);
        AssertOnly(AgreementJson.Read(over), "ML0006", "/commitments/0/text/sv");
    }

    [Fact]
    public void Every_string_over_a_configured_length_is_reported_at_its_own_pointer()
    {
        var limits = new JsonLimits { MaxStringLength = 20 };

        var result = AgreementJson.Read(Documents.Minimal, limits);

        Assert.False(result.Success);
        Assert.All(result.Diagnostics, d => Assert.Equal("ML0006", d.Code));
        Assert.Equal(
            ["/parties/1/name/sv", "/commitments/0/text/sv"],
            result.Diagnostics.AsSpan().ToArray().Select(d => d.Pointer));
    }

    [Fact]
    public void A_property_name_over_the_length_is_reported_at_its_object_and_its_value_is_not_looked_into()
    {
        var name = new string('n', 30);
        var json = $"{{\"o\": {{\"ok\": 1, \"{name}\": [\"{new string('v', 30)}\", [1, 2, 3]]}}}}";

        var result = AgreementJson.Read(json, new JsonLimits { MaxStringLength = 29, MaxArrayLength = 2 });

        AssertOnly(result, "ML0006", "/o");
        Assert.Contains("property name", result.Diagnostics[0].Message.English, StringComparison.Ordinal);
        AssertOnly(AgreementJson.Read($"{{\"{name}\": 1}}", new JsonLimits { MaxStringLength = 29 }), "ML0006", string.Empty);
    }

    [Fact]
    public void A_malformed_text_is_reported_for_its_syntax_alone_though_a_string_in_it_is_too_long()
    {
        // The strings are measured in the pass that finds the syntax error further on; what it measured is taken back.
        var json = $"{{\"a\": \"{new string('x', 30)}\", \"b\": [1, 2, 3], }}";

        var result = AgreementJson.Read(json, new JsonLimits { MaxStringLength = 20, MaxArrayLength = 2 });

        AssertOnly(result, "ML0001", string.Empty);
    }

    [Fact]
    public void A_pointer_to_a_long_string_escapes_and_unescapes_property_names()
    {
        var json = "{\"a/b~c\": {\"\\u00e5\\/\": [\"" + new string('x', 11) + "\"]}}";

        var result = AgreementJson.Read(json, new JsonLimits { MaxStringLength = 10 });

        AssertOnly(result, "ML0006", "/a~1b~0c/å~1/0");
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void An_array_of_the_default_length_reads_and_one_item_more_is_reported()
    {
        var max = JsonLimits.Default.MaxArrayLength;

        Assert.True(AgreementJson.Read(WithExtension("list", Items(max))).Success);
        AssertOnly(AgreementJson.Read(WithExtension("list", Items(max + 1))), "ML0007", "/extensions/list");
    }

    [Fact]
    public void An_array_over_a_configured_length_is_reported_once_at_its_own_pointer()
    {
        var limits = new JsonLimits { MaxArrayLength = 1 };

        var result = AgreementJson.Read(Documents.Minimal.Replace("\"polisen\"\n      ]", "\"polisen\", \"kommunen\", \"x\"\n      ]", StringComparison.Ordinal), limits);

        Assert.Equal(
            [("ML0007", "/parties"), ("ML0007", "/commitments/0/responsibleParties")],
            result.Diagnostics.AsSpan().ToArray().Select(d => (d.Code, d.Pointer)));
    }

    [Fact]
    public void Arrays_at_the_configured_length_read()
    {
        var limits = new JsonLimits { MaxArrayLength = 2 };

        Assert.True(AgreementJson.Read(Documents.Minimal, limits).Success);
        Assert.True(AgreementJson.Read(WithExtension("a", "[[1, 2], [3, [4, 5]], {\"b\": [6, 7]}]").Replace("[[", "[[", StringComparison.Ordinal), new JsonLimits { MaxArrayLength = 3 }).Success);
        AssertOnly(AgreementJson.Read(WithExtension("a", "[[1, 2], [3, [4, 5, 6]]]"), limits), "ML0007", "/extensions/a/1/1");
    }

    [Fact]
    public void The_limits_apply_to_an_already_parsed_element()
    {
        using var deep = JsonDocument.Parse(WithExtension("deep", Nest(100)), new JsonDocumentOptions { MaxDepth = 200 });
        using var longString = JsonDocument.Parse("{\"s\": \"" + new string('x', 11) + "\"}");
        using var longArray = JsonDocument.Parse(WithExtension("a", "[1, 2, 3]"));

        AssertOnly(AgreementJson.Read(deep.RootElement), "ML0003", string.Empty);
        Assert.True(AgreementJson.Read(deep.RootElement, new JsonLimits { MaxDepth = 200 }).Success);
        AssertOnly(AgreementJson.Read(longString.RootElement, new JsonLimits { MaxStringLength = 10 }), "ML0006", "/s");
        AssertOnly(AgreementJson.Read(longArray.RootElement, new JsonLimits { MaxArrayLength = 2 }), "ML0007", "/extensions/a");
    }

    [Fact]
    public void An_element_parsed_with_comments_and_trailing_commas_reads()
    {
        var json = Documents.Minimal.Replace("\"id\": \"test-2024\",", "\"id\": \"test-2024\", /* comment */", StringComparison.Ordinal)
            .Replace("\"status\": \"draft\"", "\"status\": \"draft\",", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        var result = AgreementJson.Read(document.RootElement);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void An_undefined_element_is_a_wrong_type_not_an_exception()
    {
        var result = AgreementJson.Read(default(JsonElement));

        Assert.False(result.Success);
        Assert.Equal("ML1004", Assert.Single(result.Diagnostics).Code);
    }

    /// <summary>Asserts that reading failed with exactly one diagnostic, of the code, at the pointer.</summary>
    internal static void AssertOnly<T>(ReadResult<T> result, string code, string pointer)
        where T : class
    {
        Assert.False(result.Success);
        Assert.Null(result.Value);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, pointer, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Pointer, diagnostic.Severity));
    }

    /// <summary>The minimal document with one extension property, in canonical form.</summary>
    internal static string WithExtension(string name, string json)
    {
        var document = AgreementJson.Read(Documents.Minimal).GetValueOrThrow() with
        {
            Extensions = Medborgarlofte.ExtensionData.Create([new(name, JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = JsonLimits.DepthCeiling + 10 }).RootElement)]),
        };
        return AgreementJson.Write(document);
    }

    internal static string Nest(int depth) => new string('[', depth) + new string(']', depth);

    private static string Items(int count) => "[" + string.Join(",", Enumerable.Repeat("0", count)) + "]";

    private static byte[] Padded(string json, int length)
    {
        var bytes = new byte[length];
        var used = Encoding.UTF8.GetBytes(json, bytes);
        bytes.AsSpan(used).Fill((byte)' ');
        return bytes;
    }

    /// <summary>A stream that cannot seek, so its length is unknown.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
    }

    /// <summary>Spaces without end; counts what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Fill((byte)' ');
            BytesRead += buffer.Length;
            return buffer.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
