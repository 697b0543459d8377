using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Properties;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Performance;

/// <summary>
/// No exception is thrown, not even caught inside the library, while reading or validating any input: valid,
/// invalid, malformed, too deep, with duplicate names or not UTF-8 at all. Exceptions are slow (microseconds
/// each), and an import job that meets a thousand broken files must not throw a thousand times. First-chance
/// exceptions are counted on this thread only (<see cref="FirstChanceExceptions"/>).
/// </summary>
/// <remarks>
/// System.Text.Json's reader reports malformed JSON only by throwing; the library checks the grammar first
/// (<c>JsonSyntax</c>) so that the reader never meets it.
/// </remarks>
public sealed class NoExceptionTests
{
    private static readonly ValidationOptions Options = new() { Clock = FixedClock.AtNoon(2025, 6, 1) };

    public static IEnumerable<object[]> Documents()
    {
        var fixtures = Path.Combine(Repository.Root, "tests", "Medborgarlofte.Core.Tests", "Fixtures");
        var paths = Directory.GetFiles(Repository.Examples, "*.json")
            .Concat(Directory.GetFiles(Path.Combine(fixtures, "rules"), "*.json"))
            .Concat(Directory.GetFiles(Path.Combine(fixtures, "structural"), "*.json"))
            .Concat(Directory.GetFiles(Path.Combine(fixtures, "valid"), "*.json"))
            .Where(path => Path.GetFileName(path) != Support.Fixtures.ExpectationsFile)
            .Select(Support.Fixtures.Relative)
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            yield return [path];
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validating_a_document_throws_no_exception(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, relativePath));

        var thrown = FirstChanceExceptions.During(() =>
        {
            AgreementValidator.Validate(bytes, Options);
            AgreementValidator.Validate(bytes, Options);
        });

        Assert.Equal(0, thrown);
    }

    [Fact]
    public void The_documents_include_invalid_ones()
    {
        var invalid = Documents()
            .Select(d => File.ReadAllBytes(Path.Combine(Repository.Root, (string)d[0])))
            .Count(bytes => !AgreementValidator.Validate(bytes).IsValid);
        Assert.True(invalid > 20, $"only {invalid} invalid documents");
    }

    /// <summary>Inputs every reader refuses, by name: broken in each way the input checks tell apart.</summary>
    public static TheoryData<string> RefusedInputs()
    {
        var data = new TheoryData<string>();
        foreach (var name in Refused.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public void Refused_input_throws_no_exception_and_says_why(string name)
    {
        var bytes = Refused[name];
        ValidationReport? report = null;

        var thrown = FirstChanceExceptions.During(() =>
        {
            report = AgreementValidator.Validate(bytes, Options);
            AgreementJson.Read(bytes);
            AgreementJson.Read(new MemoryStream(bytes, writable: false));
            FollowUpJson.Read(bytes);
            FollowUpValidator.Validate(bytes, EntryPoints.Reference);
        });

        Assert.Equal(0, thrown);
        Assert.False(report!.IsValid);
        Assert.Contains(report.Diagnostics, d => d.Code.StartsWith("ML0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_syntax_error_anywhere_is_reported_before_duplicate_names()
    {
        // The one-pass parse stops at the first name given twice; the error after it must still be found.
        var report = AgreementValidator.Validate(Refused["a duplicate name before a syntax error"], Options);

        Assert.Equal("ML0001", Assert.Single(report.Diagnostics).Code);
    }

    public static TheoryData<string> SuiteCases() => JsonTestSuite.NamesAsTheoryData();

    [Theory]
    [MemberData(nameof(SuiteCases))]
    public void No_JSONTestSuite_case_makes_the_library_throw(string name)
    {
        var bytes = JsonTestSuite.Case(name).Bytes;

        var thrown = FirstChanceExceptions.During(() =>
        {
            AgreementValidator.Validate(bytes, Options);
            AgreementJson.Read(bytes);
            FollowUpJson.Read(bytes);
        });

        Assert.Equal(0, thrown);
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_refused_without_an_exception()
    {
        ValidationReport? report = null;

        var thrown = FirstChanceExceptions.During(() => report = AgreementValidator.Validate("{\"formatVersion\": \"\uD800\"}", Options));

        Assert.Equal(0, thrown);
        Assert.Equal("ML0004", Assert.Single(report!.Diagnostics).Code);
    }

    [Fact]
    public void Damaged_copies_of_the_examples_throw_no_exception()
    {
        var random = new Random(20261122);
        var copies = 0;
        foreach (var path in Directory.GetFiles(Repository.Examples, "*.json").Order(StringComparer.Ordinal))
        {
            var original = File.ReadAllBytes(path);
            for (var n = 0; n < 40; n++, copies++)
            {
                var bytes = DamagedCopies.Damage(original, random);
                var thrown = FirstChanceExceptions.During(() => AgreementValidator.Validate(bytes, Options));
                Assert.True(thrown == 0, $"{Path.GetFileName(path)}, copy {n}, threw {thrown} exception(s)");
            }
        }

        Assert.True(copies >= 200, $"only {copies} copies");
    }

    private static readonly Dictionary<string, byte[]> Refused = new(StringComparer.Ordinal)
    {
        ["empty"] = [],
        ["white space only"] = "  \n\t "u8.ToArray(),
        ["cut off inside a string"] = "{\"formatVersion\": \"1."u8.ToArray(),
        ["a trailing comma"] = "{\"formatVersion\": \"1.0\",}"u8.ToArray(),
        ["a missing colon"] = "{\"formatVersion\" \"1.0\"}"u8.ToArray(),
        ["a bad escape"] = "{\"a\": \"\\q\"}"u8.ToArray(),
        ["a raw control character"] = "{\"a\": \"\u0001\"}"u8.ToArray(),
        ["a leading zero"] = "{\"a\": 01}"u8.ToArray(),
        ["two values"] = "{} {}"u8.ToArray(),
        ["a comment"] = "{/* no */}"u8.ToArray(),
        ["a duplicate name"] = "{\"formatVersion\": \"1.0\", \"formatVersion\": \"1.0\"}"u8.ToArray(),
        ["a duplicate name, escaped"] = "{\"a\": 1, \"\\u0061\": 2}"u8.ToArray(),
        ["a duplicate name before a syntax error"] = "{\"a\": {\"b\": 1, \"b\": 2}, \"c\": \"\u0000\"}"u8.ToArray(),
        ["65 levels"] = Encoding.UTF8.GetBytes(new string('[', 65) + new string(']', 65)),
        ["100 000 unclosed levels"] = Encoding.UTF8.GetBytes(new string('{', 100_000)),
        ["deep and cut off"] = Encoding.UTF8.GetBytes("{\"a\": " + new string('[', 70)),
        ["a lone surrogate escape"] = "{\"a\": \"\\ud800\"}"u8.ToArray(),
        ["not UTF-8"] = [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D],
        ["UTF-16"] = Encoding.Unicode.GetBytes("{}"),
        ["a byte order mark before a broken text"] = [0xEF, 0xBB, 0xBF, 0x7B],
    };
}
