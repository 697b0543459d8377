using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>
/// Diagnostics in document order: parents before children, properties as written, items by index, what the
/// document lacks last in the order first reported, and the reported order where the place is the same.
/// </summary>
public sealed class DocumentOrderTests
{
    private const string Document = """
        {
          "title": {"sv": "t"},
          "a/b": 1,
          "commitments": [{"id": "c0"}, {"id": "c1", "targets": [{}, {}]}, {"id": "c2"}],
          "goals": [{"id": "g0"}],
          "z": {"m": 1, "k": 2, "c": 3, "b": 4, "a": 5, "x": 6, "y": 7, "w": 8, "v": 9, "u": 10, "t": 11}
        }
        """;

    [Theory]
    [InlineData(new[] { "/goals/0", "/commitments/1", "" }, new[] { "", "/commitments/1", "/goals/0" })]
    [InlineData(new[] { "/commitments/1/targets/1", "/commitments/1", "/commitments/0" }, new[] { "/commitments/0", "/commitments/1", "/commitments/1/targets/1" })]
    [InlineData(new[] { "/commitments/10", "/commitments/2", "/title/sv" }, new[] { "/title/sv", "/commitments/2", "/commitments/10" })]
    [InlineData(new[] { "/goals", "/a~1b", "/title" }, new[] { "/title", "/a~1b", "/goals" })] // an escaped name is found
    [InlineData(new[] { "/missing/y", "/goals/0", "/absent", "/missing/x" }, new[] { "/goals/0", "/missing/y", "/missing/x", "/absent" })]
    [InlineData(new[] { "/commitments/07", "/commitments/0" }, new[] { "/commitments/0", "/commitments/07" })] // "07" is not an index
    [InlineData(new[] { "not a pointer", "/title" }, new[] { "/title", "not a pointer" })]
    [InlineData(new[] { "/z/t", "/z/a", "/z/u", "/z/m", "/z/b", "/z/c", "/z/k", "/z/v", "/z/w", "/z/x", "/z/y", "/z/none" },
        new[] { "/z/m", "/z/k", "/z/c", "/z/b", "/z/a", "/z/x", "/z/y", "/z/w", "/z/v", "/z/u", "/z/t", "/z/none" })] // many names: by dictionary
    public void Diagnostics_are_sorted_by_their_place_in_the_document(string[] reported, string[] expected)
    {
        using var document = Medborgarlofte.Json.Parsed.JsonTape.Parse(System.Text.Encoding.UTF8.GetBytes(Document), default)!;
        var diagnostics = reported.Select(At).ToList();

        DocumentOrder.Sort(diagnostics, document.Root);

        Assert.Equal(expected, diagnostics.Select(d => d.Pointer));
    }

    [Fact]
    public void Diagnostics_at_the_same_place_keep_the_order_reported()
    {
        using var document = Medborgarlofte.Json.Parsed.JsonTape.Parse(System.Text.Encoding.UTF8.GetBytes(Document), default)!;
        var diagnostics = new List<Diagnostic> { At("/goals/0", "ML2"), At("/title", "ML1"), At("/goals/0", "ML1"), At("/goals/0", "ML3") };

        DocumentOrder.Sort(diagnostics, document.Root);

        Assert.Equal(["/title ML1", "/goals/0 ML2", "/goals/0 ML1", "/goals/0 ML3"], diagnostics.Select(d => $"{d.Pointer} {d.Code}"));
    }

    [Fact]
    public void Without_a_document_the_order_is_that_of_the_first_report_of_each_name()
    {
        var diagnostics = new List<Diagnostic> { At("/b/1"), At("/a"), At("/b/0"), At("") };

        DocumentOrder.Sort(diagnostics, null);

        Assert.Equal(["", "/b/1", "/b/0", "/a"], diagnostics.Select(d => d.Pointer));
    }

    [Fact]
    public void One_diagnostic_or_none_is_left_as_it_is()
    {
        var one = new List<Diagnostic> { At("/x") };
        var none = new List<Diagnostic>();

        DocumentOrder.Sort(one, null);
        DocumentOrder.Sort(none, null);

        Assert.Equal("/x", Assert.Single(one).Pointer);
        Assert.Empty(none);
    }

    private static Diagnostic At(string pointer) => At(pointer, "ML0000");

    private static Diagnostic At(string pointer, string code) =>
        new(code, DiagnosticSeverity.Warning, pointer, new LocalizedText("m", "m"));
}
