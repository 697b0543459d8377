using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Parsed;
using Medborgarlofte.Internal;
using NodaTime;
using NodaTime.Text;

namespace Medborgarlofte.Json;

/// <summary>
/// State of one strict read: the path to the current value and the diagnostics so far.
/// Every primitive reader reports a problem and returns <see langword="null"/> rather than throw,
/// so one read reports every problem it can find.
/// </summary>
internal sealed class ReadContext
{
    // The most distinct values SharedString keeps; beyond them values are read as they come, so a document with
    // thousands of distinct codes costs a bounded scan per value, never a growing one.
    private const int SharedValueLimit = 32;

    // The longest raw value SharedString compares; codes and ids are short.
    private const int SharedValueMaxBytes = 64;

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly JsonPointer.Path _path = new();
    private string[]? _sharedValues;
    private int _sharedValueCount;

    // The languages of the text being read. One array per read, not one per text: a text keeps its own copy only
    // when it has a language besides Swedish and English (LocalizedText.TryCreate).
    private KeyValuePair<string, string>[] _textEntries = new KeyValuePair<string, string>[4];

    // The language keys of texts, each distinct one checked once per read.
    private readonly LanguageTagFormat _languageTags = new();

    /// <summary>Gets whether any error was reported: the document is not valid, and a read gives no value.</summary>
    internal bool HasErrors { get; private set; }

    /// <summary>
    /// Gets whether an error left the model incomplete (a missing or unreadable value). A value of the wrong format
    /// (<see cref="Invalid"/>) is an error that keeps the model whole, so validation's rules still judge the rest.
    /// </summary>
    internal bool HasShapeErrors { get; private set; }

    internal List<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Gets the bound on <see cref="Diagnostics"/> (<see cref="JsonLimits.MaxDiagnostics"/>), which the rules share.</summary>
    internal DiagnosticCap Cap { get; } = new();

    /// <summary>Ends <see cref="Diagnostics"/> with the count of those past the bound, when there were any.</summary>
    internal void CloseDiagnostics() => Cap.AppendSummary(_diagnostics);

    internal void Push(string name) => _path.Push(name);

    internal void Push(int index) => _path.Push(index);

    internal void Pop() => _path.Pop();

    internal string Pointer => _path.ToPointer();

    /// <summary>Takes back the diagnostics reported from position <paramref name="count"/> on (a pass whose findings turned out moot).</summary>
    internal void DropDiagnosticsFrom(int count)
    {
        // Only the input scan's findings are taken back, before any value is read: none is a format error.
        _diagnostics.RemoveRange(count, _diagnostics.Count - count);
        Cap.Forget();
        HasErrors = HasShapeErrors = _diagnostics.Exists(static d => d.Severity == DiagnosticSeverity.Error);
    }

    internal void Report(DiagnosticDescriptor descriptor, string pointer, string swedish, string english)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            HasErrors = HasShapeErrors = true;
        }

        Add(descriptor, pointer, new LocalizedText(swedish, english), null);
    }

    /// <summary>
    /// Reports a value that read but is not of its format (an id's pattern, an e-mail address, a kommunkod) and
    /// returns true: the value is kept, so the model is whole and the rules still run, but the document is invalid.
    /// </summary>
    internal bool Invalid(DiagnosticDescriptor descriptor, LocalizedText message, LocalizedText? hint)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        Add(descriptor, _path.ToPointer(), message, hint);
        return true;
    }

    private void Add(DiagnosticDescriptor descriptor, string pointer, LocalizedText message, LocalizedText? hint)
    {
        // Past the bound a problem is counted, and its message never made.
        if (Cap.Admit(_diagnostics, descriptor.DefaultSeverity))
        {
            _diagnostics.Add(new Diagnostic(descriptor.Code, descriptor.DefaultSeverity, pointer, message, hint));
        }
    }

    internal void Report(DiagnosticDescriptor descriptor, string swedish, string english) =>
        Report(descriptor, _path.ToPointer(), swedish, english);

    /// <summary>Reports a problem at the current pointer and returns false, for checks that say whether a value holds.</summary>
    internal bool Fail(DiagnosticDescriptor descriptor, string swedish, string english)
    {
        Report(descriptor, swedish, english);
        return false;
    }

    internal void UnknownProperty(string name)
    {
        if (_diagnostics.Count >= Cap.Max)
        {
            // Past the bound: counted, with neither message nor pointer made (a document may have a million of them).
            HasErrors = HasShapeErrors = true;
            Cap.Admit(_diagnostics, DiagnosticCodes.UnknownProperty.DefaultSeverity);
            return;
        }

        Report(DiagnosticCodes.UnknownProperty, $"Egenskapen \"{name}\" finns inte i formatet.", $"The property \"{name}\" is not part of the format.");
    }

    /// <summary>Reports a missing required property when <paramref name="present"/> is false; returns <paramref name="present"/>.</summary>
    internal bool Require(bool present, string name)
    {
        if (!present)
        {
            Report(DiagnosticCodes.MissingProperty, $"Den obligatoriska egenskapen \"{name}\" saknas.", $"The required property \"{name}\" is missing.");
        }

        return present;
    }

    /// <summary>Checks the JSON type; reports <c>null</c> and wrong types.</summary>
    internal bool Expect(TapeElement element, JsonValueKind kind)
    {
        if (element.ValueKind == kind || (kind == JsonValueKind.True && element.ValueKind == JsonValueKind.False))
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.Null)
        {
            Report(DiagnosticCodes.NullValue, $"Värdet får inte vara null; {KindName(kind, true)} väntades.", $"The value must not be null; {KindName(kind, false)} expected.");
        }
        else
        {
            Report(
                DiagnosticCodes.WrongType,
                $"Fel typ: {KindName(kind, true)} väntades men värdet är {KindName(element.ValueKind, true)}.",
                $"Wrong type: {KindName(kind, false)} expected but the value is {KindName(element.ValueKind, false)}.");
        }

        return false;
    }

    internal string? String(TapeElement element)
    {
        if (!Expect(element, JsonValueKind.String))
        {
            return null;
        }

        // Lone surrogate escapes ("\ud800"), which cannot become a .NET string, were rejected before reading.
        return element.GetString();
    }

    /// <summary>
    /// Reads a code or a reference to an id (a commitment's responsible parties, methods, priority area): values
    /// that repeat throughout a document, so each distinct one becomes one string shared by every place it occurs.
    /// </summary>
    /// <remarks>
    /// Why: a 10 000-commitment agreement repeats a handful of party ids, methods and areas tens of thousands of
    /// times. One string per occurrence cost memory, and every rule that looks one up (ML8004, the reference rules)
    /// then read a string of its own, outside the cache, for each. Escaped or long values are read as they come.
    /// </remarks>
    internal string? SharedString(TapeElement element)
    {
        if (!Expect(element, JsonValueKind.String))
        {
            return null;
        }

        var raw = element.RawBytes;
        if (raw.Length > SharedValueMaxBytes || JsonText.HasEscapes(raw) || !Ascii.IsValid(raw))
        {
            return element.GetString();
        }

        // ASCII without escapes (ids and codes are): the bytes are the characters.
        var shared = _sharedValues;
        for (var i = 0; i < _sharedValueCount; i++)
        {
            if (Ascii.Equals(raw, shared![i]))
            {
                return shared[i];
            }
        }

        var value = element.GetString()!;
        if (_sharedValueCount < SharedValueLimit)
        {
            if (shared is null || _sharedValueCount == shared.Length)
            {
                System.Array.Resize(ref _sharedValues, Math.Max(4, _sharedValueCount * 2));
            }

            _sharedValues![_sharedValueCount++] = value;
        }

        return value;
    }

    /// <summary>Reads <c>formatVersion</c>, which every document type carries; another version is ML1010.</summary>
    internal string? FormatVersion(TapeElement element)
    {
        var text = String(element);
        if (text is null || string.Equals(text, Agreement.CurrentFormatVersion, StringComparison.Ordinal))
        {
            return text;
        }

        if (string.Equals(text, Agreement.FormatVersion10, StringComparison.Ordinal))
        {
            return Agreement.FormatVersion10; // the shared literal: a 1.0 document costs no string
        }

        Report(DiagnosticCodes.UnsupportedFormatVersion, $"Formatversion \"{Shorten(text)}\" stöds inte: den här versionen av biblioteket läser \"{Agreement.FormatVersion10}\" och \"{Agreement.CurrentFormatVersion}\". Ett dokument i en senare version behöver en senare version av biblioteket.", $"Format version \"{Shorten(text)}\" is not supported: this version of the library reads \"{Agreement.FormatVersion10}\" and \"{Agreement.CurrentFormatVersion}\". A document of a later version needs a later version of the library.");
        return null;
    }

    internal bool? Boolean(TapeElement element) => Expect(element, JsonValueKind.True) ? element.GetBoolean() : null;

    internal decimal? Number(TapeElement element)
    {
        if (!Expect(element, JsonValueKind.Number))
        {
            return null;
        }

        if (element.TryGetDecimal(out var value) && IsExact(value, element))
        {
            return value;
        }

        Report(DiagnosticCodes.InvalidNumber, $"Talet {Shorten(element.GetRawText())} är för stort eller för precist.", $"The number {Shorten(element.GetRawText())} is too large or too precise.");
        return null;
    }

    /// <summary>Reads an integer; like JSON Schema, <c>4.0</c> counts as the integer 4.</summary>
    internal int? Integer(TapeElement element, int minimum, int maximum)
    {
        var number = Number(element);
        if (number is null)
        {
            return null;
        }

        if (decimal.Truncate(number.Value) != number.Value || number.Value < minimum || number.Value > maximum)
        {
            Report(DiagnosticCodes.InvalidNumber, $"Ett heltal från {minimum} till {maximum} väntades.", $"An integer from {minimum} to {maximum} expected.");
            return null;
        }

        return (int)number.Value;
    }

    internal LocalDate? Date(TapeElement element)
    {
        if (element.ValueKind == JsonValueKind.String && TryReadIsoDate(element.RawBytes, out var date))
        {
            return date;
        }

        var text = String(element);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (text.Length == 10 && result.Success)
        {
            return result.Value;
        }

        Report(DiagnosticCodes.InvalidDate, $"\"{Shorten(text)}\" är inte ett datum på formen ÅÅÅÅ-MM-DD.", $"\"{Shorten(text)}\" is not a date of the form YYYY-MM-DD.");
        return null;
    }

    internal TEnum? Enum<TEnum>(TapeElement element, EnumCodes<TEnum> codes)
        where TEnum : struct, Enum
    {
        if (element.ValueKind == JsonValueKind.String && codes.TryParse(element, out var known))
        {
            return known;
        }

        // Not one of the codes (compared unescaped above): only the diagnostic needs the text.
        var text = String(element);
        if (text is null)
        {
            return null;
        }

        var allowed = string.Join(", ", codes.Names);
        Report(DiagnosticCodes.UnknownCode, $"\"{Shorten(text)}\" är inte ett tillåtet värde ({allowed}).", $"\"{Shorten(text)}\" is not an allowed value ({allowed}).");
        return null;
    }

    internal LocalizedText? Text(TapeElement element)
    {
        if (!Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        var size = element.GetPropertyCount();
        if (size > _textEntries.Length)
        {
            _textEntries = new KeyValuePair<string, string>[size];
        }

        var entries = _textEntries;
        var count = 0;
        var ok = true;
        var hasSwedish = false;
        foreach (var property in element.EnumerateObject())
        {
            var name = PropertyNames.Of(property); // "sv" and "en" are shared strings
            hasSwedish |= name == LocalizedText.SwedishTag;
            Push(name);
            _languageTags.Check(name, this);
            var value = String(property.Value);
            Pop();
            if (value is null)
            {
                ok = false;
            }
            else
            {
                entries[count++] = new(name, value);
            }
        }

        // A missing Swedish is reported even when another language's value did not read, as the schema's required does.
        if (!hasSwedish)
        {
            Report(DiagnosticCodes.MissingSwedish, "Texten saknar svenska (\"sv\").", "The text has no Swedish (\"sv\").");
            return null;
        }

        if (!ok)
        {
            return null;
        }

        var text = LocalizedText.TryCreate(entries.AsSpan(0, count));
        if (text is null)
        {
            Report(DiagnosticCodes.MissingSwedish, "Texten saknar svenska (\"sv\").", "The text has no Swedish (\"sv\").");
        }

        return text;
    }

    internal DateInterval? Interval(TapeElement element)
    {
        if (!Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        LocalDate? start = null, end = null;
        bool hasStart = false, hasEnd = false;
        foreach (var property in element.EnumerateObject())
        {
            var name = PropertyNames.Of(property);
            Push(name);
            switch (name)
            {
                case "start":
                    hasStart = true;
                    start = Date(property.Value);
                    break;
                case "end":
                    hasEnd = true;
                    end = Date(property.Value);
                    break;
                default:
                    UnknownProperty(name);
                    break;
            }

            Pop();
        }

        if (!Require(hasStart, "start") | !Require(hasEnd, "end") || start is null || end is null)
        {
            return null;
        }

        if (end.Value < start.Value)
        {
            Report(DiagnosticCodes.InvalidInterval, $"Slutdatum {end.Value:uuuu-MM-dd} är före startdatum {start.Value:uuuu-MM-dd}.", $"End date {end.Value:uuuu-MM-dd} is before start date {start.Value:uuuu-MM-dd}.");
            return null;
        }

        return new DateInterval(start.Value, end.Value);
    }

    internal ExtensionData Extensions(TapeElement element) =>
        Expect(element, JsonValueKind.Object) ? FromTape(element) : ExtensionData.Empty;

    // Extensions keep JsonElement values (public API): a small document of the object's own text, cloned.
    private static ExtensionData FromTape(TapeElement element)
    {
        // The tape has held the whole input to the depth limit already, and a caller's own element may have had
        // comments and trailing commas (JsonInput.FromElement): this document only re-reads a part of what was read.
        using var document = JsonDocument.Parse(element.RawBytes.ToArray(), new JsonDocumentOptions { MaxDepth = int.MaxValue, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return ExtensionData.FromJsonObject(document.RootElement);
    }

    /// <summary>Reads an array; items that cannot be read are reported and left out, and the array is then marked failed.</summary>
    internal EquatableArray<T> Array<T>(TapeElement element, Func<TapeElement, ReadContext, T?> readItem)
        where T : class
    {
        if (!Expect(element, JsonValueKind.Array))
        {
            return default;
        }

        var items = new T[element.GetArrayLength()];
        var count = 0;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            Push(index++);
            var value = readItem(item, this);
            Pop();
            if (value is not null)
            {
                items[count++] = value;
            }
        }

        if (count != items.Length)
        {
            System.Array.Resize(ref items, count);
        }

        return EquatableArray<T>.TakeOwnership(items);
    }

    internal EquatableArray<string> Strings(TapeElement element) => Array(element, static (e, c) => c.String(e));

    /// <summary>Reads an array of codes or references, each through <see cref="SharedString"/>.</summary>
    internal EquatableArray<string> SharedStrings(TapeElement element) => Array(element, static (e, c) => c.SharedString(e));

    internal EquatableArray<LocalizedText> Texts(TapeElement element) => Array(element, static (e, c) => c.Text(e));

    /// <summary>
    /// Whether the decimal is exactly the number written: <see cref="TapeElement.TryGetDecimal"/> rounds
    /// what has more digits than a decimal holds (0.1000000000000000000000000000001 reads as 0.1), which
    /// would change the data without a word.
    /// </summary>
    private static bool IsExact(decimal value, TapeElement element)
    {
        var raw = element.GetRawText();

        // At most 28 characters: at most 28 digits and a scale under 28, which a decimal holds exactly.
        return (raw.Length <= 28 && raw.AsSpan().IndexOfAny('e', 'E') < 0)
            || Normalize(raw) == Normalize(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A number literal as its sign, its significant digits and the power of ten of the last one.</summary>
    private static (bool Negative, string Digits, long Exponent) Normalize(string number)
    {
        var negative = number.StartsWith('-');
        var exponentAt = number.AsSpan().IndexOfAny('e', 'E');
        var exponent = exponentAt < 0 ? 0L : long.TryParse(number.AsSpan(exponentAt + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var e) ? e : long.MaxValue;
        var significand = (exponentAt < 0 ? number : number[..exponentAt]).TrimStart('-');
        var point = significand.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= significand.Length - point - 1;
            significand = significand.Remove(point, 1);
        }

        var digits = significand.TrimStart('0');
        var trimmed = digits.TrimEnd('0');
        exponent += digits.Length - trimmed.Length;
        return trimmed.Length == 0 ? (false, string.Empty, 0) : (negative, trimmed, exponent);
    }

    /// <summary>
    /// A date written plainly as <c>"YYYY-MM-DD"</c> (year 1 or later), read from its bytes without a string or
    /// a pattern parse, by the schema's own <c>date</c> format check. Anything else (escapes, year 0) returns
    /// false and takes the full path, which accepts exactly what this does and reports the rest.
    /// </summary>
    private static bool TryReadIsoDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        if (text.Length == 10 && DateFormat.TryReadDate(text, out var year, out var month, out var day) && year >= 1)
        {
            date = new LocalDate(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : TextShortening.Shorten(text, 58);

    private static string KindName(JsonValueKind kind, bool swedish) => kind switch
    {
        JsonValueKind.Object => swedish ? "ett objekt" : "an object",
        JsonValueKind.Array => swedish ? "en lista" : "an array",
        JsonValueKind.String => swedish ? "en sträng" : "a string",
        JsonValueKind.Number => swedish ? "ett tal" : "a number",
        JsonValueKind.True or JsonValueKind.False => swedish ? "ett sanningsvärde" : "a boolean",
        _ => "null",
    };
}
