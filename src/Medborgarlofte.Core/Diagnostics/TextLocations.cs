using System;
using System.Collections.Generic;

namespace Medborgarlofte;

/// <summary>
/// Turns byte offsets in a UTF-8 text into 1-based lines and UTF-16 columns (rad och kolumn) for every diagnostic
/// at once: the offsets are sorted and the text is walked once up to the last, so the cost is the text plus the
/// diagnostics' sort, however many share a long line.
/// </summary>
internal static class TextLocations
{
    /// <summary>
    /// Gives each diagnostic whose offset is known (not negative) its line and column; <paramref name="offsets"/>
    /// is aligned with <paramref name="diagnostics"/>, in bytes from the start of <paramref name="utf8"/>.
    /// </summary>
    internal static void Apply(List<Diagnostic> diagnostics, int[] offsets, ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        var keys = new long[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (offsets[i] >= 0)
            {
                keys[count++] = ((long)Math.Min(offsets[i], utf8.Length) << 32) | (uint)i;
            }
        }

        Array.Sort(keys, 0, count);
        var cursor = new Cursor();
        for (var k = 0; k < count; k++)
        {
            var index = (int)(keys[k] & 0xFFFFFFFF);
            cursor.MoveTo(utf8, (int)(keys[k] >> 32));
            diagnostics[index] = diagnostics[index] with { Line = cursor.Line, Column = cursor.Column };
        }
    }

    /// <summary>The line and column of one offset (a syntax error's).</summary>
    internal static (int Line, int Column) Of(ReadOnlySpan<byte> utf8, int offset)
    {
        var cursor = new Cursor();
        cursor.MoveTo(utf8, Math.Clamp(offset, 0, utf8.Length));
        return (cursor.Line, cursor.Column);
    }

    /// <summary>A place in the text that only moves forward.</summary>
    private sealed class Cursor
    {
        private int _position;

        internal int Line { get; private set; } = 1;

        internal int Column { get; private set; } = 1;

        internal void MoveTo(ReadOnlySpan<byte> utf8, int offset)
        {
            for (; _position < offset; _position++)
            {
                var b = utf8[_position];
                if (b == (byte)'\n')
                {
                    Line++;
                    Column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // A lead byte starts a character: one UTF-16 unit, two for the four-byte ones (a surrogate pair).
                    Column += b >= 0xF0 ? 2 : 1;
                }
            }
        }
    }
}
