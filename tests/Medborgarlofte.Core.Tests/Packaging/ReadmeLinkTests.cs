using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Packaging;

/// <summary>
/// The READMEs' links lead somewhere: a package README's links are absolute (a gallery cannot follow relative
/// ones) and those into this repository name a file it has; the repository's own Markdown links to files it has.
/// </summary>
public sealed partial class ReadmeLinkTests
{
    private const string RepositoryBlob = "https://github.com/medborgarlofte/Medborgarlofte.Core/blob/main/";

    public static TheoryData<string> PackageReadmes => [.. Directory.GetFiles(Repository.PathOf("eng", "package"), "*.md").Select(f => Path.GetFileName(f))];

    public static TheoryData<string> RepositoryDocuments =>
    [
        "README.md", "CONTRIBUTING.md", "CHANGELOG.md",
        .. Directory.GetFiles(Repository.PathOf("docs"), "*.md").Select(f => Path.Combine("docs", Path.GetFileName(f))),
        .. Directory.GetFiles(Repository.PathOf("data"), "ABOUT.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repository.Root, f)),
    ];

    [Theory]
    [MemberData(nameof(PackageReadmes))]
    public void A_package_readme_links_only_to_absolute_addresses_that_exist(string file)
    {
        var links = Links(File.ReadAllText(Repository.PathOf("eng", "package", file)));

        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            Assert.StartsWith("https://", link, StringComparison.Ordinal);
            if (link.StartsWith(RepositoryBlob, StringComparison.Ordinal))
            {
                Assert.True(File.Exists(Repository.PathOf(link[RepositoryBlob.Length..].Split('#')[0].Split('/'))), link + " names no file of the repository");
            }
        });
    }

    [Theory]
    [MemberData(nameof(RepositoryDocuments))]
    public void A_relative_link_names_a_file_of_the_repository(string file)
    {
        var folder = Path.GetDirectoryName(Repository.PathOf(file.Split('/', '\\')))!;
        foreach (var link in Links(File.ReadAllText(Repository.PathOf(file.Split('/', '\\')))))
        {
            if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith('#') || link.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(link.Split('#')[0])));
            Assert.True(File.Exists(target) || Directory.Exists(target), $"{file}: {link} names nothing in the repository");
        }
    }

    private static string[] Links(string markdown) => [.. MarkdownLink().Matches(markdown).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
