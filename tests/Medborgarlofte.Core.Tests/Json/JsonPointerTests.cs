using System;
using System.Linq;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Generators;
using Medborgarlofte.Tests.Properties;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>RFC 6901 pointers: escaping, appending, parsing, and parsing what was built.</summary>
public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("a", "a")]
    [InlineData("~", "~0")]
    [InlineData("/", "~1")]
    [InlineData("a/b~c", "a~1b~0c")]
    [InlineData("~1", "~01")]
    [InlineData("/~", "~1~0")]
    [InlineData("åäö 😀", "åäö 😀")]
    public void A_token_is_escaped_tilde_first(string token, string escaped)
    {
        Assert.Equal(escaped, JsonPointer.Escape(token));
        Assert.Equal("/x/" + escaped, JsonPointer.Append("/x", token));
        Assert.Equal([token], JsonPointer.Parse("/" + escaped)!);
    }

    [Fact]
    public void An_unchanged_token_is_the_same_string()
    {
        var token = "commitments";

        Assert.Same(token, JsonPointer.Escape(token));
    }

    [Theory]
    [InlineData("", 0, "/0")]
    [InlineData("/a", 12, "/a/12")]
    [InlineData("/a", 1234567, "/a/1234567")]
    public void An_index_is_appended_in_invariant_digits(string pointer, int index, string expected) =>
        Assert.Equal(expected, JsonPointer.Append(pointer, index));

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("/", new[] { "" })]
    [InlineData("//", new[] { "", "" })]
    [InlineData("/a/0", new[] { "a", "0" })]
    [InlineData("/a~1b/~0", new[] { "a/b", "~" })]
    [InlineData("/~01", new[] { "~1" })]
    [InlineData("/a/", new[] { "a", "" })]
    public void A_pointer_parses_into_unescaped_tokens(string pointer, string[] tokens) =>
        Assert.Equal(tokens, JsonPointer.Parse(pointer)!);

    [Theory]
    [InlineData("a")]
    [InlineData("a/b")]
    [InlineData("/~")]
    [InlineData("/~2")]
    [InlineData("/a~")]
    [InlineData("/~a")]
    [InlineData("#/a")]
    public void A_malformed_pointer_parses_as_null(string pointer) => Assert.Null(JsonPointer.Parse(pointer));

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => JsonPointer.Escape(null!));
        Assert.Throws<ArgumentNullException>(() => JsonPointer.Parse(null!));
    }

    [SeededProperty(500, salt: 30)]
    public FsCheck.Property Any_tokens_appended_parse_back() => FsCheck.Fluent.Prop.ForAll(
        FsCheck.Fluent.Arb.From(
            FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Elements(JsonGen.AwkwardKeys.Concat(TextGen.Words).Concat(["~0~1", "//", "~~", "0"]))),
            Shrink.Items),
        tokens =>
        {
            var pointer = tokens.Aggregate(string.Empty, JsonPointer.Append);

            Assert.Equal(tokens, JsonPointer.Parse(pointer)!);
        });

    [Fact]
    public void The_parts_of_an_agreement_have_their_pointers()
    {
        Assert.Empty(JsonPointer.Root);
        Assert.Equal("/commitments/3/targets/0/value", JsonPointer.Append(JsonPointer.Target(3, 0), "value"));
        Assert.Equal("/commitments/2/responsibleParties/0", JsonPointer.Item(JsonPointer.Commitment(2), "responsibleParties", 0));
        Assert.Equal("/situationPicture/sources/1", JsonPointer.Source(1));
        Assert.Equal("/communication/channels/0", JsonPointer.Channel(0));
        Assert.Equal("/governance/bodies/4", JsonPointer.GovernanceBody(4));
    }

    [Fact]
    public void A_path_formats_the_pointer_only_when_asked_and_escapes_its_names()
    {
        var path = new JsonPointer.Path();
        path.Push("a/b");
        path.Push(2);
        path.Push("~");

        Assert.Equal("/a~1b/2/~0", path.ToPointer());
        Assert.Equal("/a~1b/2/~0/x", path.ToPointer("x"));
        path.Pop();
        Assert.Equal(2, path.InnermostIndex);
        Assert.Equal(2, path.Depth);
    }
}
