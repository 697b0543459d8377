using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Medborgarlofte.Tests.Support;

/// <summary>Finds files of the repository: examples, schemas, and the data under <c>data/</c>.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() => FindRoot());

    internal static string Root => RootPath.Value;

    internal static string Examples => Path.Combine(Root, "examples");

    internal static string Data => Path.Combine(Root, "data");

    internal static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = Path.GetDirectoryName(sourceFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Medborgarlofte.Core.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("The repository root (Medborgarlofte.Core.sln) was not found above " + sourceFile);
    }
}
