using System;
using System.Buffers;
using System.Text.Unicode;

namespace Medborgarlofte.Schema;

/// <summary>
/// The UTF-16 text of a JSON string or property name, decoded into a stack buffer when it fits and into a
/// pooled array otherwise. Dispose returns the pooled array.
/// </summary>
/// <remarks>Why: regular expressions and format checks need characters, and a string per value would allocate.</remarks>
internal ref struct PooledChars
{
    private char[]? _rented;

    /// <summary>Decodes (and unescapes) <paramref name="raw"/>, using <paramref name="stack"/> when it is large enough.</summary>
    public PooledChars(ReadOnlySpan<byte> raw, Span<char> stack)
    {
        var destination = raw.Length <= stack.Length ? stack : (_rented = ArrayPool<char>.Shared.Rent(raw.Length));
        int count;
        if (JsonText.HasEscapes(raw))
        {
            count = JsonText.Unescape(raw, destination);
        }
        else
        {
            Utf8.ToUtf16(raw, destination, out _, out count, replaceInvalidSequences: true);
        }

        Chars = destination[..count];
    }

    /// <summary>The decoded text.</summary>
    public ReadOnlySpan<char> Chars { get; }

    /// <summary>Returns the pooled buffer, if one was used.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
