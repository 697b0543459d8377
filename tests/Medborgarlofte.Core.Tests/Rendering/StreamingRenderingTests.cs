using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Medborgarlofte.Rendering;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Rendering;

/// <summary>Rendering into a writer gives the very text the string overloads return, and writes nothing when it refuses.</summary>
public sealed class StreamingRenderingTests
{
    /// <summary>
    /// SHA-256 of the UTF-8 of each example's rendering, taken from the renderer before it wrote to a
    /// <see cref="TextWriter"/> (905be6a), when it built a <see cref="StringBuilder"/>. A change on purpose to a
    /// rendering changes these; the failure message has the new value.
    /// </summary>
    public static TheoryData<string, string, string, string> Renderings { get; } = new()
    {
        { "bastad-2024", "html", "sv", "3734a28b15cd5a2868baf3ebc8ff231064a18d1d7dd1df4a63f346948a818c4d" },
        { "bastad-2024", "md", "sv", "b54cb13a17375f82ba305b133c8d7636c00713701a012d3a876f139025d2ba57" },
        { "bastad-2024", "html", "en", "1952eb4935964b83a381f93cd2a51f2d50a461f3c7796556d928b79db47d9745" },
        { "bastad-2024", "md", "en", "0f029052f1a7e71957a2a916c97ee84be2dbbc6a0a41c7aa94005f972eecb2dd" },
        { "hoor-2023-2024", "html", "sv", "acb229d7fbe6a48c1c458108b229af5d1c1018f53af5e77309e4e95358b7d086" },
        { "hoor-2023-2024", "md", "sv", "99ddb2b7fa5204ab0457c778602bff96240aebaf63c6ed3d4c62b724302c4fb8" },
        { "hoor-2023-2024", "html", "en", "cb8c9f9e7c7549224fc727be53cc02243fd3ba510c880d0966323872adecf3f0" },
        { "hoor-2023-2024", "md", "en", "2c792c5eba516c40eccf60ccdd93057bf125b406dd03eeac920ed9666b3c3052" },
        { "kungsbacka-2019-2020", "html", "sv", "da1f757de8b60484fff73ff9e3ffaa1f3a35221bd39d10e509508e0692accd8f" },
        { "kungsbacka-2019-2020", "md", "sv", "ebee1abaf41e04b5ad464d18713c13427b8ac405604afb61550f16aeea1a6599" },
        { "kungsbacka-2019-2020", "html", "en", "73f037a5c1c0f5f46227768a650dd6876d5d44bf452a4c656cabd48d64ce8076" },
        { "kungsbacka-2019-2020", "md", "en", "743e63062bd62b1ffabe2d015d8c38e094a733507d2aea9a8ec49a52052a479e" },
        { "astorp-2023-2025", "html", "sv", "e9dd0d8d2e1f165dacce8ae13412d94996b174ae55cf86ac26ac3248ce44ea15" },
        { "astorp-2023-2025", "md", "sv", "785ae46374d3a33fb9cbba480b30699416dcb12cdebcdd2280cbf8220f4dd16b" },
        { "astorp-2023-2025", "html", "en", "47ad9ad45c18eb86ebd4c29fe509c2617a561180492c68007c141bfd7853d163" },
        { "astorp-2023-2025", "md", "en", "e06bf784af28c8c3e6f9aa88bed815c4fe1dc4795bd51a67f2bf248d0cf8267b" },
        { "svalov-2020", "html", "sv", "1e3757823714244e6d6c90d35fb6e5b6248233c3412113286fbc6caaf64d0a54" },
        { "svalov-2020", "md", "sv", "12582b1afa180cdd4dd5b73bb539c840bd61b8db8a5ebf2f4b85114cab9f99f4" },
        { "svalov-2020", "html", "en", "a8146a67473e880ab8b33d4a76ab8c1e93dca1d5c8ff564cee4e0d9749ee5da1" },
        { "svalov-2020", "md", "en", "8f17cefaba1d6887537ca43b143667633de0e6d00b9de3fa903d16cf1694d3c9" },
    };

    [Theory]
    [MemberData(nameof(Renderings))]
    public void An_example_renders_as_before_both_as_a_string_and_into_a_writer(string name, string format, string language, string sha256)
    {
        var agreement = ExampleFiles.Load(name);
        var options = new RenderOptions { Language = language };

        var rendered = RenderString(format, agreement, options);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        RenderTo(format, agreement, output, options);

        Assert.Equal(sha256, Sha256(rendered));
        Assert.Equal(rendered, output.ToString());
    }

    [Fact]
    public void Through_a_stream_writer_the_bytes_are_the_utf8_of_the_string()
    {
        var agreement = ExampleFiles.Load(ExampleFiles.Names[0]);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 256, leaveOpen: true))
        {
            HtmlRenderer.Render(agreement, writer);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(HtmlRenderer.Render(agreement)), stream.ToArray());
    }

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    public void The_writer_is_left_open_and_unflushed_for_the_caller(string format)
    {
        var agreement = ExampleFiles.Load(ExampleFiles.Names[0]);
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 20, leaveOpen: true);

        writer.Write("före\n");
        RenderTo(format, agreement, writer, null);
        Assert.Equal(0, stream.Length); // all still in the writer's buffer: the renderer did not flush
        writer.Write("efter\n");
        writer.Flush();

        Assert.Equal("före\n" + RenderString(format, agreement, null) + "efter\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    public void An_unknown_language_writes_nothing(string format)
    {
        var agreement = ExampleFiles.Load(ExampleFiles.Names[0]);
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentException>(() => RenderTo(format, agreement, output, new RenderOptions { Language = "fi" }));
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var agreement = ExampleFiles.Load(ExampleFiles.Names[0]);
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render(agreement, (TextWriter)null!)).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => MarkdownRenderer.Render(agreement, (TextWriter)null!)).ParamName);
        Assert.Equal("agreement", Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render(null!, output)).ParamName);
        Assert.Equal("agreement", Assert.Throws<ArgumentNullException>(() => MarkdownRenderer.Render(null!, output)).ParamName);
    }

    private static string Sha256(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string RenderString(string format, Agreement agreement, RenderOptions? options) =>
        format == "html" ? HtmlRenderer.Render(agreement, options) : MarkdownRenderer.Render(agreement, options);

    private static void RenderTo(string format, Agreement agreement, TextWriter output, RenderOptions? options)
    {
        if (format == "html")
        {
            HtmlRenderer.Render(agreement, output, options);
        }
        else
        {
            MarkdownRenderer.Render(agreement, output, options);
        }
    }
}
