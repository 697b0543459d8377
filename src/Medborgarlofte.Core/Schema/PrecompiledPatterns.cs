using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Medborgarlofte.Schema;

/// <summary>
/// The <c>pattern</c>s of the format's own schema, compiled at build time by the regex source generator.
/// </summary>
/// <remarks>
/// Why: building a <see cref="RegexOptions.NonBacktracking"/> automaton is a large part of a command's start-up,
/// and matching a short identifier on it costs more than on generated code. These patterns are trusted
/// (they ship with the library) and linear on the backtracking engine: each repetition starts with a
/// character its neighbour cannot match, and the catastrophic-input tests run them all. The key is the
/// pattern as written in a schema; the generated expression is its ECMA-262 translation, which a test
/// compares with <see cref="EcmaRegex.TryTranslate"/>, so any schema with the same pattern gets the same meaning.
/// </remarks>
internal static partial class PrecompiledPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int TimeoutMilliseconds = 250;

    /// <summary>Gets the generated expressions by the pattern as written in a schema.</summary>
    public static IReadOnlyDictionary<string, Regex> ByPattern { get; } = new Dictionary<string, Regex>(System.StringComparer.Ordinal)
    {
        ["^sha256:[0-9a-f]{64}$"] = ContentHash(),
        ["^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"] = LanguageTag(),
        ["^[A-Za-z0-9][A-Za-z0-9._:-]*$"] = Identifier(),
        ["^[0-9]{6}-[0-9]{4}$"] = OrganisationNumber(),
        ["^[0-9]{4}-[0-9]{2}-[0-9]{2}$"] = Date(),
        ["^[0-9]{4}$"] = Year(),
    };

    /// <summary>Gets the same patterns as loops over UTF-8 bytes (<see cref="Utf8Patterns"/>), for text without escapes.</summary>
    public static IReadOnlyDictionary<string, Utf8PatternMatcher> Utf8ByPattern { get; } = new Dictionary<string, Utf8PatternMatcher>(System.StringComparer.Ordinal)
    {
        ["^sha256:[0-9a-f]{64}$"] = Utf8Patterns.IsContentHash,
        ["^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"] = Utf8Patterns.IsLanguageTag,
        ["^[A-Za-z0-9][A-Za-z0-9._:-]*$"] = Utf8Patterns.IsIdentifier,
        ["^[0-9]{6}-[0-9]{4}$"] = Utf8Patterns.IsOrganisationNumber,
        ["^[0-9]{4}-[0-9]{2}-[0-9]{2}$"] = Utf8Patterns.IsDate,
        ["^[0-9]{4}$"] = Utf8Patterns.IsYear,
    };

    [GeneratedRegex(@"^sha256:[0-9a-f]{64}\z", Options, TimeoutMilliseconds)]
    private static partial Regex ContentHash();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*\z", Options, TimeoutMilliseconds)]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:-]*\z", Options, TimeoutMilliseconds)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[0-9]{6}-[0-9]{4}\z", Options, TimeoutMilliseconds)]
    private static partial Regex OrganisationNumber();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z", Options, TimeoutMilliseconds)]
    private static partial Regex Date();

    [GeneratedRegex(@"^[0-9]{4}\z", Options, TimeoutMilliseconds)]
    private static partial Regex Year();
}
