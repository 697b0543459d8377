namespace Medborgarlofte.Json;

/// <summary>How <see cref="JsonSyntax.Parse{TSink}"/> ended.</summary>
internal enum JsonParseOutcome
{
    /// <summary>The text is one well-formed JSON value; the sink has seen all of it.</summary>
    WellFormed,

    /// <summary>The text is not well-formed JSON; the error says where and why.</summary>
    Malformed,

    /// <summary>The sink stopped the parse before the end.</summary>
    Stopped,
}
