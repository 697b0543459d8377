using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json.Parsed;

/// <summary>
/// The tape holds what <see cref="JsonDocument"/> holds: the same values, names, raw text and counts for every
/// document the library ships or tests with, and the same verdict (parsed or refused) on every case of
/// JSONTestSuite and on duplicate names.
/// </summary>
public sealed class JsonTapeTests
{
    private static readonly JsonDocumentOptions StrictDocument = new() { AllowDuplicateProperties = false };

    public static TheoryData<string> Corpus()
    {
        var files = new List<string>();
        files.AddRange(Directory.GetFiles(Repository.Examples, "*.json", SearchOption.AllDirectories));
        files.AddRange(Directory.GetFiles(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures"), "*.json", SearchOption.AllDirectories));
        files.AddRange(Directory.GetFiles(Repository.Data, "*.json", SearchOption.AllDirectories));
        files.AddRange(Directory.GetFiles(Repository.PathOf("schemas"), "*.json"));
        var data = new TheoryData<string>();
        foreach (var file in files.Select(f => Path.GetRelativePath(Repository.Root, f)).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_file_reads_as_JsonDocument_reads_it(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, file));
        bool documentParses;
        try
        {
            using var probe = JsonDocument.Parse(bytes, StrictDocument);
            documentParses = true;
        }
        catch (JsonException)
        {
            documentParses = false;
        }

        if (!documentParses)
        {
            Assert.True(Refuses(bytes));
            Assert.True(StrictRefuses(bytes));
            return;
        }

        using var document = JsonDocument.Parse(bytes, StrictDocument);
        using var tape = JsonTape.Parse(bytes, default)!;
        AssertSame(document.RootElement, tape.Root, string.Empty);
        using var strict = Strict(bytes);
        AssertSame(document.RootElement, strict.Root, string.Empty);
    }

    public static TheoryData<string> SuiteCases() => JsonTestSuite.NamesAsTheoryData();

    [Theory]
    [MemberData(nameof(SuiteCases))]
    public void Every_JSONTestSuite_case_gets_JsonDocument_s_verdict(string name)
    {
        var bytes = JsonTestSuite.Case(name).Bytes;
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(bytes, StrictDocument);
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
            // JsonDocument's duplicate check decodes every name, and a name with a lone surrogate escape
            // ("\uDFAA") throws this instead of JsonException. The tape does not decode names it need not
            // compare; the library refuses such escapes before either parser runs (JsonLimitScanner). What is
            // asked of the tape here is only that it throws nothing but JsonException.
            Refuses(bytes);
            return;
        }

        using (document)
        {
            if (document is null)
            {
                Assert.True(Refuses(bytes));
                Assert.True(!ParsableByTheGrammar(bytes) || StrictRefuses(bytes));
                return;
            }

            using var tape = JsonTape.Parse(bytes, default)!;
            AssertSame(document.RootElement, tape.Root, string.Empty);
            if (ParsableByTheGrammar(bytes))
            {
                using var strict = Strict(bytes);
                AssertSame(document.RootElement, strict.Root, string.Empty);
            }
        }
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"a":1,"\u0061":2}""")]
    [InlineData("""{"x":{"b":[],"c":0,"b":null}}""")]
    [InlineData("""[{"k":1},{"k":2,"k":3}]""")]
    public void Duplicate_names_are_refused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json, StrictDocument).Dispose());
        Assert.Null(JsonTape.Parse(Encoding.UTF8.GetBytes(json), default));
    }

    [Theory]
    [InlineData("""{"\uDFAA":0,"a":1}""", false)]
    [InlineData("""{"\uD800":0,"\uD800":1}""", true)]
    public void Names_with_lone_surrogate_escapes_are_compared_without_throwing_anything_else(string json, bool duplicate)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (duplicate)
        {
            Assert.Null(JsonTape.Parse(bytes, default));
            return;
        }

        using var tape = JsonTape.Parse(bytes, default)!;
        Assert.Equal(2, tape.Root.GetPropertyCount());
    }

    [Fact]
    public void Duplicates_are_found_among_many_names_too()
    {
        // More names than are compared pairwise, so the set is used; the repeat is the last name.
        var names = Enumerable.Range(0, 40).Select(i => $"\"p{i}\":{i}").Append("\"p\\u0033\":0");
        var json = Encoding.UTF8.GetBytes("{" + string.Join(",", names) + "}");

        Assert.Null(JsonTape.Parse(json, default));
        using var unique = JsonTape.Parse(Encoding.UTF8.GetBytes("{" + string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"p{i}\":{i}")) + "}"), default)!;
        Assert.Equal(40, unique.Root.GetPropertyCount());
    }

    [Fact]
    public void Depth_is_limited_as_the_reader_limits_it()
    {
        var json = Encoding.UTF8.GetBytes(new string('[', 6) + new string(']', 6));

        Assert.ThrowsAny<JsonException>(() => JsonTape.Parse(json, new JsonReaderOptions { MaxDepth = 5 })?.Dispose());
        using var tape = JsonTape.Parse(json, new JsonReaderOptions { MaxDepth = 6 })!;
        Assert.Equal(6, tape.RowCount);
    }

    [Fact]
    public void Rows_grow_past_the_first_estimate()
    {
        // One-byte values: far more rows than one per eight bytes.
        var json = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("0", 5000)) + "]");
        using var tape = JsonTape.Parse(json, default)!;

        Assert.Equal(5001, tape.RowCount);
        Assert.Equal(5000, tape.Root.GetArrayLength());
        foreach (var item in tape.Root.EnumerateArray())
        {
            Assert.Equal("0"u8.ToArray(), item.RawBytes.ToArray());
        }
    }

    private static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool Decodes(JsonElement text)
    {
        try
        {
            _ = text.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void AssertSame(JsonElement expected, TapeElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {expected.ValueKind} but the tape has {actual.ValueKind}");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var expectedProperties = expected.EnumerateObject().ToList();
                var actualProperties = new List<TapeProperty>();
                foreach (var property in actual.EnumerateObject())
                {
                    actualProperties.Add(property);
                }

                Assert.Equal(expectedProperties.Count, actualProperties.Count);
                Assert.Equal(expectedProperties.Count, actual.GetPropertyCount());
                for (var i = 0; i < expectedProperties.Count; i++)
                {
                    var rawName = JsonMarshal.GetRawUtf8PropertyName(expectedProperties[i]).ToArray();
                    Assert.Equal(rawName, actualProperties[i].RawName.ToArray());
                    var name = NameOf(expectedProperties[i]);
                    if (name is not null)
                    {
                        Assert.Equal(name, actualProperties[i].Name);
                    }

                    AssertSame(expectedProperties[i].Value, actualProperties[i].Value, path + "/" + (name ?? "?"));
                }

                break;
            }

            case JsonValueKind.Array:
            {
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = new List<TapeElement>();
                foreach (var item in actual.EnumerateArray())
                {
                    actualItems.Add(item);
                }

                Assert.Equal(expectedItems.Count, actualItems.Count);
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (var i = 0; i < expectedItems.Count; i++)
                {
                    AssertSame(expectedItems[i], actualItems[i], path + "/" + i);
                }

                break;
            }

            case JsonValueKind.String:
                // Invalid UTF-8 and lone surrogate escapes parse but do not decode (the library refuses them
                // before reading); for those the raw bytes are compared.
                if (Decodes(expected))
                {
                    Assert.Equal(expected.GetString(), actual.GetString());
                }

                Assert.True(actual.TryRawString(out var raw));
                Assert.Equal(JsonMarshal.GetRawUtf8Value(expected)[1..^1].ToArray(), raw.ToArray());
                break;
            default:
                Assert.Equal(JsonMarshal.GetRawUtf8Value(expected).ToArray(), actual.RawBytes.ToArray());
                break;
        }

        if (expected.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Assert.Equal(JsonMarshal.GetRawUtf8Value(expected).ToArray(), actual.RawBytes.ToArray());
        }
    }

    /// <summary>The library's strict one-pass parse (the grammar's own tokens) of a text it accepts.</summary>
    private static JsonTape Strict(byte[] bytes)
    {
        var tape = JsonTape.ParseStrict(bytes, 64, out var error);
        Assert.True(tape is not null, $"refused: {error}");
        return tape;
    }

    private static bool StrictRefuses(byte[] bytes)
    {
        using var tape = JsonTape.ParseStrict(bytes, 64, out _);
        return tape is null;
    }

    /// <summary>What the library hands the grammar: valid UTF-8, its byte order mark already stripped.</summary>
    private static bool ParsableByTheGrammar(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes) && !bytes.AsSpan().StartsWith("\uFEFF"u8);

    /// <summary>Whether the tape refuses the text: the reader throws for malformed JSON, a duplicate name gives null.</summary>
    private static bool Refuses(byte[] bytes)
    {
        try
        {
            using var tape = JsonTape.Parse(bytes, default);
            return tape is null;
        }
        catch (JsonException)
        {
            return true;
        }
    }
}
