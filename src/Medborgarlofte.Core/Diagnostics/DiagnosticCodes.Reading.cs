using System.Collections.Generic;

namespace Medborgarlofte;

/// <summary>
/// Every stable diagnostic code (diagnoskod) the library reports, one catalogue split by concern into partial files:
/// reading (<c>ML0xxx</c>: the bytes are not a JSON document; <c>ML1xxx</c>: the JSON does not have the shape of the
/// format; <c>ML2xxx</c>: a value breaks the format's patterns), the validation rules (<c>ML3xxx</c>–<c>ML9xxx</c>) and the
/// follow-up rules (<c>ML91xx</c>). The catalogue with descriptions is <c>docs/rules.md</c>.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>ML0001: the input is not well-formed JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new("ML0001", DiagnosticSeverity.Error, new("Ogiltig JSON", "Invalid JSON")) { Description = new("Indata är inte välformad JSON (syntaxfel, tom indata, läsfel).", "The input is not well-formed JSON (a syntax error, empty input, a read failure).") };

    /// <summary>ML0002: an object has the same property twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateProperty = new("ML0002", DiagnosticSeverity.Error, new("Egenskap förekommer två gånger", "Duplicate property")) { Description = new("Ett objekt har samma egenskapsnamn två gånger.", "An object has the same property name twice.") };

    /// <summary>ML0003: the input is larger (<see cref="JsonLimits.MaxInputBytes"/>) or deeper (<see cref="JsonLimits.MaxDepth"/>) than the configured limits.</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = new("ML0003", DiagnosticSeverity.Error, new("Gräns överskriden", "Limit exceeded")) { Description = new("Indata är större eller djupare än gränserna i JsonLimits.", "The input is larger or nested deeper than JsonLimits allows.") };

    /// <summary>ML0004: the input is not valid UTF-8, or a string holds a lone surrogate.</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = new("ML0004", DiagnosticSeverity.Error, new("Ogiltig teckenkodning", "Invalid encoding")) { Description = new("Indata är inte giltig UTF-8, eller en sträng innehåller ett ensamt surrogattecken.", "The input is not valid UTF-8, or a string holds a lone surrogate.") };

    /// <summary>ML0005: the input starts with a byte order mark, which was skipped.</summary>
    public static readonly DiagnosticDescriptor ByteOrderMark = new("ML0005", DiagnosticSeverity.Warning, new("Byte order mark ignorerad", "Byte order mark ignored")) { Description = new("Indata börjar med en UTF-8 byte order mark; den hoppas över.", "The input starts with a UTF-8 byte order mark; it is skipped.") };

    /// <summary>ML0006: a string (a value or a property name) is longer than <see cref="JsonLimits.MaxStringLength"/>.</summary>
    public static readonly DiagnosticDescriptor StringTooLong = new("ML0006", DiagnosticSeverity.Error, new("Strängen är för lång", "String too long")) { Description = new("En sträng (värde eller egenskapsnamn) är längre än JsonLimits.MaxStringLength.", "A string (a value or a property name) is longer than JsonLimits.MaxStringLength.") };

    /// <summary>ML0007: an array has more items than <see cref="JsonLimits.MaxArrayLength"/>.</summary>
    public static readonly DiagnosticDescriptor ArrayTooLong = new("ML0007", DiagnosticSeverity.Error, new("Listan är för lång", "Array too long")) { Description = new("En lista har fler element än JsonLimits.MaxArrayLength.", "An array has more items than JsonLimits.MaxArrayLength.") };

    /// <summary>ML0008: more diagnostics were found than <see cref="JsonLimits.MaxDiagnostics"/>; the rest are counted.</summary>
    public static readonly DiagnosticDescriptor TooManyDiagnostics = new("ML0008", DiagnosticSeverity.Error, new("Fler problem än gränsen", "More problems than the limit")) { Description = new("Dokumentet har fler problem än JsonLimits.MaxDiagnostics; de första listas och resten räknas. Allvarlighetsgraden är den värsta bland de ej listade.", "The document has more problems than JsonLimits.MaxDiagnostics; the first are listed and the rest counted. The severity is the worst among those not listed.") };

    /// <summary>ML1001: a property the format does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = new("ML1001", DiagnosticSeverity.Error, new("Okänd egenskap", "Unknown property")) { Description = new("En egenskap som formatet inte definierar, utanför extensions.", "A property the format does not define, outside extensions.") };

    /// <summary>ML1002: a required property is missing.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = new("ML1002", DiagnosticSeverity.Error, new("Obligatorisk egenskap saknas", "Required property missing")) { Description = new("En obligatorisk egenskap saknas.", "A required property is missing.") };

    /// <summary>ML1003: <c>null</c> where the format does not allow it (nowhere).</summary>
    public static readonly DiagnosticDescriptor NullValue = new("ML1003", DiagnosticSeverity.Error, new("Värdet null är inte tillåtet", "Null is not allowed")) { Description = new("Värdet null, som formatet aldrig tillåter.", "The value null, which the format never allows.") };

    /// <summary>ML1004: a value of the wrong JSON type.</summary>
    public static readonly DiagnosticDescriptor WrongType = new("ML1004", DiagnosticSeverity.Error, new("Fel typ av värde", "Wrong type of value")) { Description = new("Ett värde av fel JSON-typ (t.ex. en sträng där ett tal väntas).", "A value of the wrong JSON type (e.g. a string where a number is expected).") };

    /// <summary>ML1005: a value outside a closed code list.</summary>
    public static readonly DiagnosticDescriptor UnknownCode = new("ML1005", DiagnosticSeverity.Error, new("Okänt värde i stängd kodlista", "Unknown value in a closed code list")) { Description = new("Ett värde utanför en stängd kodlista (status, typ av part, jämförelse, upprepning …), eller i fel skiftläge.", "A value outside a closed code list (status, party type, comparator, recurrence …), or in the wrong case.") };

    /// <summary>ML1006: a string that is not an ISO 8601 calendar date.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("ML1006", DiagnosticSeverity.Error, new("Ogiltigt datum", "Invalid date")) { Description = new("En sträng som inte är ett datum på formen ÅÅÅÅ-MM-DD.", "A string that is not a date of the form YYYY-MM-DD.") };

    /// <summary>ML1007: a number that is not an integer where one is required, or out of range.</summary>
    public static readonly DiagnosticDescriptor InvalidNumber = new("ML1007", DiagnosticSeverity.Error, new("Ogiltigt tal", "Invalid number")) { Description = new("Ett tal som är för stort, inte ett heltal där ett sådant krävs, eller utanför sitt intervall.", "A number too large, not an integer where one is required, or out of range.") };

    /// <summary>ML1008: an interval whose end comes before its start.</summary>
    public static readonly DiagnosticDescriptor InvalidInterval = new("ML1008", DiagnosticSeverity.Error, new("Intervallet slutar före start", "Interval ends before it starts")) { Description = new("Ett intervall (start, end) vars slut ligger före starten.", "An interval (start, end) whose end comes before its start.") };

    /// <summary>ML1009: a language map without Swedish.</summary>
    public static readonly DiagnosticDescriptor MissingSwedish = new("ML1009", DiagnosticSeverity.Error, new("Svensk text saknas", "Swedish text missing")) { Description = new("En språkkarta utan svenska (\"sv\").", "A language map without Swedish (\"sv\").") };

    /// <summary>ML1010: the document is of a format version this library does not read.</summary>
    public static readonly DiagnosticDescriptor UnsupportedFormatVersion = new("ML1010", DiagnosticSeverity.Error, new("Formatversionen stöds inte", "Unsupported format version")) { Description = new("formatVersion är varken \"1.0\" eller \"1.1\" (ett dokument i en senare version behöver en senare version av biblioteket).", "formatVersion is neither \"1.0\" nor \"1.1\" (a document of a later version needs a later version of the library).") };

    /// <summary>ML1011: two properties that exclude each other are both present, or neither is.</summary>
    public static readonly DiagnosticDescriptor ExclusiveProperties = new("ML1011", DiagnosticSeverity.Error, new("Exakt en av egenskaperna krävs", "Exactly one of the properties is required")) { Description = new("En observation har både date och period, eller ingen av dem.", "An observation has both date and period, or neither.") };

    /// <summary>Gets every code the library reports, in code order: reading, value formats, rules, follow-up.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => s_all ??= [.. ReadingCodes, .. FormatCodes, .. RuleCodes, .. FollowUpCodes];

    // Built on first use: the lists of the other partial files are field initializers whose order C# leaves open.
    private static IReadOnlyList<DiagnosticDescriptor>? s_all;

    /// <summary>Gets every reading code (<c>ML0xxx</c>, <c>ML1xxx</c>), in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> ReadingCodes { get; } =
    [
        InvalidJson, DuplicateProperty, LimitExceeded, InvalidEncoding, ByteOrderMark, StringTooLong, ArrayTooLong, TooManyDiagnostics,
        UnknownProperty, MissingProperty, NullValue, WrongType, UnknownCode, InvalidDate,
        InvalidNumber, InvalidInterval, MissingSwedish, UnsupportedFormatVersion, ExclusiveProperties,
    ];
}
