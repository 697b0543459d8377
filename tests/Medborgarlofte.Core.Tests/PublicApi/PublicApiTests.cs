using System;
using System.IO;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.PublicApi;

/// <summary>
/// The public surface is reviewed: a change fails here until <c>PublicApi.approved.txt</c> is
/// updated in the same commit (copy <c>PublicApi.received.txt</c> over it after reading the diff).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_API_is_the_approved_one()
    {
        var folder = Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        var received = PublicApiLister.List(typeof(Medborgarlofte.Json.AgreementJson).Assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;

        if (!string.Equals(approved, received, StringComparison.Ordinal))
        {
            File.WriteAllText(Path.Combine(folder, "PublicApi.received.txt"), received);
        }

        Assert.Equal(approved, received);
    }
}
