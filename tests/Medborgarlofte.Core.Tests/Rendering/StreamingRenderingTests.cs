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
        { "bastad-2024", "html", "sv", "d8df2d19cc4d7a0013c53cac3a2f7fd6a050feb8aa89eadddc23b59b99ed4c4f" },
        { "bastad-2024", "md", "sv", "b54cb13a17375f82ba305b133c8d7636c00713701a012d3a876f139025d2ba57" },
        { "bastad-2024", "html", "en", "e2e77cb796cfd8f034f9c42eb72ddfa0f49325f9a1f831d0c74be1d6f47c28ac" },
        { "bastad-2024", "md", "en", "0f029052f1a7e71957a2a916c97ee84be2dbbc6a0a41c7aa94005f972eecb2dd" },
        { "hoor-2023-2024", "html", "sv", "b677e18c64470704e64e011f4686c340c12e0e95df81d089dc87484f8aae9c03" },
        { "hoor-2023-2024", "md", "sv", "99ddb2b7fa5204ab0457c778602bff96240aebaf63c6ed3d4c62b724302c4fb8" },
        { "hoor-2023-2024", "html", "en", "3754910acba9672b9f8fc251c36b8da376fafab3496ee3261cf66fde6b3249ed" },
        { "hoor-2023-2024", "md", "en", "2c792c5eba516c40eccf60ccdd93057bf125b406dd03eeac920ed9666b3c3052" },
        { "kungsbacka-2019-2020", "html", "sv", "69daab765bf891636a9a32978a7274ecce5a3a0e6c365562f465a5b77d3d157e" },
        { "kungsbacka-2019-2020", "md", "sv", "ebee1abaf41e04b5ad464d18713c13427b8ac405604afb61550f16aeea1a6599" },
        { "kungsbacka-2019-2020", "html", "en", "e244f97602f36d1a46f5d78ee0f18b80ab64e0edd16b973a456abea5de6c872c" },
        { "kungsbacka-2019-2020", "md", "en", "743e63062bd62b1ffabe2d015d8c38e094a733507d2aea9a8ec49a52052a479e" },
        { "astorp-2023-2025", "html", "sv", "9499bcdd59da44e49219be1e39d41b6954fe8dcd7a797dd6e8cf7492b568178c" },
        { "astorp-2023-2025", "md", "sv", "785ae46374d3a33fb9cbba480b30699416dcb12cdebcdd2280cbf8220f4dd16b" },
        { "astorp-2023-2025", "html", "en", "4cea20581df3354ceec14770d347fa31fb7a2fe1c2d97be05986d8389ba699df" },
        { "astorp-2023-2025", "md", "en", "e06bf784af28c8c3e6f9aa88bed815c4fe1dc4795bd51a67f2bf248d0cf8267b" },
        { "svalov-2020", "html", "sv", "76ef0e1dc165ae71a2bb749bdd8946787d394819637aae6aed18e772e33e6f3c" },
        { "svalov-2020", "md", "sv", "12582b1afa180cdd4dd5b73bb539c840bd61b8db8a5ebf2f4b85114cab9f99f4" },
        { "svalov-2020", "html", "en", "109bc01622f435229b065d390e67e2257151937b42d6817e2122aaa89c810d8c" },
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
