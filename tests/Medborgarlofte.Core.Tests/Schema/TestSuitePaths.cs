using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// Finds the repository root (the folder with Medborgarlofte.Core.sln, walking up from this source file) and
/// the official JSON Schema test suite beside it in <c>shared/</c>, as CI lays them out.
/// </summary>
internal static class TestSuitePaths
{
    private static readonly Lazy<string> RepositoryRootValue = new(() => FindRepositoryRoot());

    public static string RepositoryRoot => RepositoryRootValue.Value;

    public static string SuiteRoot => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "json-schema-test-suite"));

    public static string Draft202012 => Path.Combine(SuiteRoot, "tests", "draft2020-12");

    public static string OutputTests => Path.Combine(SuiteRoot, "output-tests", "draft2020-12");

    private static string FindRepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = Path.GetDirectoryName(sourceFile);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory, "Medborgarlofte.Core.sln")))
            {
                return directory;
            }

            directory = Path.GetDirectoryName(directory);
        }

        throw new InvalidOperationException($"No Medborgarlofte.Core.sln above {sourceFile}.");
    }
}
