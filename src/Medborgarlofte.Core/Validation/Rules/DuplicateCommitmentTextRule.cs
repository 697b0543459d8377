using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML7004: two commitments with the same Swedish text, white space and case aside.</summary>
internal sealed class DuplicateCommitmentTextRule : IValidationRule
{
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts but the plain space (tested against it).</summary>
    internal const string WhiteSpaceOtherThanSpaceChars =
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> WhiteSpaceOtherThanSpace = SearchValues.Create(WhiteSpaceOtherThanSpaceChars);

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.DuplicateCommitmentText;

    public void Check(ValidationContext context)
    {
        var commitments = context.Agreement.Commitments;
        if (commitments.Count < 2)
        {
            return;
        }

        // The keys and their hashes come from the walk over every text (ML8005, ML8006), which reads each
        // commitment's text anyway: the table then reads a text again only when its hash matches an earlier one's.
        var texts = context.Texts;
        using var seen = new FirstOccurrenceTable<CaseInsensitiveText>(texts.CommitmentTextKeys, commitments.Count, texts.CommitmentTextHashes);
        for (var i = 0; i < commitments.Count; i++)
        {
            if (seen.FirstOrAdd(i) is var earlier && earlier < 0)
            {
                continue;
            }

            var first = commitments[earlier];
            context.Report(
                JsonPointer.Append(JsonPointer.Commitment(i), "text"),
                new LocalizedText($"Löftet har samma text som löfte {first.Number ?? first.Id}.", $"The commitment has the same text as commitment {first.Number ?? first.Id}."),
                new LocalizedText("Ta bort dubbletten, eller skriv vad som skiljer löftena åt.", "Remove the duplicate, or write what sets the commitments apart."));
        }
    }

    /// <summary>Trims and collapses runs of white space; returns the text itself when it has none to collapse.</summary>
    internal static string Normalize(string text)
    {
        // Vectorised searches, not a loop over char.IsWhiteSpace: this rule reads every commitment's whole text,
        // and the loop was a fifth of all the rules' time.
        var span = text.AsSpan();
        var needed = char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
            || HasWhiteSpaceOtherThanSpace(span) || span.IndexOf("  ", StringComparison.Ordinal) >= 0;
        if (!needed)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool HasWhiteSpaceOtherThanSpace(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\t', '\r') >= 0 || text.IndexOfAny('\u0085', '\u00A0') >= 0)
        {
            return true;
        }

        // The rest lie from U+1680 up, where Swedish text seldom has a character at all. A search over the whole
        // set takes a slower path (non-Latin-1 values), so it starts only from the first such character.
        var high = text.IndexOfAnyInRange('\u1680', '\u3000');
        return high >= 0 && text[high..].IndexOfAny(WhiteSpaceOtherThanSpace) >= 0;
    }

    /// <summary>
    /// Ordinal equality ignoring case, with a hash that needs no case mapping: the length and the ASCII
    /// characters that are not letters (digits, spaces, punctuation), which no other character equals when
    /// case is ignored. Why: hashing Swedish text with <see cref="StringComparer.OrdinalIgnoreCase"/> takes its
    /// slow path (å, ä, ö) and was a few per cent of a whole validation. Texts made to share the fast hash
    /// (only letters, the same length) fall back to the runtime's randomized hash (<see cref="FirstOccurrenceTable{TComparer}"/>).
    /// </summary>
    internal readonly struct CaseInsensitiveText : IKeyComparer
    {
        public bool Equals(string x, string y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

        public int FastHash(string key) => Hash(key);

        public int StrongHash(string key) => key.GetHashCode(StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Eight characters at a time where the machine has vectors: letters and non-ASCII characters are masked to
        /// zero, and what is left is mixed with its position. The scalar tail gives the same value as a scalar loop.
        /// </summary>
        internal static int Hash(ReadOnlySpan<char> text)
        {
            var hash = (uint)text.Length * 0x9E3779B1u;
            var i = 0;
            if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
            {
                var chars = MemoryMarshal.Cast<char, ushort>(text);
                var mixed = Vector128<uint>.Zero;
                for (; i <= chars.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
                {
                    var block = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                    var ascii = Vector128.LessThan(block, Vector128.Create((ushort)0x80));
                    var letter = Vector128.LessThanOrEqual(
                        (block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'),
                        Vector128.Create((ushort)('z' - 'a')));
                    var kept = block & Vector128.AndNot(ascii, letter);
                    var (lower, upper) = Vector128.Widen(kept);
                    mixed = ((mixed * 0x01000193u) ^ lower) * 0x01000193u ^ upper;
                }

                for (var lane = 0; lane < Vector128<uint>.Count; lane++)
                {
                    hash = (hash ^ mixed.GetElement(lane)) * 0x01000193u;
                }
            }

            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 0x80 && !char.IsAsciiLetter(c))
                {
                    hash = (hash ^ (c + ((uint)i << 7))) * 0x01000193u;
                }
            }

            return (int)hash;
        }
    }
}
