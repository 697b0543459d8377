using System;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Schema.Compiled;

/// <summary>
/// What the generated schema checks (<c>*.g.cs</c> beside this file) call: the same string, number, pattern
/// and format tests the interpreting evaluator's keywords use, on raw JSON text.
/// </summary>
/// <remarks>
/// A generated check answers only valid or not; the interpreter, which reports every error with its
/// locations, runs when it says not. Each helper therefore decides exactly as its keyword does.
/// </remarks>
internal static class CompiledSchemaSupport
{
    /// <summary>A pattern of the schema, compiled (or found precompiled) as the interpreter compiles it.</summary>
    public static EcmaRegex Pattern(string pattern) =>
        EcmaRegex.TryCreate(pattern, out var regex, out var error)
            ? regex!
            : throw new InvalidOperationException("A pattern of the generated schema check does not compile: " + error.English);

    /// <summary>A number of the schema, read as the interpreter reads it.</summary>
    public static SchemaNumber Number(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SchemaNumber.From(document.RootElement);
    }

    /// <summary>True when the raw (possibly escaped) string content equals the expected UTF-8 text (<c>const</c>).</summary>
    public static bool StringEquals(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> expected) => JsonText.Unescaped(raw).SequenceEqual(expected);

    /// <summary>True when the raw string content is in the format (<c>format</c>).</summary>
    public static bool HasFormat(AssertedFormat format, ReadOnlySpan<byte> raw) => FormatKeyword.Holds(format, JsonText.Unescaped(raw));

    /// <summary>True when the pattern matches the raw string content (<c>pattern</c>); a timeout is no match.</summary>
    public static bool Matches(EcmaRegex regex, ReadOnlySpan<byte> raw) => regex.MatchRaw(raw) == RegexOutcome.Match;

    /// <summary>
    /// The rest of a pattern check after its UTF-8 loop (<see cref="Utf8Patterns"/>) refused the raw bytes
    /// (<see cref="EcmaRegex.MatchEscaped"/>). A timeout is no match.
    /// </summary>
    public static bool MatchesEscaped(EcmaRegex regex, ReadOnlySpan<byte> raw) => regex.MatchEscaped(raw) == RegexOutcome.Match;

    /// <summary>Compares a number instance with a limit: negative when it is below, zero when equal, positive when above.</summary>
    public static int Compare(TapeElement number, in SchemaNumber limit) => limit.CompareRaw(number.RawBytes);

    /// <summary>True when the number has no fraction (<c>"type": "integer"</c>).</summary>
    public static bool IsInteger(TapeElement number) => SchemaNumber.IsInteger(number.RawBytes);

    /// <summary>True when the object has a property (for <c>minProperties: 1</c>).</summary>
    public static bool HasProperties(TapeElement element) => element.GetPropertyCount() > 0;
}
