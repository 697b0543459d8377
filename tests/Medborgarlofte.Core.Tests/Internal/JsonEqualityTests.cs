using System;
using Medborgarlofte.Hashing;
using Medborgarlofte.Json;
using Medborgarlofte.Revisions;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Internal;

/// <summary>
/// One JSON equality, one rule for numbers (by value, as RFC 8785 reads them for the content hash): an
/// extension value <c>2</c> against <c>2.0</c> is the same to the model's equality, the diff and the hash.
/// </summary>
public sealed class JsonEqualityTests
{
    private static readonly Agreement Two = Read("2");
    private static readonly Agreement TwoPointZero = Read("2.0");
    private static readonly Agreement Three = Read("3");

    [Fact]
    public void Model_equality_takes_2_and_2_0_for_one_value()
    {
        Assert.Equal(Two, TwoPointZero);
        Assert.Equal(Two.GetHashCode(), TwoPointZero.GetHashCode());
        Assert.NotEqual(Two, Three);
    }

    [Fact]
    public void The_diff_takes_2_and_2_0_for_one_value()
    {
        Assert.Empty(AgreementComparer.Compare(Two, TwoPointZero).Changes);
        Assert.NotEmpty(AgreementComparer.Compare(Two, Three).Changes);
    }

    [Fact]
    public void The_content_hash_takes_2_and_2_0_for_one_value()
    {
        Assert.Equal(ContentHash.Compute(Two), ContentHash.Compute(TwoPointZero));
        Assert.NotEqual(ContentHash.Compute(Two), ContentHash.Compute(Three));
    }

    private static Agreement Read(string number)
    {
        var json = Documents.Minimal.Trim();
        json = "{\"extensions\": {\"n\": " + number + "}," + json[1..];
        return AgreementJson.Read(json).GetValueOrThrow();
    }
}
