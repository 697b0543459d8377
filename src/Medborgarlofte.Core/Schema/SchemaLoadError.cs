namespace Medborgarlofte.Schema;

/// <summary>Why a schema could not be loaded, and where in the schema.</summary>
internal sealed class SchemaLoadError
{
    internal SchemaLoadError(string schemaLocation, SchemaMessage message)
    {
        SchemaLocation = schemaLocation;
        Message = message;
    }

    /// <summary>RFC 6901 pointer into the schema document ("" for the whole schema).</summary>
    public string SchemaLocation { get; }

    /// <summary>What is wrong, in Swedish and English.</summary>
    public SchemaMessage Message { get; }

    /// <inheritdoc />
    public override string ToString() => string.Concat("#", SchemaLocation, ": ", Message.ToString());
}
