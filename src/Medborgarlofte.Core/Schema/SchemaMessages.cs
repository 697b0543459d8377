using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Medborgarlofte.Schema;

/// <summary>
/// Every message of the evaluator, in Swedish and English. Messages are only built when an error is reported,
/// so the formatting here never runs on a valid document.
/// </summary>
internal static class SchemaMessages
{
    private const int MaxShownValueLength = 60;

    // ---- Evaluation -------------------------------------------------------------------------------------

    public static SchemaMessage FalseSchema() =>
        new("Inget värde är tillåtet här (schemat är false).", "No value is allowed here (the schema is false).");

    public static SchemaMessage TooDeep(int depth) =>
        new(
            $"Utvärderingen avbröts: schemat nästlas djupare än {depth} nivåer.",
            $"Evaluation stopped: the schema nests deeper than {depth} levels.");

    public static SchemaMessage Type(IReadOnlyList<string> expected, string actual) =>
        new(
            $"Värdet har fel typ: förväntade {JoinTypes(expected, swedish: true)}, fick {SwedishType(actual)}.",
            $"Value has the wrong type: expected {JoinTypes(expected, swedish: false)}, got {actual}.");

    public static SchemaMessage Const(string value) =>
        new($"Värdet måste vara {Shorten(value)}.", $"Value must be {Shorten(value)}.");

    public static SchemaMessage Enum(string values) =>
        new(
            $"Värdet måste vara ett av de tillåtna värdena: {Shorten(values)}.",
            $"Value must be one of the allowed values: {Shorten(values)}.");

    public static SchemaMessage MultipleOf(string divisor) =>
        new($"Talet måste vara en multipel av {divisor}.", $"Number must be a multiple of {divisor}.");

    public static SchemaMessage Maximum(string limit) =>
        new($"Talet får vara högst {limit}.", $"Number must be at most {limit}.");

    public static SchemaMessage ExclusiveMaximum(string limit) =>
        new($"Talet måste vara mindre än {limit}.", $"Number must be less than {limit}.");

    public static SchemaMessage Minimum(string limit) =>
        new($"Talet måste vara minst {limit}.", $"Number must be at least {limit}.");

    public static SchemaMessage ExclusiveMinimum(string limit) =>
        new($"Talet måste vara större än {limit}.", $"Number must be greater than {limit}.");

    public static SchemaMessage MaxLength(long limit, int length) =>
        new(
            $"Texten får vara högst {limit} tecken lång, men är {length}.",
            $"Text must be at most {limit} characters long, but is {length}.");

    public static SchemaMessage MinLength(long limit, int length) =>
        new(
            $"Texten måste vara minst {limit} tecken lång, men är {length}.",
            $"Text must be at least {limit} characters long, but is {length}.");

    public static SchemaMessage Pattern(string pattern) =>
        new($"Texten matchar inte mönstret \"{pattern}\".", $"Text does not match the pattern \"{pattern}\".");

    public static SchemaMessage PatternTimedOut(string pattern) =>
        new(
            $"Mönstret \"{pattern}\" kunde inte prövas inom tidsgränsen; värdet godtas inte.",
            $"The pattern \"{pattern}\" could not be tested within the time limit; the value is not accepted.");

    public static SchemaMessage PropertyNamePatternTimedOut(string pattern, string name) =>
        new(
            $"Mönstret \"{pattern}\" kunde inte prövas mot egenskapen \"{name}\" inom tidsgränsen.",
            $"The pattern \"{pattern}\" could not be tested against property \"{name}\" within the time limit.");

    public static SchemaMessage Format(string format)
    {
        var (sv, en) = format switch
        {
            "date" => ("ett giltigt datum (ÅÅÅÅ-MM-DD)", "a valid date (YYYY-MM-DD)"),
            "date-time" => ("en giltig tidpunkt (RFC 3339, t.ex. 2024-05-01T12:00:00Z)", "a valid date-time (RFC 3339, e.g. 2024-05-01T12:00:00Z)"),
            "time" => ("en giltig tid med tidszon (RFC 3339, t.ex. 12:00:00Z)", "a valid time with offset (RFC 3339, e.g. 12:00:00Z)"),
            "email" => ("en giltig e-postadress", "a valid email address"),
            "uri" => ("en giltig absolut URI", "a valid absolute URI"),
            "uuid" => ("ett giltigt UUID", "a valid UUID"),
            _ => ($"formatet \"{format}\"", $"the format \"{format}\""),
        };
        return new($"Texten är inte {sv}.", $"Text is not {en}.");
    }

    public static SchemaMessage MaxItems(long limit, int count) =>
        new($"Listan får ha högst {limit} element, men har {count}.", $"Array must have at most {limit} items, but has {count}.");

    public static SchemaMessage MinItems(long limit, int count) =>
        new($"Listan måste ha minst {limit} element, men har {count}.", $"Array must have at least {limit} items, but has {count}.");

    public static SchemaMessage UniqueItems(int first, int second) =>
        new(
            $"Listans element måste vara unika, men element {first} och {second} är lika.",
            $"Array items must be unique, but items {first} and {second} are equal.");

    public static SchemaMessage MinContains(long limit, int count) =>
        new(
            $"Listan måste innehålla minst {limit} element som uppfyller villkoret i contains, men har {count}.",
            $"Array must contain at least {limit} item(s) matching the contains schema, but has {count}.");

    public static SchemaMessage MaxContains(long limit, int count) =>
        new(
            $"Listan får innehålla högst {limit} element som uppfyller villkoret i contains, men har {count}.",
            $"Array must contain at most {limit} item(s) matching the contains schema, but has {count}.");

    public static SchemaMessage MaxProperties(long limit, int count) =>
        new(
            $"Objektet får ha högst {limit} egenskaper, men har {count}.",
            $"Object must have at most {limit} properties, but has {count}.");

    public static SchemaMessage MinProperties(long limit, int count) =>
        new(
            $"Objektet måste ha minst {limit} egenskaper, men har {count}.",
            $"Object must have at least {limit} properties, but has {count}.");

    public static SchemaMessage Required(string name) =>
        new($"Egenskapen \"{name}\" saknas.", $"Required property \"{name}\" is missing.");

    public static SchemaMessage DependentRequired(string name, string dependsOn) =>
        new(
            $"Egenskapen \"{name}\" krävs när egenskapen \"{dependsOn}\" finns.",
            $"Property \"{name}\" is required when property \"{dependsOn}\" is present.");

    public static SchemaMessage PropertyNotAllowed(string name) =>
        new($"Egenskapen \"{name}\" är inte tillåten.", $"Property \"{name}\" is not allowed.");

    public static SchemaMessage ItemNotAllowed(int index) =>
        new($"Elementet på position {index} är inte tillåtet.", $"The item at index {index} is not allowed.");

    public static SchemaMessage PropertyName(string name) =>
        new($"Egenskapsnamnet \"{name}\" är inte tillåtet.", $"The property name \"{name}\" is not allowed.");

    public static SchemaMessage Not() =>
        new("Värdet får inte uppfylla schemat i not.", "Value must not match the schema in not.");

    public static SchemaMessage AnyOf() =>
        new("Värdet uppfyller inget av alternativen i anyOf.", "Value does not match any of the alternatives in anyOf.");

    public static SchemaMessage OneOfNone() =>
        new("Värdet uppfyller inget av alternativen i oneOf.", "Value does not match any of the alternatives in oneOf.");

    public static SchemaMessage OneOfMany(int first, int second) =>
        new(
            $"Värdet uppfyller flera alternativ i oneOf (nummer {first} och {second}) men får bara uppfylla ett.",
            $"Value matches more than one alternative in oneOf (numbers {first} and {second}) but must match exactly one.");

    public static SchemaMessage NoDocument() =>
        new("Det finns inget dokument att validera.", "There is no document to validate.");

    // ---- Loading ----------------------------------------------------------------------------------------

    public static SchemaMessage InvalidJson(string detail) =>
        new($"Schemat är inte giltig JSON: {detail}", $"The schema is not valid JSON: {detail}");

    public static SchemaMessage InvalidJsonAt(int line, int column, LocalizedText reason) =>
        new($"Schemat är inte giltig JSON på rad {line}, position {column}: {reason.Swedish}.", $"The schema is not valid JSON at line {line}, position {column}: {reason.English}.");

    public static SchemaMessage SchemaNotObjectOrBoolean() =>
        new("Ett schema måste vara ett objekt eller true/false.", "A schema must be an object or true/false.");

    public static SchemaMessage DynamicRefUnsupported() =>
        new(
            "Nyckelordet $dynamicRef stöds inte av den här utvärderaren; schemat kan därför inte användas.",
            "The keyword $dynamicRef is not supported by this evaluator, so the schema cannot be used.");

    public static SchemaMessage UnresolvableRef(string reference, string absolute) =>
        new(
            $"Referensen \"{reference}\" ({absolute}) finns inte i schemadokumentet. Externa scheman hämtas aldrig; bädda in det refererade schemat (med $id) i samma dokument.",
            $"The reference \"{reference}\" ({absolute}) is not in the schema document. External schemas are never fetched; embed the referenced schema (with $id) in the same document.");

    public static SchemaMessage MetaschemaRef(string reference) =>
        new(
            $"Referensen \"{reference}\" pekar på ett metaschema. Metascheman och andra externa scheman stöds inte och hämtas aldrig.",
            $"The reference \"{reference}\" points to a metaschema. Metaschemas and other external schemas are not supported and are never fetched.");

    public static SchemaMessage UnsupportedDialect(string dialect) =>
        new(
            $"$schema \"{dialect}\" stöds inte; endast JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12/schema) kan användas.",
            $"$schema \"{dialect}\" is not supported; only JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12/schema) can be used.");

    public static SchemaMessage DuplicateId(string uri) =>
        new($"Identifieraren \"{uri}\" används för mer än ett schema.", $"The identifier \"{uri}\" is used by more than one schema.");

    public static SchemaMessage IdWithFragment(string id) =>
        new(
            $"$id \"{id}\" får inte ha ett fragment; använd $anchor för namngivna platser.",
            $"$id \"{id}\" must not have a fragment; use $anchor for named locations.");

    public static SchemaMessage InvalidAnchor(string anchor) =>
        new(
            $"Ankaret \"{anchor}\" är ogiltigt: det ska börja med en bokstav eller _ och bara innehålla bokstäver, siffror, -, _ och punkt.",
            $"The anchor \"{anchor}\" is invalid: it must start with a letter or _ and contain only letters, digits, -, _ and dots.");

    public static SchemaMessage RefLoop(string location) =>
        new(
            $"Schemat refererar till sig självt utan att gå vidare in i dokumentet (via {location}); det skulle aldrig bli klart.",
            $"The schema refers to itself without descending into the document (through {location}); evaluation would never end.");

    public static SchemaMessage KeywordMustBe(string keyword, string swedishWhat, string englishWhat) =>
        new($"Värdet för {keyword} måste vara {swedishWhat}.", $"The value of {keyword} must be {englishWhat}.");

    public static SchemaMessage UnknownType(string type) =>
        new($"Typen \"{type}\" finns inte i JSON Schema.", $"The type \"{type}\" does not exist in JSON Schema.");

    public static SchemaMessage InvalidPattern(string pattern, string detail) =>
        new($"Mönstret \"{pattern}\" är inte ett giltigt reguljärt uttryck: {detail}", $"The pattern \"{pattern}\" is not a valid regular expression: {detail}");

    public static SchemaMessage UnsupportedPatternSyntax(string pattern, string part) =>
        new(
            $"Mönstret \"{pattern}\" är inte ett giltigt ECMA-262-uttryck eller använder något som inte stöds: \"{part}\".",
            $"The pattern \"{pattern}\" is not valid ECMA-262 or uses something that is not supported: \"{part}\".");

    // ---- Helpers ----------------------------------------------------------------------------------------

    /// <summary>Formats a count for messages.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) =>
        text.Length <= MaxShownValueLength ? text : string.Concat(text.AsSpan(0, MaxShownValueLength - 1), "…");

    private static string JoinTypes(IReadOnlyList<string> types, bool swedish)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < types.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i == types.Count - 1 ? (swedish ? " eller " : " or ") : ", ");
            }

            builder.Append(swedish ? SwedishType(types[i]) : types[i]);
        }

        return builder.ToString();
    }

    private static string SwedishType(string type) => type switch
    {
        "string" => "text (string)",
        "number" => "tal (number)",
        "integer" => "heltal (integer)",
        "object" => "objekt (object)",
        "array" => "lista (array)",
        "boolean" => "sanningsvärde (boolean)",
        "null" => "null",
        _ => type,
    };
}
