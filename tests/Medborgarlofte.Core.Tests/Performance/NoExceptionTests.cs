using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Performance;

/// <summary>
/// No exception is thrown, not even caught inside the library, while validating any well-formed
/// document, valid or not: exceptions are slow (microseconds each) and a validator that throws per
/// error would not scale with the number of errors. First-chance exceptions are counted on this
/// thread only, so tests running in parallel on other threads do not disturb the count.
/// </summary>
/// <remarks>
/// Malformed JSON is left out: System.Text.Json's parser (JsonDocument.Parse, and Utf8JsonReader
/// under it) reports a syntax error by throwing JsonException internally, which the library catches
/// and turns into a diagnostic. Avoiding that would need a syntax pre-check that does not throw.
/// </remarks>
public sealed class NoExceptionTests
{
    [ThreadStatic]
    private static int _thrown;

    [ThreadStatic]
    private static bool _counting;

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
    public void Validating_a_well_formed_document_throws_no_exception(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, relativePath));
        if (!IsWellFormed(bytes))
        {
            return;
        }

        var options = new ValidationOptions { Clock = FixedClock.AtNoon(2025, 6, 1) };
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            _thrown = 0;
            _counting = true;
            AgreementValidator.Validate(bytes, options);
            AgreementValidator.Validate(bytes, options);
        }
        finally
        {
            _counting = false;
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, _thrown);
    }

    [Fact]
    public void The_documents_include_well_formed_invalid_ones()
    {
        var invalid = Documents()
            .Select(d => File.ReadAllBytes(Path.Combine(Repository.Root, (string)d[0])))
            .Count(bytes => IsWellFormed(bytes) && !AgreementValidator.Validate(bytes).IsValid);
        Assert.True(invalid > 20, $"only {invalid} well-formed invalid documents");
    }

    private static void Count(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (_counting)
        {
            _thrown++;
        }
    }

    /// <summary>Parsed outside the count: the parser throws on malformed JSON (see the remarks).</summary>
    private static bool IsWellFormed(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
