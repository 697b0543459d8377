using System;
using System.Linq;
using System.Text;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Performance;

/// <summary>
/// Validation's cost grows linearly with the number of problems: ten times the unknown root properties
/// allocate about ten times as much, not a hundred. Allocation is counted, not time, so a shared or busy
/// machine cannot make the test flaky.
/// </summary>
public sealed class ValidationCostTests
{
    private static readonly ValidationOptions Options = new() { Clock = FixedClock.AtNoon(2025, 6, 1), Limits = new Medborgarlofte.JsonLimits { MaxDiagnostics = 1_000_000 } }; // every problem kept: the cost of each is measured

    [Fact]
    public void Allocation_is_linear_in_the_number_of_problems()
    {
        var small = Document(10_000);
        var large = Document(100_000);
        Allocated(small); // JIT and first-use caches out of the count

        var (smallBytes, smallProblems) = Allocated(small);
        var (largeBytes, largeProblems) = Allocated(large);

        Assert.Equal(10_000, smallProblems);
        Assert.Equal(100_000, largeProblems);
        var ratio = (double)largeBytes / smallBytes;
        Assert.True(ratio < 13, $"10 000 problems allocated {smallBytes:N0} bytes, 100 000 allocated {largeBytes:N0}: {ratio:0.0} times, not about 10");
    }

    private static (long Bytes, int Problems) Allocated(byte[] document)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = AgreementValidator.Validate(document, Options);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        return (bytes, report.Diagnostics.Count(d => d.Code == "ML1001"));
    }

    /// <summary>The smallest valid agreement with <paramref name="unknown"/> unknown root properties (ML1001 each).</summary>
    private static byte[] Document(int unknown)
    {
        var json = new StringBuilder("{");
        for (var i = 0; i < unknown; i++)
        {
            json.Append("\"unknown").Append(i).Append("\":0,");
        }

        json.Append(Documents.Minimal.Trim()[1..]);
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
