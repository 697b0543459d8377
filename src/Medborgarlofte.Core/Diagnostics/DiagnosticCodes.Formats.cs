using System.Collections.Generic;

namespace Medborgarlofte;

// The codes of the value formats the reader checks (ML2xxx), numbered after the JSON Schema keywords that say the
// same: the form of an id (pattern) and e-mail addresses and URIs (format). ML2000–ML2004 and ML2007–ML2009 were the
// schema evaluator's and are no longer reported; the reader says those things with ML1xxx codes.
public static partial class DiagnosticCodes
{
    /// <summary>ML2005: an id, or a reference to one, not of the schema's form <c>^[A-Za-z0-9][A-Za-z0-9._:-]*$</c>.</summary>
    public static readonly DiagnosticDescriptor WrongForm = new("ML2005", DiagnosticSeverity.Error, new("Strängen har fel form", "String of the wrong form"))
    {
        Description = new("Ett id, eller en hänvisning till ett, är inte ASCII-bokstäver, siffror och . _ : - med en bokstav eller siffra först (schemats id).", "An id, or a reference to one, is not ASCII letters, digits and . _ : - starting with a letter or digit (the schema's id)."),
    };

    /// <summary>ML2006: an e-mail address (RFC 5321) or an absolute URI (RFC 3986) that is not one.</summary>
    public static readonly DiagnosticDescriptor InvalidFormat = new("ML2006", DiagnosticSeverity.Error, new("Ogiltigt format", "Invalid format"))
    {
        Description = new("En e-postadress som inte följer RFC 5321, eller en URI som inte är en absolut URI enligt RFC 3986 (schemats format email och uri).", "An e-mail address not by RFC 5321, or a URI that is no absolute URI by RFC 3986 (the schema's email and uri formats)."),
    };

    /// <summary>Gets every value-format code (<c>ML2xxx</c>), in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> FormatCodes { get; } = [WrongForm, InvalidFormat];
}
