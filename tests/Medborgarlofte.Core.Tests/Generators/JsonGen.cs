using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.Json;

namespace Medborgarlofte.Tests.Generators;

/// <summary>
/// JSON as text: arbitrary values (objects, arrays, strings with every kind of escape, numbers huge,
/// negative, fractional and beyond every .NET type, lone surrogate escapes, duplicate names, deep
/// nesting) for totality tests, and valid extension data (unique keys, valid Unicode, shallow) for
/// documents that must round-trip.
/// </summary>
public static class JsonGen
{
    /// <summary>
    /// Property names of the format, so arbitrary objects reach deep into the readers: every name the model declares
    /// (a new property is among them without a word here).
    /// </summary>
    public static readonly string[] FormatNames = [.. PropertyNames.All];

    /// <summary>Strings the format gives meaning to: versions, dates, ids, and every code of the model's closed lists.</summary>
    public static readonly string[] FormatStrings =
    [
        "1.0", "2.0", "2024-01-01", "2024-12-31", "2024-02-29", "kommunen", "c1", "t1",
        .. Declarations.Shapes.SelectMany(shape => shape.Fields).SelectMany(field => field.Codes ?? []).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Extension keys that need care: pointer characters, empty, quotes, control characters, non-ASCII.</summary>
    public static readonly string[] AwkwardKeys =
    [
        "se.bastad:diarium", "a/b", "~", "~1", "~0", "/", string.Empty, "x~0/y~1", "åäö", "😀", "\"quoted\"", "back\\slash",
        "nr", "extensions", "id", "line\nbreak", "\u0000", "\u2028",
    ];

    /// <summary>Number literals that no .NET number type holds exactly, or that stress one.</summary>
    public static readonly string[] HardNumbers =
    [
        "0", "-0", "0.0", "-0.0", "1.0", "1.50", "1e0", "1E+2", "1e-7", "-1.5e-7", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
        "0.00000000000000000000000000001", "1e28", "1e29", "1e308", "1e309", "1e400", "-1e400", "1e-400", "123.456e-789",
        "4.0", "0.1", "3.14159265358979323846264338327950288419716939937510",
    ];

    /// <summary>String literals that are well-formed JSON but not valid Unicode: lone and reversed surrogate escapes.</summary>
    public static readonly string[] LoneSurrogateLiterals =
    [
        "\"\\ud800\"", "\"\\udc00\"", "\"a\\uDBFFb\"", "\"\\uDd1e\\uD834\"", "\"\\ud83d\\ud83d\"", "\"\\uD800\\n\"",
    ];

    private static readonly string[] Spaces = [string.Empty, " ", "\n  ", "\r\n\t"];

    private static readonly string[] Literals = ["null", "true", "false"];

    private static readonly string[] Exponents = [string.Empty, "e3", "E-2", "e+10", "e-30"];

    /// <summary>Gets a JSON number literal: small, fractional, with exponents, beyond 64 bits and beyond <see cref="decimal"/>.</summary>
    public static Gen<string> Number { get; } = Dice.Any.Select(NextNumber);

    /// <summary>Gets a JSON string literal of valid text, escaped in every way JSON allows (short forms, <c>\u</c> in either case, <c>\/</c>).</summary>
    public static Gen<string> StringLiteral { get; } = Dice.Any.Select(dice => Encode(NextText(dice), dice));

    /// <summary>Gets nested arrays or objects, from 1 to 300 levels: across the default depth limit of 64.</summary>
    public static Gen<string> Deep { get; } = Dice.Any.Select(NextDeep);

    /// <summary>Gets an arbitrary JSON value: a scalar, a deep nest, or up to four levels of objects and arrays.</summary>
    public static Gen<string> Value { get; } = Dice.Any.Select(NextValue);

    /// <summary>Gets an arbitrary JSON object whose names are often the format's: half-plausible documents.</summary>
    public static Gen<string> DocumentLike { get; } = Dice.Any.Select(dice => NextObject(dice, 4, valid: false));

    /// <summary>Gets a JSON value fit for extension data: valid Unicode, unique keys, up to three levels deep.</summary>
    public static Gen<string> ExtensionValue { get; } = Dice.Any.Select(NextExtensionValue);

    /// <summary>Gets extension data: empty more often than not, otherwise up to four properties with awkward keys and nested values.</summary>
    public static Gen<ExtensionData> Extensions { get; } = Dice.Any.Select(NextExtensions);

    /// <summary>Builds a number literal.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>The literal.</returns>
    public static string NextNumber(Dice dice)
    {
        ArgumentNullException.ThrowIfNull(dice);
        switch (dice.Next(10))
        {
            case < 4:
                return dice.Between(-1000, 1000).ToString(CultureInfo.InvariantCulture);
            case < 7:
                return dice.Pick(HardNumbers);
            case 7:
                var digits = new StringBuilder(dice.OneIn(2) ? "-1" : "1");
                for (var i = dice.Between(20, 400); i > 0; i--)
                {
                    digits.Append((char)('0' + dice.Next(10)));
                }

                return digits.ToString();
            default:
                return FormattableString.Invariant($"{dice.Between(-99999, 99999)}.{dice.Between(0, 99999)}{dice.Pick(Exponents)}");
        }
    }

    /// <summary>Builds an arbitrary value: a scalar, a deep nest, or up to four levels of objects and arrays.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>JSON text.</returns>
    public static string NextValue(Dice dice)
    {
        ArgumentNullException.ThrowIfNull(dice);
        return dice.Next(5) switch
        {
            0 => NextScalar(dice, valid: false),
            1 => NextDeep(dice),
            _ => NextComposite(dice, 4, valid: false),
        };
    }

    /// <summary>Builds 1 to 300 levels of nested arrays or objects around a scalar.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>JSON text.</returns>
    public static string NextDeep(Dice dice)
    {
        ArgumentNullException.ThrowIfNull(dice);
        var depth = dice.OneIn(4) ? dice.Between(71, 300) : dice.Between(1, 70);
        var objects = dice.OneIn(2);
        var inner = NextScalar(dice, valid: false);
        var builder = new StringBuilder((depth * 6) + inner.Length);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(objects ? "{\"a\":" : "[");
        }

        builder.Append(inner);
        return builder.Append(objects ? '}' : ']', depth).ToString();
    }

    /// <summary>Builds a value for extension data: valid Unicode, unique keys, at most three levels deep.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>JSON text.</returns>
    public static string NextExtensionValue(Dice dice)
    {
        ArgumentNullException.ThrowIfNull(dice);
        return dice.OneIn(2) ? NextScalar(dice, valid: true) : NextComposite(dice, 3, valid: true);
    }

    /// <summary>Builds extension data: empty three times in five, otherwise one to four properties.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>The extension data.</returns>
    public static ExtensionData NextExtensions(Dice dice)
    {
        ArgumentNullException.ThrowIfNull(dice);
        if (dice.Next(5) < 3)
        {
            return ExtensionData.Empty;
        }

        var keys = NextKeys(dice, dice.Between(1, 4), valid: true);
        return ExtensionData.Create(keys.Select(key => new KeyValuePair<string, JsonElement>(key, Parse(NextExtensionValue(dice)))));
    }

    /// <summary>Writes <paramref name="text"/> as a JSON string literal, choosing among the valid escapes at random.</summary>
    /// <param name="text">Valid Unicode text.</param>
    /// <param name="dice">The random source.</param>
    /// <returns>The literal, quotes included.</returns>
    public static string Encode(string text, Dice dice)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dice);
        var builder = new StringBuilder(text.Length + 2).Append('"');
        Span<char> units = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            switch (value)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append(@"\\"); continue;
                case '/' when dice.OneIn(3): builder.Append(@"\/"); continue;
                case '\b' or '\f' or '\n' or '\r' or '\t' when dice.OneIn(2):
                    builder.Append(value switch { '\b' => @"\b", '\f' => @"\f", '\n' => @"\n", '\r' => @"\r", _ => @"\t" });
                    continue;
            }

            if (value < 0x20 || dice.OneIn(10))
            {
                var count = rune.EncodeToUtf16(units);
                for (var i = 0; i < count; i++)
                {
                    builder.Append("\\u").Append(((int)units[i]).ToString(dice.OneIn(2) ? "x4" : "X4", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Parses JSON text into a value that does not depend on a document.</summary>
    /// <param name="json">JSON text.</param>
    /// <returns>The value.</returns>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string NextText(Dice dice) => dice.Next(5) switch
    {
        0 => dice.Pick(FormatStrings),
        1 => dice.Pick(AwkwardKeys),
        _ => TextGen.NextAnyString(dice),
    };

    private static string NextScalar(Dice dice, bool valid) => dice.Next(valid ? 9 : 10) switch
    {
        0 => dice.Pick(Literals),
        < 4 => NextNumber(dice),
        < 9 => Encode(NextText(dice), dice),
        _ => dice.Pick(LoneSurrogateLiterals),
    };

    private static string NextComposite(Dice dice, int depth, bool valid) =>
        dice.OneIn(2) ? NextArray(dice, depth, valid) : NextObject(dice, depth, valid);

    private static string NextChild(Dice dice, int depth, bool valid) =>
        depth <= 0 || dice.Next(5) < 3 ? NextScalar(dice, valid) : NextComposite(dice, depth - 1, valid);

    private static string NextArray(Dice dice, int depth, bool valid)
    {
        var count = dice.OneIn(5) ? 0 : dice.Between(1, 5);
        var space = dice.Pick(Spaces);
        var items = new string[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = NextChild(dice, depth, valid);
        }

        return "[" + space + string.Join("," + space, items) + space + "]";
    }

    private static string NextObject(Dice dice, int depth, bool valid)
    {
        var keys = NextKeys(dice, dice.OneIn(5) ? 0 : dice.Between(1, 6), valid);
        var space = dice.Pick(Spaces);
        var members = keys.Select(key => (!valid && dice.OneIn(20) ? dice.Pick(LoneSurrogateLiterals) : Encode(key, dice)) + ":" + space + NextChild(dice, depth, valid));
        return "{" + space + string.Join("," + space, members) + space + "}";
    }

    /// <summary>Names for an object; when <paramref name="valid"/>, all different (a repeat gets a suffix).</summary>
    private static string[] NextKeys(Dice dice, int count, bool valid)
    {
        var keys = new string[count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var roll = dice.Next(6);
            var key = roll < 4 ? dice.Pick(FormatNames) : roll == 4 ? dice.Pick(AwkwardKeys) : TextGen.NextString(dice);
            while (valid && !seen.Add(key))
            {
                key += "#" + i.ToString(CultureInfo.InvariantCulture);
            }

            keys[i] = key;
        }

        return keys;
    }
}
