using System;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// Tells a follow-up document (uppföljning) from an agreement among a command's inputs, by its top-level properties:
/// an <c>agreement</c> it follows up and an <c>asOf</c> date, and no <c>kind</c>. A light scan that never throws,
/// whatever the bytes: a malformed file counts as an agreement, and the validator reports why.
/// </summary>
internal static class FollowUpDetection
{
    internal static bool IsFollowUp(ReadOnlySpan<byte> utf8)
    {
        bool agreement = false, asOf = false, kind = false;
        var depth = 0;
        var i = 0;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            if (b == (byte)'"')
            {
                var end = EndOfString(utf8, i + 1);
                if (end < 0)
                {
                    return false;
                }

                if (depth == 1 && NextNonSpace(utf8, end + 1) == (byte)':')
                {
                    var name = utf8[(i + 1)..end];
                    agreement |= name.SequenceEqual("agreement"u8);
                    asOf |= name.SequenceEqual("asOf"u8);
                    kind |= name.SequenceEqual("kind"u8);
                }

                i = end + 1;
                continue;
            }

            if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                depth--;
            }

            i++;
        }

        return agreement && asOf && !kind;
    }

    private static int EndOfString(ReadOnlySpan<byte> utf8, int start)
    {
        for (var i = start; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\\')
            {
                i++;
            }
            else if (utf8[i] == (byte)'"')
            {
                return i;
            }
        }

        return -1;
    }

    private static byte NextNonSpace(ReadOnlySpan<byte> utf8, int start)
    {
        for (var i = start; i < utf8.Length; i++)
        {
            if (utf8[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return utf8[i];
            }
        }

        return 0;
    }
}
