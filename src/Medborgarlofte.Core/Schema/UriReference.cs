using System;
using System.Text;

namespace Medborgarlofte.Schema;

/// <summary>
/// RFC 3986 URI-reference resolution (section 5.2) on plain strings.
/// </summary>
/// <remarks>
/// Why not <see cref="Uri"/>: it normalises and unescapes differently per scheme (file paths, URNs with
/// query parts, Windows drive letters), and identifiers in a schema must compare exactly as the
/// specification resolves them. This type only splits, merges and removes dot segments; apart from
/// lower-casing the scheme it never rewrites a URI.
/// </remarks>
internal readonly struct UriReference
{
    private UriReference(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        Scheme = scheme;
        Authority = authority;
        Path = path;
        Query = query;
        Fragment = fragment;
    }

    public string? Scheme { get; }

    public string? Authority { get; }

    public string Path { get; }

    public string? Query { get; }

    public string? Fragment { get; }

    /// <summary>Splits a URI-reference into its five components (RFC 3986 appendix B).</summary>
    public static UriReference Parse(string text)
    {
        string? scheme = null;
        var rest = text.AsSpan();

        var colon = rest.IndexOfAny(":/?#");
        if (colon > 0 && rest[colon] == ':' && IsScheme(rest[..colon]))
        {
            scheme = rest[..colon].ToString().ToLowerInvariant();
            rest = rest[(colon + 1)..];
        }

        string? fragment = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..].ToString();
            rest = rest[..hash];
        }

        string? query = null;
        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            query = rest[(question + 1)..].ToString();
            rest = rest[..question];
        }

        string? authority = null;
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest[2..];
            var slash = rest.IndexOf('/');
            var end = slash < 0 ? rest.Length : slash;
            authority = rest[..end].ToString();
            rest = rest[end..];
        }

        return new UriReference(scheme, authority, rest.ToString(), query, fragment);
    }

    /// <summary>Resolves <paramref name="reference"/> against the absolute <paramref name="baseUri"/>.</summary>
    public static string Resolve(string baseUri, string reference)
    {
        var r = Parse(reference);
        if (r.Scheme is not null)
        {
            return new UriReference(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment).ToString();
        }

        var b = Parse(baseUri);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        return new UriReference(b.Scheme, authority, path, query, r.Fragment).ToString();
    }

    /// <summary>True when the text starts with a scheme, i.e. it is an absolute URI (possibly with a fragment).</summary>
    public static bool HasScheme(string text) => Parse(text).Scheme is not null;

    /// <summary>Splits off the fragment: "a#b" gives "a" and "b"; "a" gives "a" and null.</summary>
    public static string WithoutFragment(string uri, out string? fragment)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            fragment = null;
            return uri;
        }

        fragment = uri[(hash + 1)..];
        return uri[..hash];
    }

    /// <summary>Recomposes the URI (RFC 3986 section 5.3).</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Scheme is not null)
        {
            builder.Append(Scheme).Append(':');
        }

        if (Authority is not null)
        {
            builder.Append("//").Append(Authority);
        }

        builder.Append(Path);
        if (Query is not null)
        {
            builder.Append('?').Append(Query);
        }

        if (Fragment is not null)
        {
            builder.Append('#').Append(Fragment);
        }

        return builder.ToString();
    }

    private static string Merge(UriReference baseUri, string path)
    {
        if (baseUri.Authority is not null && baseUri.Path.Length == 0)
        {
            return "/" + path;
        }

        var slash = baseUri.Path.LastIndexOf('/');
        return slash < 0 ? path : string.Concat(baseUri.Path.AsSpan(0, slash + 1), path);
    }

    // RFC 3986 section 5.2.4.
    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return path;
        }

        var input = path;
        var output = new StringBuilder(path.Length);
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (string.Equals(input, "/.", StringComparison.Ordinal))
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || string.Equals(input, "/..", StringComparison.Ordinal))
            {
                input = input.Length == 3 ? "/" : input[3..];
                RemoveLastSegment(output);
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                var start = input[0] == '/' ? 1 : 0;
                var next = input.IndexOf('/', start);
                var end = next < 0 ? input.Length : next;
                output.Append(input, 0, end);
                input = input[end..];
            }
        }

        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var i = output.Length - 1;
        while (i >= 0 && output[i] != '/')
        {
            i--;
        }

        output.Length = Math.Max(i, 0);
    }

    private static bool IsScheme(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
