using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json;
using Xunit;

namespace Medborgarlofte.Web.Tests;

/// <summary>The web sample answers as the README says: 200 with the canonical document, 422 with the report, never 500.</summary>
public sealed class WebSampleTests : IClassFixture<WebSampleFactory>
{
    private readonly WebSampleFactory factory;

    public WebSampleTests(WebSampleFactory factory)
    {
        // The tests of a class run one at a time: each sees only the errors logged while it ran.
        this.factory = factory;
        factory.Errors.Clear();
    }

    [Theory]
    [InlineData("bastad-2024")]
    [InlineData("kungsbacka-2019-2020")]
    public async Task A_valid_agreement_is_answered_with_its_canonical_document_and_can_be_fetched(string name)
    {
        using var client = factory.CreateClient();
        var bytes = Repository.Example(name);
        var canonical = Canonical(bytes);

        using var posted = await client.PostAsync(new Uri("/agreements", UriKind.Relative), Json(bytes));
        var body = await posted.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(canonical, body);
        var id = AgreementJson.Read(bytes).GetValueOrThrow().Id;
        using var fetched = await client.GetAsync(new Uri("/agreements/" + id, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(canonical, await fetched.Content.ReadAsByteArrayAsync());
        Assert.Empty(factory.Errors);
    }

    [Fact]
    public async Task A_broken_agreement_is_answered_422_with_the_report_as_problem_details()
    {
        using var client = factory.CreateClient();
        var text = Encoding.UTF8.GetString(Repository.Example("bastad-2024")).Replace("\"number\": 1,", "\"number\": 0,", StringComparison.Ordinal);

        using var response = await client.PostAsync(new Uri("/agreements", UriKind.Relative), new StringContent(text, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var report = problem.RootElement.GetProperty("report");
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Contains(report.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("pointer").GetString() == "/revision/number");
        Assert.Empty(factory.Errors);
    }

    [Fact]
    public async Task A_body_of_20_MB_is_refused_with_413_or_422_never_500()
    {
        using var client = factory.CreateClient();
        var body = new byte[20 * 1024 * 1024];
        body.AsSpan().Fill((byte)' ');
        body[0] = (byte)'[';
        body[^1] = (byte)']';

        using var response = await client.PostAsync(new Uri("/agreements", UriKind.Relative), Json(body));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnprocessableEntity });
        Assert.Empty(factory.Errors);
    }

    [Fact]
    public async Task A_client_that_disconnects_mid_body_leaves_the_server_well()
    {
        using var client = factory.CreateClient();
        var address = client.BaseAddress!;
        var bytes = Repository.Example("bastad-2024");
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(address.Host, address.Port);
            var stream = tcp.GetStream();
            var head = $"POST /agreements HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await stream.FlushAsync();
            await Task.Delay(200);
            tcp.Client.Shutdown(SocketShutdown.Both);
        }

        // The next request is answered as ever, and nothing was logged as an error.
        await Task.Delay(200);
        using var response = await client.PostAsync(new Uri("/agreements", UriKind.Relative), Json(bytes));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(factory.Errors);
    }

    [Fact]
    public async Task Two_hundred_concurrent_requests_get_identical_answers()
    {
        using var client = factory.CreateClient();
        var valid = Repository.Example("bastad-2024");
        var broken = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid).Replace("\"kind\": \"promise\"", "\"kind\": \"Promise\"", StringComparison.Ordinal));

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await client.PostAsync(new Uri("/agreements", UriKind.Relative), Json(i % 2 == 0 ? valid : broken));
            return (i % 2, response.StatusCode, Body: WithoutTraceId(await response.Content.ReadAsStringAsync()));
        }));

        foreach (var group in answers.GroupBy(a => a.Item1))
        {
            Assert.Single(group.Select(a => (a.StatusCode, a.Body)).Distinct());
        }

        Assert.Equal(HttpStatusCode.OK, answers.First(a => a.Item1 == 0).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answers.First(a => a.Item1 == 1).StatusCode);
        Assert.Empty(factory.Errors);
    }

    [Fact]
    public async Task The_schema_is_the_formats()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/schema", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Medborgarlofte.FormatSchema.Utf8Json.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task OpenAPI_documents_the_bodies_with_the_formats_schema_not_the_CLR_shape()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);

        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");
        using var format = JsonDocument.Parse(Medborgarlofte.FormatSchema.Utf8Json);
        var formatAgreement = format.RootElement.GetProperty("$defs").GetProperty("agreement");
        var documented = schemas.GetProperty("Medborgarlofte.agreement");
        Assert.Equal(
            formatAgreement.GetProperty("required").EnumerateArray().Select(e => e.GetString()),
            documented.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            formatAgreement.GetProperty("properties").EnumerateObject().Select(p => p.Name),
            documented.GetProperty("properties").EnumerateObject().Select(p => p.Name));

        // The request body and the 200 response of POST /agreements, and GET's 200, lead to that schema.
        var paths = root.GetProperty("paths");
        var post = paths.GetProperty("/agreements").GetProperty("post");
        var get = paths.GetProperty("/agreements/{id}").GetProperty("get");
        foreach (var part in new[] { post.GetProperty("requestBody"), post.GetProperty("responses").GetProperty("200"), get.GetProperty("responses").GetProperty("200") })
        {
            var schema = part.GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.Equal("Medborgarlofte.agreement", Resolve(schemas, schema));
        }

        Assert.DoesNotContain("\"swedish\"", root.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"entries\"", root.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Follows <c>$ref</c>s through the components to the first of the format's own; its name.</summary>
    private static string? Resolve(JsonElement schemas, JsonElement schema)
    {
        for (var hops = 0; hops < 5 && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var name = reference.GetString()!["#/components/schemas/".Length..];
            if (name.StartsWith("Medborgarlofte.", StringComparison.Ordinal))
            {
                return name;
            }

            schema = schemas.GetProperty(name);
        }

        return null;
    }

    /// <summary>Problem details carry the request's trace id, which differs by design; the rest must not.</summary>
    private static string WithoutTraceId(string body)
    {
        if (!body.StartsWith('{') || System.Text.Json.Nodes.JsonNode.Parse(body) is not System.Text.Json.Nodes.JsonObject problem || !problem.Remove("traceId"))
        {
            return body;
        }

        return problem.ToJsonString();
    }

    private static byte[] Canonical(byte[] bytes)
    {
        var canonical = AgreementJson.WriteToUtf8Bytes(AgreementJson.Read(bytes).GetValueOrThrow());
        return canonical[..^1];
    }

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
