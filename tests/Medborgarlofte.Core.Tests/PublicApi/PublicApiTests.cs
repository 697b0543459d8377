using System;
using System.IO;
using Medborgarlofte.Tests.Support;
using PublicApiGenerator;
using Xunit;

namespace Medborgarlofte.Tests.PublicApi;

/// <summary>
/// The public surface of each package is reviewed: a change fails here until <c>PublicApi.approved.txt</c> (the core) or
/// <c>PublicApi.Import.approved.txt</c> (Medborgarlofte.Import) is regenerated
/// in the same commit, with <c>MEDBORGARLOFTE_UPDATE_APPROVED=1</c> (CONTRIBUTING.md), and its diff read.
/// </summary>
public sealed class PublicApiTests
{
    // Assembly attributes name the target framework, which differs between the two test runs.
    private static readonly ApiGeneratorOptions Options = new() { IncludeAssemblyAttributes = false };

    [Theory]
    [InlineData("PublicApi")]
    [InlineData("PublicApi.Import")]
    public void The_public_API_is_the_approved_one(string listing)
    {
        var folder = Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, listing + ".approved.txt");
        var assembly = listing == "PublicApi" ? typeof(Medborgarlofte.AgreementJson).Assembly : typeof(Medborgarlofte.Import.AgreementImporter).Assembly;
        var received = assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n");
        if (!received.EndsWith('\n'))
        {
            received += "\n";
        }

        if (Environment.GetEnvironmentVariable("MEDBORGARLOFTE_UPDATE_APPROVED") == "1")
        {
            File.WriteAllText(approvedPath, received);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;
        if (!string.Equals(approved, received, StringComparison.Ordinal))
        {
            File.WriteAllText(Path.Combine(folder, listing + ".received.txt"), received);
        }

        Assert.Equal(approved, received);
    }
}
