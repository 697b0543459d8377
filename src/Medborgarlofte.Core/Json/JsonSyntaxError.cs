using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Medborgarlofte.Json;

/// <summary>
/// The first place where a text stops being well-formed JSON: what is wrong, the byte offset, and the
/// line and byte column a person finds it at (both from 1, lines counted at line feeds).
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct JsonSyntaxError(JsonSyntaxErrorKind Kind, int Offset, int Line, int Column)
{
    /// <summary>Says what is wrong at the offset, Swedish first, naming the character found there.</summary>
    /// <param name="utf8">The text the error was found in.</param>
    /// <returns>The reason, without the position.</returns>
    internal LocalizedText Reason(ReadOnlySpan<byte> utf8)
    {
        var found = Offset < utf8.Length ? Describe(utf8[Offset..]) : string.Empty;
        return Kind switch
        {
            JsonSyntaxErrorKind.UnexpectedEnd => new("texten tar slut innan värdet är komplett", "the text ends before the value is complete"),
            JsonSyntaxErrorKind.InvalidValueStart => new($"{found} kan inte inleda ett värde", $"{found} cannot start a value"),
            JsonSyntaxErrorKind.ExpectedPropertyName => new($"ett egenskapsnamn inom citattecken väntades, inte {found}", $"a property name in quotes was expected, not {found}"),
            JsonSyntaxErrorKind.ExpectedColon => new($"ett kolon väntades efter egenskapsnamnet, inte {found}", $"a colon was expected after the property name, not {found}"),
            JsonSyntaxErrorKind.ExpectedCommaOrEnd => new($"ett kommatecken eller en avslutande klammer väntades, inte {found}", $"a comma or a closing bracket was expected, not {found}"),
            JsonSyntaxErrorKind.TrailingContent => new($"{found} står efter dokumentets värde, där bara blanktecken får stå", $"{found} follows the document's value, where only white space may"),
            JsonSyntaxErrorKind.ControlCharacterInString => new($"styrtecknet {found} står oskyddat i en sträng (skriv det som \\u-kod)", $"the control character {found} stands unescaped in a string (write it as a \\u escape)"),
            JsonSyntaxErrorKind.InvalidEscape => new($"{found} är ingen giltig fortsättning på ett omvänt snedstreck (\\)", $"{found} is not a valid continuation of a backslash (\\)"),
            JsonSyntaxErrorKind.InvalidNumber => new($"talet är felskrivet vid {found}", $"the number is malformed at {found}"),
            JsonSyntaxErrorKind.InvalidLiteral => new($"{found} hör inte till true, false eller null", $"{found} does not belong to true, false or null"),
            _ => new("dokumentet är för djupt nästlat", "the document is nested too deeply"),
        };
    }

    /// <summary>The character at the start of <paramref name="rest"/>: quoted when printable, as a code point otherwise.</summary>
    private static string Describe(ReadOnlySpan<byte> rest)
    {
        // The input is valid UTF-8 (checked before the syntax), so a whole character decodes; a lone byte is shown as such.
        if (Rune.DecodeFromUtf8(rest, out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return string.Create(CultureInfo.InvariantCulture, $"0x{rest[0]:X2}");
        }

        return Rune.IsControl(rune) || Rune.IsWhiteSpace(rune)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}")
            : $"'{rune}'";
    }
}
