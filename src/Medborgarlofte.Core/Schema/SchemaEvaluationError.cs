namespace Medborgarlofte.Schema;

/// <summary>
/// One failed assertion: an output unit of the "basic" output format of JSON Schema draft 2020-12
/// (section 12.4.2), with the message in Swedish and English.
/// </summary>
internal sealed class SchemaEvaluationError
{
    internal SchemaEvaluationError(string instanceLocation, string keywordLocation, string absoluteKeywordLocation, string keyword, SchemaMessage message)
    {
        InstanceLocation = instanceLocation;
        KeywordLocation = keywordLocation;
        AbsoluteKeywordLocation = absoluteKeywordLocation;
        Keyword = keyword;
        Message = message;
    }

    /// <summary>RFC 6901 pointer to the failing value in the document ("" is the whole document).</summary>
    public string InstanceLocation { get; }

    /// <summary>RFC 6901 pointer along the evaluation path through the schema, including <c>$ref</c> hops.</summary>
    public string KeywordLocation { get; }

    /// <summary>The keyword's absolute location: the schema resource's base URI and a pointer fragment.</summary>
    public string AbsoluteKeywordLocation { get; }

    /// <summary>The failing keyword ("required", "type", ...); empty for the <c>false</c> schema itself.</summary>
    public string Keyword { get; }

    /// <summary>What is wrong, in Swedish and English.</summary>
    public SchemaMessage Message { get; }

    /// <inheritdoc />
    public override string ToString() => string.Concat(InstanceLocation.Length == 0 ? "(rot)" : InstanceLocation, " ", KeywordLocation, ": ", Message.Swedish);
}
