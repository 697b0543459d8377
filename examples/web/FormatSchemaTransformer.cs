using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Medborgarlofte.Examples.Web;

/// <summary>
/// Documents <see cref="Agreement"/> bodies with the format's own JSON Schema, not the CLR shape (which the
/// converter does not use): the schema's definitions become components, and the agreement's schema refers to them.
/// </summary>
public static class FormatSchemaTransformer
{
    /// <summary>The prefix of the components taken from the format's schema.</summary>
    public const string Prefix = "Medborgarlofte.";

    private static readonly Lazy<IDictionary<string, IOpenApiSchema>> Components = new(ReadComponents);

    /// <summary>Adds the document and schema transformers to OpenAPI's options.</summary>
    /// <param name="options">The options.</param>
    public static void Register(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The converter writes the format's JSON, so the CLR shape (an empty schema, for a type with a converter)
        // says nothing: the agreement's schema is marked here, and replaced once the document is whole.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(Agreement))
            {
                schema.Metadata ??= new Dictionary<string, object>(StringComparer.Ordinal);
                schema.Metadata[Marker] = true;
            }

            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            foreach (var (name, schema) in Components.Value)
            {
                document.AddComponent(name, schema);
            }

            var agreement = new OpenApiSchemaReference(Prefix + "agreement", document);
            foreach (var name in document.Components?.Schemas?.Where(c => IsMarked(c.Value)).Select(c => c.Key).ToList() ?? [])
            {
                document.Components!.Schemas![name] = agreement;
            }

            foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
            {
                Replace(operation.RequestBody?.Content, agreement);
                foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                {
                    Replace(response.Content, agreement);
                }
            }

            return Task.CompletedTask;
        });
    }

    private const string Marker = "medborgarlofte-agreement";

    private static bool IsMarked(IOpenApiSchema? schema) => schema switch
    {
        OpenApiSchema s => s.Metadata?.ContainsKey(Marker) == true,
        OpenApiSchemaReference r => r.Target is OpenApiSchema t && t.Metadata?.ContainsKey(Marker) == true,
        _ => false,
    };

    private static void Replace(IDictionary<string, OpenApiMediaType>? content, OpenApiSchemaReference agreement)
    {
        foreach (var media in content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
        {
            if (IsMarked(media.Schema))
            {
                media.Schema = agreement;
            }
        }
    }

    /// <summary>The format schema's definitions, with references rewritten to point at components.</summary>
    private static IDictionary<string, IOpenApiSchema> ReadComponents()
    {
        var schema = JsonNode.Parse(FormatSchema.Utf8Json.Span)!.AsObject();
        var components = new JsonObject();
        foreach (var (name, definition) in schema["$defs"]!.AsObject())
        {
            components[Prefix + name] = definition!.DeepClone();
        }

        Rewrite(components);
        var document = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject { ["title"] = "format", ["version"] = FormatSchema.Version },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = components },
        };
        var read = OpenApiModelFactory.Parse(document.ToJsonString(), "json", new OpenApiReaderSettings());
        return read.Document?.Components?.Schemas ?? throw new InvalidOperationException("The format's schema could not be read as OpenAPI components.");
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var target))
                    {
                        var at = target.IndexOf("#/$defs/", StringComparison.Ordinal);
                        o[key] = "#/components/schemas/" + Prefix + target[(at + "#/$defs/".Length)..];
                    }
                    else
                    {
                        Rewrite(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Rewrite(item);
                }

                break;
        }
    }
}
