using System.Text.Json;

namespace Medborgarlofte.Json;

/// <summary>
/// What <see cref="JsonSyntax.Parse{TSink}"/> hands each token of well-formed JSON to, in document order. A struct
/// implementation is specialised by the JIT, so the grammar check alone (a sink that does nothing) pays nothing for it.
/// </summary>
/// <remarks>Offsets and lengths are in bytes from the start of the text.</remarks>
internal interface IJsonTokenSink
{
    /// <summary>An object or array opens at <paramref name="offset"/>.</summary>
    void Open(bool isObject, int offset);

    /// <summary>The innermost open object or array closes with the bracket at <paramref name="offset"/>.</summary>
    /// <returns>Whether to go on; false stops the parse (a duplicate name, say).</returns>
    bool Close(bool isObject, int offset);

    /// <summary>A property name, its content between the quotes, still escaped.</summary>
    void Name(int contentOffset, int contentLength, bool escaped);

    /// <summary>A string value, its content between the quotes, still escaped.</summary>
    void String(int contentOffset, int contentLength, bool escaped);

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, its text.</summary>
    void Scalar(JsonValueKind kind, int offset, int length);
}
