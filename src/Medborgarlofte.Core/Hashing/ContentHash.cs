using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text.Json;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte.Hashing;

/// <summary>
/// The content hash (innehållets kontrollsumma) of an agreement: <c>sha256:</c> and 64 lowercase hex
/// digits, which a <see cref="Signature"/> records in <see cref="Signature.ContentHash"/> to say what
/// was signed.
/// </summary>
/// <remarks>
/// <para>
/// What is hashed: the agreement written in the format's JSON (<see cref="AgreementJson"/>),
/// canonicalized by RFC 8785 (<see cref="JsonCanonicalizer"/>), encoded as UTF-8, hashed with SHA-256.
/// Two members are left out:
/// </para>
/// <list type="bullet">
/// <item><description><c>/signatures</c>: a hash that covered the signatures could never be recorded in one
/// (it would change when recorded), and adding the second party's signature does not change what the
/// first signed;</description></item>
/// <item><description><c>/revision/status</c>: the lifecycle moves on after signing (<c>signed</c> →
/// <c>published</c> → <c>superseded</c>) without changing the content.</description></item>
/// </list>
/// <para>
/// Everything else counts, extensions included; whitespace, property order and number spelling
/// (<c>2</c>, <c>2.0</c>) do not.
/// </para>
/// </remarks>
public static class ContentHash
{
    /// <summary>The prefix of every content hash.</summary>
    public const string Prefix = "sha256:";

    /// <summary>The JSON Pointers of the members the hash leaves out.</summary>
    public static IReadOnlySet<string> ExcludedPointers { get; } = new HashSet<string>(StringComparer.Ordinal) { "/signatures", "/revision/status" };

    /// <summary>Computes the content hash of an agreement.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns><c>sha256:</c> and 64 lowercase hex digits.</returns>
    /// <exception cref="FormatException">An extension holds a number that does not fit a double, so the agreement has no canonical form.</exception>
    public static string Compute(Agreement agreement)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        return Prefix + Convert.ToHexString(SHA256.HashData(CanonicalContent(agreement))).ToLowerInvariant();
    }

    /// <summary>Gets the exact bytes that are hashed: the RFC 8785 canonical JSON of the agreement without signatures and status.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>UTF-8 encoded canonical JSON.</returns>
    /// <exception cref="FormatException">An extension holds a number that does not fit a double.</exception>
    public static byte[] CanonicalContent(Agreement agreement)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        using var document = JsonDocument.Parse(AgreementJson.WriteToUtf8Bytes(agreement));
        return JsonCanonicalizer.Canonicalize(document.RootElement, ExcludedPointers);
    }

    /// <summary>
    /// Checks, for each signature that recorded a content hash, whether the agreement's content still
    /// has that hash: a signed document whose content changed after signing does not.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>One check per signature with a <see cref="Signature.ContentHash"/>, in document order; empty when none recorded one.</returns>
    public static IReadOnlyList<ContentHashCheck> Verify(Agreement agreement)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        var checks = new List<ContentHashCheck>();
        string? actual = null;
        var computed = false;
        for (var i = 0; i < agreement.Signatures.Count; i++)
        {
            var signature = agreement.Signatures[i];
            if (signature.ContentHash is not { } recorded)
            {
                continue;
            }

            if (!computed)
            {
                actual = TryCompute(agreement);
                computed = true;
            }

            checks.Add(new ContentHashCheck
            {
                SignatureIndex = i,
                Party = signature.Party,
                Pointer = "/signatures/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/contentHash",
                Recorded = recorded,
                Actual = actual,
            });
        }

        return checks;
    }

    private static string? TryCompute(Agreement agreement)
    {
        try
        {
            return Compute(agreement);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
