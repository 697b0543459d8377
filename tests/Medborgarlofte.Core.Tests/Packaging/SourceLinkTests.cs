using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using Xunit;

namespace Medborgarlofte.Tests.Packaging;

/// <summary>
/// Debugging into the package works: the symbols of each shipped assembly map every source document to the
/// repository on GitHub at the built commit, or embed it (files the build generates, which git does not hold).
/// </summary>
public sealed class SourceLinkTests
{
    private const string Repository = "https://raw.githubusercontent.com/medborgarlofte/Medborgarlofte.Core/";

    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static TheoryData<string> ShippedAssemblies => new()
    {
        "Medborgarlofte.Core.dll",
        "medborgarlofte.dll",
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Every_source_document_is_mapped_to_the_repository_or_embedded(string assembly)
    {
        // The test project copies each referenced project's assembly and its symbols beside its own.
        using var pdbStream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, Path.ChangeExtension(assembly, ".pdb")));
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdb = provider.GetMetadataReader();

        var map = SourceLinkMap(pdb);
        Assert.NotEmpty(map);
        Assert.All(map, entry => Assert.Matches("^" + Repository.Replace(".", "\\.", StringComparison.Ordinal) + "[0-9a-f]{40}/", entry.Url));

        var documents = pdb.Documents.Select(pdb.GetDocument).ToList();
        Assert.NotEmpty(documents);
        var mapped = 0;
        foreach (var handle in pdb.Documents)
        {
            var path = pdb.GetString(pdb.GetDocument(handle).Name);
            var isMapped = map.Any(entry => path.StartsWith(entry.Prefix, StringComparison.Ordinal));
            var isEmbedded = HasCustomDebugInformation(pdb, handle, EmbeddedSourceKind);
            Assert.True(isMapped || isEmbedded, $"{path} is neither mapped by SourceLink nor embedded");
            mapped += isMapped && !IsGenerated(path) ? 1 : 0;
        }

        // The library's own sources are tracked by git, so they must be mapped, not merely embedded.
        Assert.Equal(documents.Count(d => !IsGenerated(pdb.GetString(d.Name))), mapped);
    }

    // Written by the build under obj/ (assembly attributes, global usings): not in git, so embedded.
    private static bool IsGenerated(string path) =>
        path.Replace('\\', '/').Contains("/obj/", StringComparison.Ordinal);

    private static List<(string Prefix, string Url)> SourceLinkMap(MetadataReader pdb)
    {
        var entries = new List<(string Prefix, string Url)>();
        foreach (var handle in pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(information.Kind) != SourceLinkKind)
            {
                continue;
            }

            using var json = JsonDocument.Parse(pdb.GetBlobBytes(information.Value));
            foreach (var document in json.RootElement.GetProperty("documents").EnumerateObject())
            {
                entries.Add((document.Name.TrimEnd('*'), document.Value.GetString()!.TrimEnd('*')));
            }
        }

        return entries;
    }

    private static bool HasCustomDebugInformation(MetadataReader pdb, DocumentHandle document, Guid kind) =>
        pdb.GetCustomDebugInformation(document).Any(handle => pdb.GetGuid(pdb.GetCustomDebugInformation(handle).Kind) == kind);
}
