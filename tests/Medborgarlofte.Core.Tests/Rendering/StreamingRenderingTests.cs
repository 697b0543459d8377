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
    /// <see cref="TextWriter"/> (905be6a), when it built a <see cref="StringBuilder"/>; renewed when the renderers
    /// took the published wording of format 1.1; the real agreements beyond the seeds added then. A change on purpose
    /// to a rendering changes these; the failure message has the new value.
    /// </summary>
    public static TheoryData<string, string, string, string> Renderings { get; } = new()
    {
        { "bastad-2024", "html", "sv", "c320171bcba38a5905d27e16a05bc5305be4260b557dee795c8880f7f9cd982a" },
        { "bastad-2024", "md", "sv", "255b2682910e4b1e50af1d96368e087988a574e98e27aae908a64a203a10e3e3" },
        { "bastad-2024", "html", "en", "b2472f5edc5c5be9610934a9689a07c0464ec5107d995a131fca685c51a1d0c9" },
        { "bastad-2024", "md", "en", "510828227c5f3e5dc33ae2d97bc208631e61fcff3f2a1c08da57356fb06e9b66" },
        { "hoor-2023-2024", "html", "sv", "1719aa489beeaebfc603040d496748fd52575132739431132da4b53abc93fb4f" },
        { "hoor-2023-2024", "md", "sv", "1a18e76b0bbd5a8905dcc8a40e276ed9e970bec02292042467e92a51d2c9bf88" },
        { "hoor-2023-2024", "html", "en", "6f618eb4b52167d00134a27acf3a1c216af7acee874a17e35d69e0d2c7755d21" },
        { "hoor-2023-2024", "md", "en", "91635594d5ef2d968c25cbd27cf851951f7e73f19e378913e5098ed8c70aef5c" },
        { "kungsbacka-2019-2020", "html", "sv", "6427aef7b4a8c39f4e556d28f18790ef21ea17741fb9091c767f0a867ca0fc4d" },
        { "kungsbacka-2019-2020", "md", "sv", "d3f99c3c5ff8cb58f505ee26fc33dabba76583865db0d7fa36e58e8629e6bf8c" },
        { "kungsbacka-2019-2020", "html", "en", "d7ba5b108046d529efcf4bd577ddc7cfd068d413aa7487a392add2592d955b40" },
        { "kungsbacka-2019-2020", "md", "en", "4aaddc930fba238f4551f88e30e98ee22562e67043fcee86c02517b1f68cdd7f" },
        { "astorp-2023-2025", "html", "sv", "cad59607f27557ebc373e1821bca5237aa685f4603f0528066f3dac86aa371f1" },
        { "astorp-2023-2025", "md", "sv", "05373e1d2365ca2aff40cdc18d94ca65a5a7956b4bff52e7b447c335c2feb9ad" },
        { "astorp-2023-2025", "html", "en", "b40048606d7cfc9ebf7d189126320edbfdb29617959b10b6034397cd77f123e5" },
        { "astorp-2023-2025", "md", "en", "881c2d9ba0185b50e62b30c65b128f40d13db06586851e4cbe5464f790c46a2f" },
        { "svalov-2020", "html", "sv", "ea7a79af834bf3ce7198c94173e8b21120798cf8040dbe0cdaaa1b23fb76615c" },
        { "svalov-2020", "md", "sv", "587376bb8d7d410b64ce7c3dd5fa52b8b3ae1c2ca5675bcb742aba44de9d1d23" },
        { "svalov-2020", "html", "en", "38cc89522f56039ebde08e2bfce14ef181163cf1b21c1f6717de366fb5c57d49" },
        { "svalov-2020", "md", "en", "b8c79958679efdc7ac26b75283da3d0f15c0a8c3343e3dfb34e70e72a7bb61e4" },
        { "vingaker-2022", "html", "sv", "c0bd9289f5de46957621699cd413e58c118fc48b4ef53730c93745572f319e95" },
        { "vingaker-2022", "md", "sv", "f1bd8eceda814d6141d7936b35b1200f3cbd30591915b88cec54c7894cab142e" },
        { "vingaker-2022", "html", "en", "49f6ef34bce300c5946ca6c2efd862fa1457f46676a4202ecaca5f50fcb45bbd" },
        { "vingaker-2022", "md", "en", "bd4f652b07ffddde2175c06694c2083261aa81a0bac4a761d1c988df4b6865db" },
        { "mala-2024", "html", "sv", "ea23981623c09e014b1593312d4f483ffdebdc52389387fcafc91d58fb5e5069" },
        { "mala-2024", "md", "sv", "19d1ffca30ce02a48eef2e2f1ca0656eac7cdf3aaa162fa7026e219a81f8f236" },
        { "mala-2024", "html", "en", "ed1df822626f853c0e3dcecd84203198f81c819a95aa69938888a32c9b5a1ad1" },
        { "mala-2024", "md", "en", "c2be25bcf247d2f519a225c78305279b2a74d42b0d0aca0ba309805ea91a5bad" },
        { "mala-2024-nyhet", "html", "sv", "889ad4a8e0680bb210753266d785feda0ab22508ce06d5bc95f700f91c37d5fb" },
        { "mala-2024-nyhet", "md", "sv", "7cd30186972868035ce5b2d0d4e655579b6b12edecf3c79d79adcb7c4fe3d664" },
        { "mala-2024-nyhet", "html", "en", "5f8edc148edc9cb2bb5e8f6af34fe23a1080e6ad9a28b82028b0ea734b74b60d" },
        { "mala-2024-nyhet", "md", "en", "10dd14628b2faae41ae5434a95e4940ba3ef72ab8cd1fa9783ccf7a04d14a38c" },
        { "fagersta-2022", "html", "sv", "8eadf17eac6024455e0adb43b8d45ef077e83e8447bb59b841da9fcf1dfb5a5a" },
        { "fagersta-2022", "md", "sv", "71c1e3f1f7407bbc423fde04a94df2196e3b9dd02e1d6dc31e843fbf683413ef" },
        { "fagersta-2022", "html", "en", "ec08da5941315f986ae8e07d6d768382cf3262818784d0345227d5731357d8d4" },
        { "fagersta-2022", "md", "en", "5c305a0b8fb82671fb47fe8630a993778a8c955090f61877387416bef099f0c2" },
        { "gagnef-2016-2017", "html", "sv", "7750ba35075998ef5c07dc07f38f2d0995d25dfc745ff9eef742ea2ea3826bac" },
        { "gagnef-2016-2017", "md", "sv", "7606a74558110bf735e24951d2b602b38e0c555002f3ac58b6c5e0c95d3b1cec" },
        { "gagnef-2016-2017", "html", "en", "a4ecc8ed2e3939aecb1899f0484516cb05d0f7bdcf8bb96081ead1ebb31fe713" },
        { "gagnef-2016-2017", "md", "en", "d1c29016742498e56cc5f012556cd9887b3d4b370139df4d4bf8c46097b91cb6" },
        { "umea-2019-2020", "html", "sv", "9028f08aa133d5ba9ec5a0cfdc0cad8077e0c0dccdded394eaf95cfa65d67471" },
        { "umea-2019-2020", "md", "sv", "fcfef8619decd7e11938e7ce391224fbcbe82b74629bdab42618fcf6f376118b" },
        { "umea-2019-2020", "html", "en", "126755539f447d17c288abf92670893c7dc5da3043e2ecc9a60c552d44ea694d" },
        { "umea-2019-2020", "md", "en", "48c33a6a8f8701cbaf812e8464de446bf6c0db47971f894121e18eb22e9a90c3" },
        { "hudiksvall-2023-2025", "html", "sv", "bcec9af514dde866b1b4b7c043a98b06b31df0dfbccdd04df3f18376856f9ece" },
        { "hudiksvall-2023-2025", "md", "sv", "b970553c1715953acda15ede1e5c9727a8f9ebda4c70465cc573b5fa0b69ebb7" },
        { "hudiksvall-2023-2025", "html", "en", "82c1a92ffee8d135d078676ff370de38019f31bd1169b50689f8238197d125a5" },
        { "hudiksvall-2023-2025", "md", "en", "1e62995714835ab173cab3c92ccaf67fb6198527cc37d96ee56142a482732574" },
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
