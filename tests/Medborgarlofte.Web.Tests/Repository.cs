using System.Runtime.CompilerServices;

namespace Medborgarlofte.Web.Tests;

/// <summary>Finds the repository's bundled examples.</summary>
internal static class Repository
{
    internal static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(Root(), "examples", name + ".json"));

    private static string Root([CallerFilePath] string sourceFile = "")
    {
        var directory = Path.GetDirectoryName(sourceFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Medborgarlofte.Core.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("The repository root was not found above " + sourceFile);
    }
}
