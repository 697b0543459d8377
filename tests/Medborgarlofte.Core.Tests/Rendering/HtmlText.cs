using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;

namespace Medborgarlofte.Tests.Rendering;

/// <summary>Reads an HTML rendering the way a reader sees it, independently of the renderer's own escaper.</summary>
internal static partial class HtmlText
{
    /// <summary>The text content: tags removed, character references decoded, whitespace collapsed.</summary>
    internal static string TextContent(string html)
    {
        var body = html[html.IndexOf("<body>", System.StringComparison.Ordinal)..];
        return Collapse(WebUtility.HtmlDecode(Tags().Replace(body, " ")));
    }

    internal static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The decoded values of an attribute (<c>href</c>, <c>src</c>) in every tag; text that only looks like one is not a tag.</summary>
    internal static List<string> Links(string html, string attribute)
    {
        var links = new List<string>();
        foreach (Match tag in Tags().Matches(html))
        {
            foreach (Match match in Regex.Matches(tag.Value, "\\s" + attribute + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", RegexOptions.IgnoreCase, System.TimeSpan.FromSeconds(5)))
            {
                var value = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Success ? match.Groups[3].Value : match.Groups[4].Value;
                links.Add(WebUtility.HtmlDecode(value));
            }
        }

        return links;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
