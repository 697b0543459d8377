using System;
using System.Diagnostics.CodeAnalysis;

namespace Medborgarlofte.Rendering;

/// <summary>
/// Which addresses an output may link to (länkmål): absolute <c>http</c>, <c>https</c> and <c>mailto</c>
/// only. Every Markdown and HTML writer asks here before it writes a link, so a <c>javascript:</c> or
/// <c>data:</c> address is shown as text, never followed.
/// </summary>
internal static class LinkTargets
{
    /// <summary>Whether <paramref name="url"/> may be written as a link.</summary>
    internal static bool IsAllowed([NotNullWhen(true)] string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);

    /// <summary>
    /// Whether <paramref name="path"/> is a relative path on the same site (an image the caller wrote beside
    /// the output), not an address elsewhere: no scheme, no <c>//host</c>, no backslash.
    /// </summary>
    internal static bool IsLocalPath([NotNullWhen(true)] string? path) =>
        !string.IsNullOrWhiteSpace(path)
        && !path.StartsWith('/')
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal);
}
