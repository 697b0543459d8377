using System;
using System.Text.Json;

namespace Medborgarlofte.Json;

/// <summary>
/// Hands <see cref="Utf8JsonReader"/>'s tokens to an <see cref="IJsonTokenSink"/>, as <see cref="JsonSyntax.Parse{TSink}"/>
/// hands its own: for text the library's strict grammar does not read, a caller's value that may hold comments
/// and trailing commas. The sinks then serve both kinds of input unchanged.
/// </summary>
internal static class JsonReaderTokens
{
    /// <summary>Reads every token into <paramref name="sink"/>; throws <see cref="JsonException"/> as the reader does.</summary>
    /// <typeparam name="TSink">The sink's type, a struct so that its calls are specialised.</typeparam>
    /// <param name="utf8">The JSON.</param>
    /// <param name="options">Reader options (depth, comments, trailing commas).</param>
    /// <param name="sink">What receives the tokens.</param>
    /// <returns>Whether every token was read; false when the sink stopped the read.</returns>
    internal static bool Read<TSink>(ReadOnlySpan<byte> utf8, JsonReaderOptions options, ref TSink sink)
        where TSink : struct, IJsonTokenSink
    {
        var reader = new Utf8JsonReader(utf8, options);
        while (reader.Read())
        {
            var offset = checked((int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    sink.Open(reader.TokenType == JsonTokenType.StartObject, offset);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (!sink.Close(reader.TokenType == JsonTokenType.EndObject, offset))
                    {
                        return false;
                    }

                    break;
                case JsonTokenType.PropertyName:
                    sink.Name(offset + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                    break;
                case JsonTokenType.String:
                    sink.String(offset + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                    break;
                case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                    var kind = reader.TokenType switch
                    {
                        JsonTokenType.Number => JsonValueKind.Number,
                        JsonTokenType.True => JsonValueKind.True,
                        JsonTokenType.False => JsonValueKind.False,
                        _ => JsonValueKind.Null,
                    };
                    sink.Scalar(kind, offset, reader.ValueSpan.Length);
                    break;
            }
        }

        return true;
    }
}
