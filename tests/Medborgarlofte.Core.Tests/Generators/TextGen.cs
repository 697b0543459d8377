using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Medborgarlofte.Tests.Generators;

/// <summary>
/// Strings as real and hostile documents have them: Swedish words, and awkward but valid characters
/// (quotes, backslashes, control characters, line and paragraph separators, a byte order mark inside a
/// string, non-characters, emoji and other surrogate pairs, combining marks, <c>~</c> and <c>/</c>).
/// Never a lone surrogate: these strings are valid Unicode.
/// </summary>
public static class TextGen
{
    /// <summary>Words of the domain, with å ä ö, and a few other scripts.</summary>
    public static readonly string[] Words =
    [
        "Båstad", "Höör", "Åstorp", "Kungsbacka", "Svalöv", "Ängelholm", "trygghetsvandring", "Grannsamverkan",
        "medborgarlöfte", "lokalpolisområde", "Lyckantorget", "fältassistenter", "ÅÄÖ", "åäö", "Øresund", "café",
        "naïve", "Straße", "Ελλάδα", "Русский", "中文", "العربية", "ᚠᛇᚻ", "minst", "en", "trafikkontroll", "per", "vecka",
    ];

    /// <summary>Characters and short strings that a careless writer or reader gets wrong.</summary>
    public static readonly string[] Awkward =
    [
        "\"", "\\", "/", "~", "~0", "~1", "\\u00e5", "\n", "\r\n", "\t", "\b", "\f", "\u0000", "\u0001", "\u001f", "\u007f",
        "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\uffff", "\ufffe", "\ufffd", "<", ">", "&", "'", "`", "+", "%",
        "{", "}", "[", "]", ":", ",", "😀", "👍🏽", "𝄞", "🇸🇪", "👨‍👩‍👧", "e\u0301", "\u200b", "\u200d", "\U0010FFFF", "\U0001BFFF",
    ];

    /// <summary>Language tags as the format allows them (<c>^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$</c>), Swedish aside; 13, a prime.</summary>
    public static readonly string[] Languages = ["en", "fi", "se", "smj", "sma", "fit", "yi", "ar", "so", "de-CH", "sr-Latn", "zh-Hant-TW", "en-GB"];

    private static readonly string[] Letters = [.. "abcdefghijklmnopqrstuvwxyzåäöABCÅÄÖ0123456789 ".Select(c => c.ToString())];

    private static readonly string[] Blank = [string.Empty, " ", "\t", "\n", "\u00a0"];

    private static readonly string[] Schemes = ["https", "http"];

    private static readonly string[] Hosts = ["bastad.se", "polisen.se", "www.kungsbacka.se", "example.org", "xn--hr-eka.se"];

    private static readonly string[] Paths = [string.Empty, "/", "/medborgarlofte", "/dokument/2024.pdf", "/a%20b/c", "/s%C3%A4ker"];

    private static readonly string[] Queries = [string.Empty, "?q=1", "?a=b&c=d", "#del-2"];

    /// <summary>Gets a non-empty string that starts with a word (so it is never blank) and may hold anything valid after it.</summary>
    public static Gen<string> String { get; } = Dice.Any.Select(NextString);

    /// <summary>Gets a string that may be empty or blank, for places where the format allows any string.</summary>
    public static Gen<string> AnyString { get; } = Dice.Any.Select(NextAnyString);

    /// <summary>Gets a text in Swedish and, often, other languages (up to four more).</summary>
    public static Gen<LocalizedText> Localized { get; } = Dice.Any.Select(NextLocalized);

    /// <summary>Gets an http(s) address that is a valid URI.</summary>
    public static Gen<string> Url { get; } = Dice.Any.Select(NextUrl);

    /// <summary>Gets an e-mail address in the form the schema's <c>email</c> format accepts.</summary>
    public static Gen<string> Email { get; } =
        from local in Gen.Elements("info", "kommunpolis", "anna.andersson", "trygg+2024", "x_y")
        from domain in Gen.Elements("bastad.se", "polisen.se", "example.org")
        select $"{local}@{domain}";

    /// <summary>Builds a non-empty string that starts with a word: usually short, sometimes tens of awkward pieces.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>The string.</returns>
    public static string NextString(Dice dice)
    {
        System.ArgumentNullException.ThrowIfNull(dice);
        var roll = dice.Next(8);
        var count = roll < 3 ? 0 : roll < 7 ? dice.Between(1, 6) : dice.Between(7, 40);
        var builder = new StringBuilder(dice.Pick(Words));
        for (var i = 0; i < count; i++)
        {
            var kind = dice.Next(9);
            builder.Append(kind < 4 ? dice.Pick(Letters) : kind < 6 ? " " + dice.Pick(Words) : dice.Pick(Awkward));
        }

        return builder.ToString();
    }

    /// <summary>Builds a string that is empty or blank a fifth of the time.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>The string.</returns>
    public static string NextAnyString(Dice dice)
    {
        System.ArgumentNullException.ThrowIfNull(dice);
        return dice.OneIn(5) ? dice.Pick(Blank) : NextString(dice);
    }

    /// <summary>Builds a text in Swedish and up to four other languages.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>The text.</returns>
    public static LocalizedText NextLocalized(Dice dice)
    {
        System.ArgumentNullException.ThrowIfNull(dice);
        var roll = dice.Next(9);
        var count = roll < 4 ? 0 : roll < 7 ? 1 : dice.Between(2, 4);
        var entries = new List<KeyValuePair<string, string>>(count + 1) { new(LocalizedText.SwedishTag, NextString(dice)) };

        // A start and a step modulo a prime visit distinct languages.
        var start = dice.Next(Languages.Length);
        var step = dice.Between(1, Languages.Length - 1);
        for (var i = 0; i < count; i++)
        {
            entries.Add(new(Languages[(start + (i * step)) % Languages.Length], NextString(dice)));
        }

        return LocalizedText.Create(entries);
    }

    /// <summary>Builds an http(s) address.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>The address.</returns>
    public static string NextUrl(Dice dice)
    {
        System.ArgumentNullException.ThrowIfNull(dice);
        return $"{dice.Pick(Schemes)}://{dice.Pick(Hosts)}{dice.Pick(Paths)}{dice.Pick(Queries)}";
    }
}
