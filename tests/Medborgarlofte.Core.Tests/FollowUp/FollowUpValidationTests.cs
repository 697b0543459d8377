using System;
using System.IO;
using System.Linq;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.FollowUp;

/// <summary>One pass over a follow-up document: reading, the schema's follow-up part, the checks against its agreement.</summary>
public sealed class FollowUpValidationTests
{
    [Theory]
    [MemberData(nameof(FollowUpExampleFiles.All), MemberType = typeof(FollowUpExampleFiles))]
    public void Each_example_validates_alone_and_against_its_agreement(string name, string agreement)
    {
        var alone = FollowUpValidator.Validate(FollowUpExampleFiles.Bytes(name));
        var against = FollowUpValidator.Validate(FollowUpExampleFiles.Bytes(name), ExampleFiles.Load(agreement));

        Assert.True(alone.IsValid, string.Join("\n", alone.Diagnostics));
        Assert.True(against.IsValid, string.Join("\n", against.Diagnostics));
        Assert.Empty(against.Diagnostics);
        Assert.Equal(FollowUpExampleFiles.Load(name), against.FollowUp);
    }

    [Fact]
    public void The_schema_part_adds_what_the_reader_does_not_check()
    {
        var text = File.ReadAllText(FollowUpExampleFiles.PathOf("bastad-2024-uppfoljning-2024"))
            .Replace("\"id\": \"bastad-2024-uppfoljning-2024\"", "\"id\": \"bad id with spaces\"", StringComparison.Ordinal);

        var result = FollowUpValidator.Validate(Encoding.UTF8.GetBytes(text));

        Assert.False(result.IsValid);
        Assert.Null(result.FollowUp);
        Assert.Equal(("ML2005", "/id"), result.Diagnostics.Select(d => (d.Code, d.Pointer)).Single());
    }

    [Fact]
    public void Checks_against_the_agreement_join_the_same_result()
    {
        var result = FollowUpValidator.Validate(FollowUpExampleFiles.Bytes("bastad-2024-uppfoljning-2024"), ExampleFiles.Load("svalov-2020"));

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Code == "ML9101" && d.Pointer == "/agreement/id");
    }

    [Fact]
    public void Malformed_input_is_a_diagnostic()
    {
        var result = FollowUpValidator.Validate("{\"formatVersion\": "u8.ToArray());

        Assert.Equal("ML0001", Assert.Single(result.Diagnostics).Code);
    }
}
