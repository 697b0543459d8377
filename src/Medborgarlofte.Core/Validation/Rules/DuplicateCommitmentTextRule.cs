using System;
using System.Collections.Generic;
using System.Text;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.Json;
using Medborgarlofte.Text;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML7004: two commitments with the same Swedish text, white space and case aside.</summary>
internal sealed class DuplicateCommitmentTextRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.DuplicateCommitmentText;

    public void Check(ValidationContext context)
    {
        var commitments = context.Agreement.Commitments;
        if (commitments.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, int>(commitments.Count, CaseInsensitiveText.Instance);
        for (var i = 0; i < commitments.Count; i++)
        {
            if (commitments[i]?.Text?.Swedish is not { } text || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var key = Normalize(text);
            if (seen.TryAdd(key, i))
            {
                continue;
            }

            var first = commitments[seen[key]];
            context.Report(
                JsonPointer.Append(AgreementPointers.Commitment(i), "text"),
                new LocalizedText($"Löftet har samma text som löfte {first.Number ?? first.Id}.", $"The commitment has the same text as commitment {first.Number ?? first.Id}."),
                new LocalizedText("Ta bort dubbletten, eller skriv vad som skiljer löftena åt.", "Remove the duplicate, or write what sets the commitments apart."));
        }
    }

    /// <summary>Trims and collapses runs of white space; returns the text itself when it has none to collapse.</summary>
    private static string Normalize(string text)
    {
        var needed = char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);
        for (var i = 1; !needed && i < text.Length; i++)
        {
            needed = char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i - 1]));
        }

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

    /// <summary>
    /// Ordinal equality ignoring case, with a hash that needs no case mapping: the length and the ASCII
    /// characters that are not letters (digits, spaces, punctuation), which no other character equals when
    /// case is ignored. Why: hashing Swedish text with <see cref="StringComparer.OrdinalIgnoreCase"/> takes its
    /// slow path (å, ä, ö) and was a few per cent of a whole validation.
    /// </summary>
    private sealed class CaseInsensitiveText : IEqualityComparer<string>
    {
        internal static readonly CaseInsensitiveText Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string obj)
        {
            var hash = (uint)obj.Length * 0x9E3779B1u;
            for (var i = 0; i < obj.Length; i++)
            {
                var c = obj[i];
                if (c < 0x80 && !char.IsAsciiLetter(c))
                {
                    hash = (hash ^ (c + ((uint)i << 7))) * 0x01000193u;
                }
            }

            return (int)hash;
        }
    }
}
