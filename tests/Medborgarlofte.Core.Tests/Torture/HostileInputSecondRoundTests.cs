using System;
using System.Text;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Torture;

/// <summary>
/// The reproducers of the second hostile-input campaign (issue #27), each a regression test: a message shortened
/// inside a surrogate pair, and the others beside the code they concern.
/// </summary>
public sealed class HostileInputSecondRoundTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void A_message_is_shortened_at_a_character_boundary_never_inside_a_surrogate_pair()
    {
        // 56 letters, then an emoji whose high surrogate is the 57th unit: the old cut kept it and dropped its pair.
        var value = new string('a', 56) + "\U0001F600" + new string('b', 20);
        var json = Documents.Minimal.Replace("\"kind\": \"promise\"", "\"kind\": \"" + value + "\"", StringComparison.Ordinal);

        var result = AgreementJson.Read(json);

        Assert.False(result.Success);
        Assert.All(result.Diagnostics, d =>
        {
            StrictUtf8.GetBytes(d.Message.Swedish);
            StrictUtf8.GetBytes(d.Message.English!);
        });
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(2)]
    public void Shortening_never_splits_a_pair(int max)
    {
        var text = "\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600";

        var shortened = TextShortening.Shorten(text, max);

        Assert.True(shortened.Length <= max);
        StrictUtf8.GetBytes(shortened);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
    }
}
