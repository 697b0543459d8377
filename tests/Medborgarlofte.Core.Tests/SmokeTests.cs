using Xunit;

namespace Medborgarlofte.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Runtime_is_the_targeted_framework()
    {
#if NET10_0
        Assert.Equal(10, System.Environment.Version.Major);
#else
        Assert.Equal(8, System.Environment.Version.Major);
#endif
    }
}
