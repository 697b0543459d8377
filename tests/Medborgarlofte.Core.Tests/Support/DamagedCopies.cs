using System;
using System.Collections.Generic;

namespace Medborgarlofte.Tests.Support;

/// <summary>Damaged copies of a JSON text: a byte deleted, inserted or replaced, the text cut off, a structural character removed.</summary>
internal static class DamagedCopies
{
    /// <summary>A copy of <paramref name="original"/> broken in one of the ways a hand edit or a cut transfer does.</summary>
    /// <param name="original">The text.</param>
    /// <param name="random">Where the place and the kind of damage come from.</param>
    /// <returns>The damaged copy; possibly no longer valid UTF-8.</returns>
    internal static byte[] Damage(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var at = random.Next(bytes.Count);
        ReadOnlySpan<byte> significant = "{}[]:,\"\\-+.eE0123456789 \t\r\nxtfnu/\u0001"u8;
        switch (random.Next(5))
        {
            case 0:
                bytes.RemoveAt(at);
                break;
            case 1:
                bytes.Insert(at, significant[random.Next(significant.Length)]);
                break;
            case 2:
                bytes[at] = significant[random.Next(significant.Length)];
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                // A structural character near the chosen place, removed: the likeliest damage to break nothing else.
                var structural = bytes.FindIndex(at, b => b is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)':' or (byte)',' or (byte)'"');
                bytes.RemoveAt(structural < 0 ? at : structural);
                break;
        }

        return [.. bytes];
    }
}
