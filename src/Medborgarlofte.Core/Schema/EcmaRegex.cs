using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Medborgarlofte.Schema;

/// <summary>
/// A JSON Schema <c>pattern</c> (an ECMA-262 regular expression with the <c>u</c> flag, as the specification
/// requires) translated to a .NET <see cref="Regex"/> and compiled once.
/// </summary>
/// <remarks>
/// <para>
/// Hostile input: the pattern runs on <see cref="RegexOptions.NonBacktracking"/> (linear time, so
/// <c>^(a+)+$</c> cannot hang) whenever .NET allows it. Patterns with backreferences or lookaround need the
/// backtracking engine; they get a match timeout of <see cref="MatchTimeout"/> and a timeout is reported as a
/// validation error, never thrown. The format schema's own patterns are generated at build time instead
/// (<see cref="PrecompiledPatterns"/>).
/// </para>
/// <para>Differences from .NET that are translated:</para>
/// <list type="bullet">
/// <item><c>\d</c>, <c>\D</c>: ASCII digits <c>[0-9]</c> only (.NET matches every Unicode decimal digit).</item>
/// <item><c>\w</c>, <c>\W</c>: <c>[A-Za-z0-9_]</c> only (.NET includes Unicode letters).</item>
/// <item><c>\s</c>, <c>\S</c>: the ECMA-262 WhiteSpace and LineTerminator set (adds U+FEFF, drops U+0085).</item>
/// <item><c>$</c>: end of input only (.NET also matches before a final newline); written as <c>\z</c>.</item>
/// <item><c>.</c>: any code point except <c>\n \r \u2028 \u2029</c> (.NET excludes only <c>\n</c>); a surrogate
/// pair counts as one character, as with the <c>u</c> flag.</item>
/// <item><c>[^...]</c>, <c>\D</c>, <c>\W</c>, <c>\S</c>: also match a whole surrogate pair.</item>
/// <item>A literal astral character (or <c>\u{1F600}</c>, or an escaped surrogate pair) is grouped, so a following
/// quantifier applies to the whole code point.</item>
/// <item><c>\cX</c>: control characters, written as <c>\xNN</c>.</item>
/// <item><c>\u{X...}</c>: code point escapes of the <c>u</c> flag.</item>
/// <item><c>\p{...}</c>: General_Category long names and aliases (<c>Letter</c>, <c>digit</c>, <c>gc=Lu</c>,
/// <c>LC</c>), <c>ASCII</c>, <c>ASCII_Hex_Digit</c> and <c>Any</c>.</item>
/// <item><c>[]</c> (matches nothing) and <c>[^]</c> (matches anything).</item>
/// <item>A <c>[</c> inside a class is literal (in .NET <c>-[</c> would start a class subtraction).</item>
/// </list>
/// <para>Refused as invalid (they are not ECMA-262 with the <c>u</c> flag): inline flags <c>(?i)</c>, comments
/// <c>(?#...)</c>, Python groups <c>(?P...)</c>, atomic groups <c>(?&gt;...)</c>, unknown letter escapes such as
/// <c>\a</c>, <c>\A</c>, <c>\Z</c>, <c>\z</c>, <c>\G</c>, <c>\e</c>.</para>
/// <para>Not handled (documented in docs/schema-evaluator.md): <c>\b</c>/<c>\B</c> use .NET's Unicode word
/// characters; <c>\p{...}</c> classifies UTF-16 units, so astral characters are not classified; astral
/// characters inside a character class are refused; <c>\p{Script=...}</c> and other binary properties are
/// refused; case-insensitive matching does not arise because JSON Schema patterns carry no flags.</para>
/// </remarks>
internal sealed class EcmaRegex
{
    /// <summary>How long the backtracking engine may run on one value.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private const int CacheLimit = 1024;

    // Surrogate pair alternative put in front of negated sets so that one code point is one character.
    private const string SurrogatePair = @"[\uD800-\uDBFF][\uDC00-\uDFFF]";
    private const string Surrogates = @"\uD800-\uDFFF";
    private const string DigitSet = "0-9";
    private const string WordSet = "a-zA-Z0-9_";
    private const string SpaceSet = @"\t\n\x0B\f\r\x20\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
    private const string NotDigitSet = @"\u0000-\u002F\u003A-\uFFFF";
    private const string NotWordSet = @"\u0000-\u002F\u003A-\u0040\u005B-\u005E\u0060\u007B-\uFFFF";
    private const string NotSpaceSet =
        @"\u0000-\u0008\u000E-\u001F\u0021-\u009F\u00A1-\u167F\u1681-\u1FFF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u2FFF\u3001-\uFEFE\uFF00-\uFFFF";

    private static readonly ConcurrentDictionary<string, EcmaRegex> Cache = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> GeneralCategories = CreateGeneralCategories();

    private readonly Regex _regex;
    private readonly Utf8PatternMatcher? _utf8;

    private EcmaRegex(string pattern, Regex regex, bool nonBacktracking, Utf8PatternMatcher? utf8 = null)
    {
        Pattern = pattern;
        _regex = regex;
        IsNonBacktracking = nonBacktracking;
        _utf8 = utf8;
    }

    /// <summary>The pattern as written in the schema.</summary>
    public string Pattern { get; }

    /// <summary>True when the linear-time engine is used; false when the pattern needs backtracking (and a timeout).</summary>
    public bool IsNonBacktracking { get; }

    /// <summary>Translates and compiles a pattern, reusing an earlier compilation of the same text.</summary>
    public static bool TryCreate(string pattern, out EcmaRegex? regex, out SchemaMessage error)
    {
        if (Cache.TryGetValue(pattern, out regex))
        {
            error = default;
            return true;
        }

        if (PrecompiledPatterns.ByPattern.TryGetValue(pattern, out var generated))
        {
            regex = new EcmaRegex(pattern, generated, nonBacktracking: false, PrecompiledPatterns.Utf8ByPattern[pattern]);
            error = default;
            return true;
        }

        if (!TryTranslate(pattern, out var translated, out error))
        {
            regex = null;
            return false;
        }

        try
        {
            regex = new EcmaRegex(pattern, new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant), nonBacktracking: true);
        }
        catch (NotSupportedException)
        {
            regex = CreateBacktracking(pattern, translated, out error);
        }
        catch (ArgumentException)
        {
            // NonBacktracking refuses some constructs with an ArgumentException; the backtracking engine decides.
            regex = CreateBacktracking(pattern, translated, out error);
        }

        if (regex is null)
        {
            return false;
        }

        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(pattern, regex);
        }

        return true;
    }

    /// <summary>Matches raw JSON string content: on its bytes when it can, else decoded (<see cref="JsonText.Decoded"/>).</summary>
    public RegexOutcome MatchRaw(ReadOnlySpan<byte> raw) =>
        _utf8 is null ? Match(JsonText.Decoded(raw))
        : _utf8(raw) ? RegexOutcome.Match
        : MatchEscaped(raw);

    /// <summary>
    /// What is left to decide after the pattern's UTF-8 matcher refused the raw bytes (<see cref="MatchRaw"/>, and the
    /// compiled schema check, which calls the matcher itself): no matcher accepts a backslash, so only text with an
    /// escape can still match, once decoded.
    /// </summary>
    public RegexOutcome MatchEscaped(ReadOnlySpan<byte> raw) =>
        JsonText.HasEscapes(raw) ? Match(JsonText.Decoded(raw)) : RegexOutcome.NoMatch;

    /// <summary>Matches (searches, not anchored) the text; a timeout is returned, never thrown.</summary>
    public RegexOutcome Match(ReadOnlySpan<char> text)
    {
        try
        {
            return _regex.IsMatch(text) ? RegexOutcome.Match : RegexOutcome.NoMatch;
        }
        catch (RegexMatchTimeoutException)
        {
            return RegexOutcome.TimedOut;
        }
    }

    /// <summary>Translates ECMA-262 (u flag) syntax to .NET syntax; see the type's remarks for what changes.</summary>
    internal static bool TryTranslate(string pattern, out string translated, out SchemaMessage error)
    {
        var output = new StringBuilder(pattern.Length + 16);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (!TryTranslateEscape(pattern, ref i, output, inClass: false, out error))
                    {
                        translated = string.Empty;
                        return false;
                    }

                    continue;
                case '[':
                    if (!TryTranslateClass(pattern, ref i, output, out error))
                    {
                        translated = string.Empty;
                        return false;
                    }

                    continue;
                case '.':
                    output.Append("(?:").Append(SurrogatePair).Append(@"|[^\n\r\u2028\u2029").Append(Surrogates).Append("])");
                    break;
                case '$':
                    output.Append(@"\z");
                    break;
                case ']':
                    output.Append(@"\]");
                    break;
                case '(':
                    if (!TryTranslateGroupStart(pattern, i, output, out var length, out error))
                    {
                        translated = string.Empty;
                        return false;
                    }

                    i += length;
                    continue;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]))
                    {
                        AppendAstral(output, char.ConvertToUtf32(c, pattern[i + 1]));
                        i += 2;
                        continue;
                    }

                    output.Append(c);
                    break;
            }

            i++;
        }

        translated = output.ToString();
        error = default;
        return true;
    }

    private static EcmaRegex? CreateBacktracking(string pattern, string translated, out SchemaMessage error)
    {
        try
        {
            error = default;
            return new EcmaRegex(pattern, new Regex(translated, RegexOptions.CultureInvariant, MatchTimeout), nonBacktracking: false);
        }
        catch (ArgumentException ex)
        {
            error = SchemaMessages.InvalidPattern(pattern, ex.Message);
            return null;
        }
    }

    private static bool TryTranslateGroupStart(string pattern, int i, StringBuilder output, out int length, out SchemaMessage error)
    {
        error = default;
        if (i + 1 >= pattern.Length || pattern[i + 1] != '?')
        {
            output.Append('(');
            length = 1;
            return true;
        }

        var kind = i + 2 < pattern.Length ? pattern[i + 2] : '\0';
        if (kind is ':' or '=' or '!')
        {
            output.Append("(?").Append(kind);
            length = 3;
            return true;
        }

        if (kind == '<' && i + 3 < pattern.Length)
        {
            var next = pattern[i + 3];
            if (next is '=' or '!')
            {
                output.Append("(?<").Append(next);
                length = 4;
                return true;
            }

            var close = pattern.IndexOf('>', i + 3);
            if (close > i + 3 && IsGroupName(pattern.AsSpan(i + 3, close - i - 3)))
            {
                output.Append(pattern, i, close - i + 1);
                length = close - i + 1;
                return true;
            }
        }

        length = 0;
        error = SchemaMessages.UnsupportedPatternSyntax(pattern, pattern.Substring(i, Math.Min(4, pattern.Length - i)));
        return false;
    }

    private static bool IsGroupName(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    // Translates a class starting at pattern[i] == '['; leaves i after the closing ']'.
    private static bool TryTranslateClass(string pattern, ref int i, StringBuilder output, out SchemaMessage error)
    {
        error = default;
        var start = i;
        i++;
        var negated = i < pattern.Length && pattern[i] == '^';
        if (negated)
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            // ECMA-262: [] matches nothing, [^] matches any character.
            output.Append(negated ? "(?:" + SurrogatePair + @"|[\u0000-\uFFFF])" : @"[^\u0000-\uFFFF]");
            i++;
            return true;
        }

        var content = new StringBuilder();
        var hasProperty = false;
        while (true)
        {
            if (i >= pattern.Length)
            {
                error = SchemaMessages.UnsupportedPatternSyntax(pattern, pattern[start..]);
                return false;
            }

            var c = pattern[i];
            if (c == ']')
            {
                i++;
                break;
            }

            if (c == '\\')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] is 'p' or 'P')
                {
                    hasProperty = true;
                }

                if (!TryTranslateEscape(pattern, ref i, content, inClass: true, out error))
                {
                    return false;
                }

                continue;
            }

            if (char.IsSurrogate(c))
            {
                error = SchemaMessages.UnsupportedPatternSyntax(pattern, pattern.Substring(i, Math.Min(2, pattern.Length - i)));
                return false;
            }

            if (c is '[' or '^')
            {
                content.Append('\\');
            }

            content.Append(c);
            i++;
        }

        if (negated && !hasProperty)
        {
            output.Append("(?:").Append(SurrogatePair).Append("|[^").Append(content).Append(Surrogates).Append("])");
        }
        else
        {
            output.Append(negated ? "[^" : "[").Append(content).Append(']');
        }

        return true;
    }

    // Translates the escape at pattern[i] == '\\'; leaves i after it.
    private static bool TryTranslateEscape(string pattern, ref int i, StringBuilder output, bool inClass, out SchemaMessage error)
    {
        error = default;
        if (i + 1 >= pattern.Length)
        {
            error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\");
            return false;
        }

        var e = pattern[i + 1];
        i += 2;
        switch (e)
        {
            case 'd':
                output.Append(inClass ? DigitSet : "[" + DigitSet + "]");
                return true;
            case 'D':
                AppendNegatedSet(output, DigitSet, NotDigitSet, inClass);
                return true;
            case 'w':
                output.Append(inClass ? WordSet : "[" + WordSet + "]");
                return true;
            case 'W':
                AppendNegatedSet(output, WordSet, NotWordSet, inClass);
                return true;
            case 's':
                output.Append(inClass ? SpaceSet : "[" + SpaceSet + "]");
                return true;
            case 'S':
                AppendNegatedSet(output, SpaceSet, NotSpaceSet, inClass);
                return true;
            case 'b':
            case 'B':
                // Outside a class: word boundary (with .NET's word characters); inside: backspace. Same in both.
                output.Append('\\').Append(e);
                return true;
            case 't':
            case 'n':
            case 'r':
            case 'v':
            case 'f':
                output.Append('\\').Append(e);
                return true;
            case '0':
                if (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
                {
                    error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\0" + pattern[i]);
                    return false;
                }

                output.Append(@"\x00");
                return true;
            case 'c':
                if (i < pattern.Length && char.IsAsciiLetter(pattern[i]))
                {
                    AppendCodeUnit(output, pattern[i] % 32);
                    i++;
                    return true;
                }

                error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\c");
                return false;
            case 'x':
                if (i + 2 <= pattern.Length && IsHex(pattern.AsSpan(i, 2)))
                {
                    output.Append(@"\x").Append(pattern, i, 2);
                    i += 2;
                    return true;
                }

                error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\x");
                return false;
            case 'u':
                return TryTranslateUnicodeEscape(pattern, ref i, output, inClass, out error);
            case 'p':
            case 'P':
                return TryTranslateProperty(pattern, ref i, output, negated: e == 'P', inClass, out error);
            case 'k':
                if (!inClass && i < pattern.Length && pattern[i] == '<')
                {
                    var close = pattern.IndexOf('>', i);
                    if (close > i + 1 && IsGroupName(pattern.AsSpan(i + 1, close - i - 1)))
                    {
                        output.Append(@"\k").Append(pattern, i, close - i + 1);
                        i = close + 1;
                        return true;
                    }
                }

                error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\k");
                return false;
            case '-':
                output.Append(@"\-");
                return true;
            default:
                if (char.IsAsciiDigit(e) && !inClass)
                {
                    // Backreference \1..\9 (and further digits).
                    output.Append('\\').Append(e);
                    while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
                    {
                        output.Append(pattern[i]);
                        i++;
                    }

                    return true;
                }

                if (e is '^' or '$' or '\\' or '.' or '*' or '+' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '/')
                {
                    output.Append('\\').Append(e);
                    return true;
                }

                error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\" + e);
                return false;
        }
    }

    private static bool TryTranslateUnicodeEscape(string pattern, ref int i, StringBuilder output, bool inClass, out SchemaMessage error)
    {
        error = default;
        int codePoint;
        if (i < pattern.Length && pattern[i] == '{')
        {
            var close = pattern.IndexOf('}', i);
            if (close < 0 || close == i + 1 || close - i - 1 > 6 || !IsHex(pattern.AsSpan(i + 1, close - i - 1))
                || !int.TryParse(pattern.AsSpan(i + 1, close - i - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                || codePoint > 0x10FFFF)
            {
                error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\u{");
                return false;
            }

            i = close + 1;
        }
        else if (i + 4 <= pattern.Length && IsHex(pattern.AsSpan(i, 4)))
        {
            codePoint = int.Parse(pattern.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            i += 4;
            if (char.IsHighSurrogate((char)codePoint) && i + 6 <= pattern.Length && pattern[i] == '\\' && pattern[i + 1] == 'u'
                && IsHex(pattern.AsSpan(i + 2, 4)))
            {
                var low = int.Parse(pattern.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                if (char.IsLowSurrogate((char)low))
                {
                    codePoint = char.ConvertToUtf32((char)codePoint, (char)low);
                    i += 6;
                }
            }
        }
        else
        {
            error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\u");
            return false;
        }

        if (codePoint <= 0xFFFF)
        {
            AppendCodeUnit(output, codePoint);
            return true;
        }

        if (inClass)
        {
            error = SchemaMessages.UnsupportedPatternSyntax(pattern, char.ConvertFromUtf32(codePoint));
            return false;
        }

        AppendAstral(output, codePoint);
        return true;
    }

    private static bool TryTranslateProperty(string pattern, ref int i, StringBuilder output, bool negated, bool inClass, out SchemaMessage error)
    {
        error = default;
        var start = i - 2;
        var close = i < pattern.Length && pattern[i] == '{' ? pattern.IndexOf('}', i) : -1;
        if (close < 0)
        {
            error = SchemaMessages.UnsupportedPatternSyntax(pattern, negated ? "\\P" : "\\p");
            return false;
        }

        var name = pattern.Substring(i + 1, close - i - 1);
        i = close + 1;
        var equals = name.IndexOf('=', StringComparison.Ordinal);
        if (equals >= 0)
        {
            var property = name[..equals];
            name = property is "General_Category" or "gc" ? name[(equals + 1)..] : string.Empty;
        }

        if (!GeneralCategories.TryGetValue(name, out var set))
        {
            error = SchemaMessages.UnsupportedPatternSyntax(pattern, pattern[start..i]);
            return false;
        }

        var simple = set.StartsWith(@"\p{", StringComparison.Ordinal) && set.IndexOf('}') == set.Length - 1;
        if (simple)
        {
            output.Append(negated ? @"\P" : @"\p").Append(set, 2, set.Length - 2);
            return true;
        }

        if (inClass)
        {
            if (negated)
            {
                error = SchemaMessages.UnsupportedPatternSyntax(pattern, "\\P{" + name + "}");
                return false;
            }

            output.Append(set);
            return true;
        }

        output.Append(negated ? "[^" : "[").Append(set).Append(']');
        return true;
    }

    private static void AppendNegatedSet(StringBuilder output, string set, string complement, bool inClass)
    {
        if (inClass)
        {
            output.Append(complement);
            return;
        }

        output.Append("(?:").Append(SurrogatePair).Append("|[^").Append(set).Append(Surrogates).Append("])");
    }

    private static void AppendAstral(StringBuilder output, int codePoint)
    {
        var pair = char.ConvertFromUtf32(codePoint);
        output.Append("(?:");
        AppendCodeUnit(output, pair[0]);
        AppendCodeUnit(output, pair[1]);
        output.Append(')');
    }

    private static void AppendCodeUnit(StringBuilder output, int unit) =>
        output.Append(@"\u").Append(unit.ToString("X4", CultureInfo.InvariantCulture));

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, string> CreateGeneralCategories()
    {
        // Unicode PropertyValueAliases.txt, gc: short name, long name and aliases, all case-sensitive as in ECMA-262.
        string[][] aliases =
        [
            ["C", "Other"], ["Cc", "Control", "cntrl"], ["Cf", "Format"], ["Cn", "Unassigned"], ["Co", "Private_Use"],
            ["Cs", "Surrogate"], ["L", "Letter"], ["Ll", "Lowercase_Letter"], ["Lm", "Modifier_Letter"],
            ["Lo", "Other_Letter"], ["Lt", "Titlecase_Letter"], ["Lu", "Uppercase_Letter"],
            ["M", "Mark", "Combining_Mark"], ["Mc", "Spacing_Mark"], ["Me", "Enclosing_Mark"], ["Mn", "Nonspacing_Mark"],
            ["N", "Number"], ["Nd", "Decimal_Number", "digit"], ["Nl", "Letter_Number"], ["No", "Other_Number"],
            ["P", "Punctuation", "punct"], ["Pc", "Connector_Punctuation"], ["Pd", "Dash_Punctuation"],
            ["Pe", "Close_Punctuation"], ["Pf", "Final_Punctuation"], ["Pi", "Initial_Punctuation"],
            ["Po", "Other_Punctuation"], ["Ps", "Open_Punctuation"], ["S", "Symbol"], ["Sc", "Currency_Symbol"],
            ["Sk", "Modifier_Symbol"], ["Sm", "Math_Symbol"], ["So", "Other_Symbol"], ["Z", "Separator"],
            ["Zl", "Line_Separator"], ["Zp", "Paragraph_Separator"], ["Zs", "Space_Separator"],
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var names in aliases)
        {
            var set = @"\p{" + names[0] + "}";
            foreach (var name in names)
            {
                map[name] = set;
            }
        }

        map["LC"] = map["Cased_Letter"] = @"\p{Lu}\p{Ll}\p{Lt}";
        map["ASCII"] = @"\u0000-\u007F";
        map["ASCII_Hex_Digit"] = "0-9A-Fa-f";
        map["Any"] = @"\u0000-\uFFFF";
        return map;
    }
}
