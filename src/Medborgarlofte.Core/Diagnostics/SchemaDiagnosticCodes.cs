using System.Collections.Generic;

namespace Medborgarlofte.Diagnostics;

/// <summary>
/// The stable codes of structural diagnostics (<c>ML2xxx</c>), named after the keyword of the format's JSON Schema
/// (<c>schemas/medborgarlofte.schema.json</c>) that says the same. The strict reader reports two of them: ML2005 (an
/// id's form) and ML2006 (an e-mail address or a URI); what the other keywords forbid it reports with its own
/// <c>ML1xxx</c> codes, so those codes are no longer reported (kept so that code naming them still compiles).
/// </summary>
public static class SchemaDiagnosticCodes
{
    /// <summary>ML2000: a schema keyword not covered by a more specific code failed.</summary>
    [System.Obsolete("Never reported: the strict reader reports what this keyword forbids with its own ML1xxx code (see docs/schema.md).")]
    public static readonly DiagnosticDescriptor Other = new("ML2000", DiagnosticSeverity.Error, new("Strukturen stämmer inte med schemat", "The structure does not match the schema"))
    {
        Description = new("Ett annat schemanyckelord än de nedan underkänner värdet.", "A schema keyword other than those below rejects the value."),
    };

    /// <summary>ML2001: a value of the wrong JSON type (<c>type</c>).</summary>
    [System.Obsolete("Never reported: the strict reader reports what this keyword forbids with its own ML1xxx code (see docs/schema.md).")]
    public static readonly DiagnosticDescriptor Type = new("ML2001", DiagnosticSeverity.Error, new("Fel typ enligt schemat", "Wrong type by the schema"))
    {
        Description = new("Nyckelordet type: värdet har fel JSON-typ.", "The type keyword: the value has the wrong JSON type."),
    };

    /// <summary>ML2002: a required property is missing (<c>required</c>, <c>dependentRequired</c>).</summary>
    [System.Obsolete("Never reported: the strict reader reports what this keyword forbids with its own ML1xxx code (see docs/schema.md).")]
    public static readonly DiagnosticDescriptor Required = new("ML2002", DiagnosticSeverity.Error, new("Obligatorisk egenskap saknas enligt schemat", "Required property missing by the schema"))
    {
        Description = new("Nyckelorden required eller dependentRequired.", "The required or dependentRequired keyword."),
    };

    /// <summary>ML2003: a property the schema does not allow (<c>additionalProperties</c>, <c>unevaluatedProperties</c>, <c>propertyNames</c>).</summary>
    [System.Obsolete("Never reported: the strict reader reports what this keyword forbids with its own ML1xxx code (see docs/schema.md).")]
    public static readonly DiagnosticDescriptor Property = new("ML2003", DiagnosticSeverity.Error, new("Egenskapen tillåts inte av schemat", "Property not allowed by the schema"))
    {
        Description = new("Nyckelorden additionalProperties, unevaluatedProperties eller propertyNames (t.ex. en ogiltig språkkod).", "The additionalProperties, unevaluatedProperties or propertyNames keyword (e.g. an invalid language tag)."),
    };

    /// <summary>ML2004: a value outside the allowed values (<c>enum</c>, <c>const</c>).</summary>
    [System.Obsolete("Never reported: the strict reader reports what this keyword forbids with its own ML1xxx code (see docs/schema.md).")]
    public static readonly DiagnosticDescriptor Value = new("ML2004", DiagnosticSeverity.Error, new("Värdet tillåts inte av schemat", "Value not allowed by the schema"))
    {
        Description = new("Nyckelorden enum eller const.", "The enum or const keyword."),
    };

    /// <summary>ML2005: an id, or a reference to one, not of the schema's form <c>^[A-Za-z0-9][A-Za-z0-9._:-]*$</c>.</summary>
    public static readonly DiagnosticDescriptor Pattern = new("ML2005", DiagnosticSeverity.Error, new("Strängen har fel form", "String of the wrong form"))
    {
        Description = new("Ett id, eller en hänvisning till ett, är inte ASCII-bokstäver, siffror och . _ : - med en bokstav eller siffra först (schemats id).", "An id, or a reference to one, is not ASCII letters, digits and . _ : - starting with a letter or digit (the schema's id)."),
    };

    /// <summary>ML2006: an e-mail address (RFC 5321) or an absolute URI (RFC 3986) that is not one.</summary>
    public static readonly DiagnosticDescriptor Format = new("ML2006", DiagnosticSeverity.Error, new("Ogiltigt format", "Invalid format"))
    {
        Description = new("En e-postadress som inte följer RFC 5321, eller en URI som inte är en absolut URI enligt RFC 3986 (schemats format email och uri).", "An e-mail address not by RFC 5321, or a URI that is no absolute URI by RFC 3986 (the schema's email and uri formats)."),
    };

    /// <summary>ML2007: a number out of range (<c>minimum</c>, <c>maximum</c>, exclusive bounds, <c>multipleOf</c>).</summary>
    [System.Obsolete("Never reported: the strict reader reports what this keyword forbids with its own ML1xxx code (see docs/schema.md).")]
    public static readonly DiagnosticDescriptor Range = new("ML2007", DiagnosticSeverity.Error, new("Talet ligger utanför tillåtet intervall", "Number out of range"))
    {
        Description = new("Nyckelorden minimum, maximum, exclusiveMinimum, exclusiveMaximum eller multipleOf.", "The minimum, maximum, exclusiveMinimum, exclusiveMaximum or multipleOf keyword."),
    };

    /// <summary>ML2008: a string, array or object of the wrong size.</summary>
    [System.Obsolete("Never reported: the strict reader reports what this keyword forbids with its own ML1xxx code (see docs/schema.md).")]
    public static readonly DiagnosticDescriptor Size = new("ML2008", DiagnosticSeverity.Error, new("Fel längd eller antal", "Wrong length or count"))
    {
        Description = new("Nyckelorden minLength, maxLength, minItems, maxItems, uniqueItems, minProperties, maxProperties, contains.", "The minLength, maxLength, minItems, maxItems, uniqueItems, minProperties, maxProperties or contains keyword."),
    };

    /// <summary>ML2009: a combination of subschemas failed (<c>oneOf</c>, <c>anyOf</c>, <c>not</c>).</summary>
    [System.Obsolete("Never reported: the strict reader reports what this keyword forbids with its own ML1xxx code (see docs/schema.md).")]
    public static readonly DiagnosticDescriptor Combination = new("ML2009", DiagnosticSeverity.Error, new("Ingen tillåten variant", "No allowed variant"))
    {
        Description = new("Nyckelorden oneOf, anyOf eller not (t.ex. en observation med både date och period).", "The oneOf, anyOf or not keyword (e.g. an observation with both date and period)."),
    };

    /// <summary>Gets every structural code the reader reports, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [Pattern, Format];

    /// <summary>Gets the code for a failing schema keyword (for a tool that evaluates the schema itself).</summary>
    /// <param name="keyword">The keyword, e.g. <c>required</c>.</param>
    /// <returns>The descriptor.</returns>
#pragma warning disable CS0618 // the keyword's code, reported or not
    public static DiagnosticDescriptor ForKeyword(string keyword) => keyword switch
    {
        "type" => Type,
        "required" or "dependentRequired" => Required,
        "additionalProperties" or "unevaluatedProperties" or "propertyNames" => Property,
        "enum" or "const" => Value,
        "pattern" or "patternProperties" => Pattern,
        "format" => Format,
        "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "multipleOf" => Range,
        "minLength" or "maxLength" or "minItems" or "maxItems" or "uniqueItems" or "minProperties" or "maxProperties" or "contains" or "minContains" or "maxContains" => Size,
        "oneOf" or "anyOf" or "not" => Combination,
        _ => Other,
    };
#pragma warning restore CS0618
}
