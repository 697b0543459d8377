using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Json;
using Medborgarlofte.Tests.Properties;
using Medborgarlofte.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Torture;

/// <summary>
/// Named hostile inputs, each with the diagnostic it must give: a byte order mark, lone surrogates
/// (escaped in the JSON and raw in a .NET string), NaN and Infinity, numbers beyond 64 bits and beyond
/// <see cref="decimal"/>, 100 000 levels of nesting (on a small stack), a 50 MB string (with the memory
/// it may take measured). None throws.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const string CommitmentText = "Polisen åtar sig att genomföra minst en trafikkontroll per vecka.";

    [Fact]
    public void A_byte_order_mark_is_skipped_with_a_warning_in_bytes_text_and_streams()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Documents.Minimal)).ToArray();

        foreach (var result in new[] { AgreementJson.Read(bytes), AgreementJson.Read("\uFEFF" + Documents.Minimal), AgreementJson.Read(new MemoryStream(bytes)) })
        {
            Assert.True(result.Success);
            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal(("ML0005", DiagnosticSeverity.Warning, string.Empty), (warning.Code, warning.Severity, warning.Pointer));
        }
    }

    [Fact]
    public void Two_byte_order_marks_are_one_warning_and_invalid_json()
    {
        var result = AgreementJson.Read("\uFEFF\uFEFF" + Documents.Minimal);

        Assert.Equal(["ML0005", "ML0001"], result.Diagnostics.AsSpan().ToArray().Select(d => d.Code));
    }

    [Theory]
    [InlineData("\\ud800", "/commitments/0/text/sv")]
    [InlineData("\\udfff", "/commitments/0/text/sv")]
    [InlineData("a\\ud800b", "/commitments/0/text/sv")]
    [InlineData("\\ud800\\n", "/commitments/0/text/sv")]
    [InlineData("\\ude00\\ud83d", "/commitments/0/text/sv")]
    [InlineData("\\ud83d\\ud83d\\ude00", "/commitments/0/text/sv")]
    [InlineData("\\ud83d", "/commitments/0/text/sv")]
    public void A_lone_surrogate_escape_in_a_string_is_an_encoding_error_at_its_pointer(string escaped, string pointer)
    {
        var json = Documents.Minimal.Replace(CommitmentText, escaped, StringComparison.Ordinal);

        LimitTests.AssertOnly(AgreementJson.Read(json), "ML0004", pointer);
    }

    [Fact]
    public void A_surrogate_pair_escape_is_text()
    {
        var json = Documents.Minimal.Replace(CommitmentText, "\\ud83d\\ude00 \\uD834\\uDD1E", StringComparison.Ordinal);

        Assert.Equal("😀 𝄞", AgreementJson.Read(json).GetValueOrThrow().Commitments[0].Text.Swedish);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_name_or_an_extension_is_an_encoding_error()
    {
        LimitTests.AssertOnly(AgreementJson.Read(Documents.Minimal.Replace("\"sv\": \"Båstads kommun\"", "\"sv\": \"Båstads kommun\", \"\\udc00\": \"x\"", StringComparison.Ordinal)), "ML0004", "/parties/0/name");
        LimitTests.AssertOnly(AgreementJson.Read(LimitTests.WithExtension("x", "{}").Replace("\"x\": {}", "\"x\": {\"y\": [\"\\ud800\"]}", StringComparison.Ordinal)), "ML0004", "/extensions/x/y/0");
        LimitTests.AssertOnly(FollowUpJson.Read("{\"id\": \"\\ud800\"}"), "ML0004", "/id");
    }

    [Theory]
    [InlineData(0xD800, false)]
    [InlineData(0xDC00, false)]
    [InlineData(0xD83D, true)]
    public void A_lone_surrogate_in_a_dotnet_string_is_an_encoding_error_not_a_replacement(int surrogate, bool afterText)
    {
        // Built here: xunit would turn a lone surrogate in theory data into U+FFFD on the way.
        var lone = (afterText ? "x" : string.Empty) + (char)surrogate;
        var json = Documents.Minimal.Replace(CommitmentText, lone, StringComparison.Ordinal);

        Assert.False(char.IsSurrogatePair(lone, lone.Length - 1 > 0 ? lone.Length - 2 : 0));
        LimitTests.AssertOnly(AgreementJson.Read(json), "ML0004", string.Empty);
        LimitTests.AssertOnly(FollowUpJson.Read(json), "ML0004", string.Empty);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("+1")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("01")]
    [InlineData("0x10")]
    [InlineData("1e")]
    [InlineData("undefined")]
    public void A_number_literal_json_does_not_have_is_invalid_json(string literal)
    {
        var json = Documents.Minimal.Replace("\"value\": 1,", $"\"value\": {literal},", StringComparison.Ordinal);

        LimitTests.AssertOnly(AgreementJson.Read(json), "ML0001", string.Empty);
    }

    [Theory]
    [InlineData("\"value\": 1,", "\"value\": 79228162514264337593543950336,", "/commitments/0/targets/0/value")]
    [InlineData("\"value\": 1,", "\"value\": 1e29,", "/commitments/0/targets/0/value")]
    [InlineData("\"value\": 1,", "\"value\": 1e400,", "/commitments/0/targets/0/value")]
    [InlineData("\"value\": 1,", "\"value\": 123456789012345678901234567890123456789,", "/commitments/0/targets/0/value")]
    [InlineData("\"number\": 1,", "\"number\": 9223372036854775808,", "/revision/number")]
    [InlineData("\"number\": 1,", "\"number\": 18446744073709551616,", "/revision/number")]
    [InlineData("\"number\": 1,", "\"number\": 2147483648,", "/revision/number")]
    [InlineData("\"number\": 1,", "\"number\": -9223372036854775809,", "/revision/number")]
    public void A_number_beyond_its_type_is_an_invalid_number_at_its_pointer(string find, string replace, string pointer)
    {
        LimitTests.AssertOnly(AgreementJson.Read(Documents.Minimal.Replace(find, replace, StringComparison.Ordinal)), "ML1007", pointer);
    }

    [Theory]
    [InlineData("18446744073709551616", "18446744073709551616")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1.50", "1.5")] // read exactly, written in its one spelling (issue #27, reproducer 7)
    public void A_number_beyond_64_bits_that_decimal_holds_exactly_is_read_exactly(string literal, string written)
    {
        var json = Documents.Minimal.Replace("\"value\": 1,", $"\"value\": {literal},", StringComparison.Ordinal);

        var read = AgreementJson.Read(json).GetValueOrThrow();

        Assert.Equal(literal, read.Commitments[0].Targets[0].Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(json.Replace(literal, written, StringComparison.Ordinal), AgreementJson.Write(read));
    }

    [Theory]
    [InlineData("0.10000000000000000000000000001")]
    [InlineData("3.14159265358979323846264338327950288")]
    [InlineData("1.000000000000000000000000000000000000001")]
    public void A_number_more_precise_than_decimal_is_reported_not_rounded(string literal)
    {
        var json = Documents.Minimal.Replace("\"value\": 1,", $"\"value\": {literal},", StringComparison.Ordinal);

        LimitTests.AssertOnly(AgreementJson.Read(json), "ML1007", "/commitments/0/targets/0/value");
    }

    [Theory]
    [InlineData("1e400", "1e400")]
    [InlineData("-123456789012345678901234567890123456789012345678901234567890", "-1.2345678901234567890123456789012345678901234567890123456789e+59")]
    [InlineData("0.10000000000000000000000000000000000001", "0.10000000000000000000000000000000000001")]
    [InlineData("123.456e-789", "1.23456e-787")]
    public void A_number_beyond_every_type_in_an_extension_is_kept_to_the_last_digit(string literal, string written)
    {
        // Every digit is kept; the spelling is the one canonical spelling (issue #27), except past a double's range,
        // where equality compares the text and the text is kept as written.
        var json = LimitTests.WithExtension("n", "0").Replace("\"n\": 0", $"\"n\": {literal}", StringComparison.Ordinal);

        var read = AgreementJson.Read(json).GetValueOrThrow();

        Assert.Equal(json.Replace(literal, written, StringComparison.Ordinal), AgreementJson.Write(read));
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void A_hundred_thousand_levels_of_nesting_are_a_depth_diagnostic_even_on_a_small_stack(char open, char close)
    {
        const int Levels = 100_000;
        var nested = open == '[' ? new string('[', Levels) + new string(close, Levels) : string.Concat(Enumerable.Repeat("{\"a\":", Levels)) + "0" + new string(close, Levels);
        var unclosed = new string(open, Levels);
        var cases = new[] { nested, unclosed, "{\"extensions\": {\"x\": " + nested + "}}" };

        // A 256 KiB stack: any recursion over the depth would overflow it, which no test could catch.
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    foreach (var json in cases)
                    {
                        LimitTests.AssertOnly(AgreementJson.Read(json), "ML0003", string.Empty);
                        LimitTests.AssertOnly(FollowUpJson.Read(Encoding.UTF8.GetBytes(json)), "ML0003", string.Empty);
                        LimitTests.AssertOnly(AgreementJson.Read(json, new JsonLimits { MaxDepth = JsonLimits.DepthCeiling }), "ML0003", string.Empty);
                        EntryPoints.AssertNoneThrows(Encoding.UTF8.GetBytes(json));
                    }
                }
#pragma warning disable CA1031 // Handed to the test thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_50_MB_string_is_a_size_diagnostic_by_default_and_a_string_length_diagnostic_when_size_allows_it_with_bounded_memory()
    {
        var bytes = FiftyMegabyteString();
        var roomy = new JsonLimits { MaxInputBytes = 64 * 1024 * 1024 };
        Warm(roomy);

        var (bySize, sizeAllocation) = Measure(() => AgreementJson.Read(bytes));
        var (byLength, lengthAllocation) = Measure(() => AgreementJson.Read(bytes, roomy));
        var (fromStream, streamAllocation) = Measure(() => AgreementJson.Read(new MemoryStream(bytes, writable: false), roomy));

        LimitTests.AssertOnly(bySize, "ML0003", string.Empty);
        LimitTests.AssertOnly(byLength, "ML0006", "/id");
        LimitTests.AssertOnly(fromStream, "ML0006", "/id");

        output.WriteLine($"{bytes.Length} bytes: {sizeAllocation} allocated by size, {lengthAllocation} by length, {streamAllocation} from a stream");

        // Rejected before anything is built: a small fraction of the input; a stream is copied once.
        Assert.True(sizeAllocation < 64 * 1024, $"{sizeAllocation} bytes allocated to reject {bytes.Length} bytes by size");
        Assert.True(lengthAllocation < 64 * 1024, $"{lengthAllocation} bytes allocated to reject a {bytes.Length}-byte string");
        Assert.True(streamAllocation < 2L * bytes.Length, $"{streamAllocation} bytes allocated to read a {bytes.Length}-byte stream");
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_50_MB_string_given_as_text_is_rejected_without_encoding_it_and_encoded_once_when_allowed()
    {
        var text = Encoding.UTF8.GetString(FiftyMegabyteString());
        var roomy = new JsonLimits { MaxInputBytes = 64 * 1024 * 1024 };
        Warm(roomy);

        var (bySize, sizeAllocation) = Measure(() => AgreementJson.Read(text));
        var (byLength, lengthAllocation) = Measure(() => FollowUpJson.Read(text, roomy));

        LimitTests.AssertOnly(bySize, "ML0003", string.Empty);
        LimitTests.AssertOnly(byLength, "ML0006", "/id");
        output.WriteLine($"{text.Length} characters: {sizeAllocation} allocated by size, {lengthAllocation} by length");
        Assert.True(sizeAllocation < 64 * 1024, $"{sizeAllocation} bytes allocated to reject {text.Length} characters by size");
        Assert.True(lengthAllocation < 2L * text.Length, $"{lengthAllocation} bytes allocated for {text.Length} characters of ASCII");
    }

    private static byte[] FiftyMegabyteString()
    {
        var head = "{\"formatVersion\": \"1.0\", \"id\": \""u8;
        var tail = "\"}"u8;
        var bytes = new byte[50 * 1000 * 1000];
        head.CopyTo(bytes);
        bytes.AsSpan(head.Length, bytes.Length - head.Length - tail.Length).Fill((byte)'a');
        tail.CopyTo(bytes.AsSpan(bytes.Length - tail.Length));
        return bytes;
    }

    /// <summary>Runs every path once on small input, so that first-call costs are not measured.</summary>
    private static void Warm(JsonLimits limits)
    {
        var small = new JsonLimits { MaxInputBytes = 10, MaxStringLength = 1 };
        AgreementJson.Read("{\"id\": \"abc\"}"u8.ToArray(), small);
        AgreementJson.Read("{\"id\": \"abc\"}"u8.ToArray(), limits with { MaxStringLength = 1 });
        AgreementJson.Read(new MemoryStream("{\"id\": \"abc\"}"u8.ToArray()), limits with { MaxStringLength = 1 });
        AgreementJson.Read("{\"id\": \"abc\"}", small);
        FollowUpJson.Read("{\"id\": \"abc\"}", limits with { MaxStringLength = 1 });
    }

    private static (T Result, long Allocated) Measure<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
