using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// A small JSON Schema checker for the keywords the report schema uses (type, const, enum, required,
/// properties, additionalProperties, items, pattern, minLength, minimum, $ref to $defs). A stand-in
/// until the library's own 2020-12 evaluator is wired; it throws on any keyword it does not know, so
/// the schema cannot grow past what is checked.
/// </summary>
internal static class MiniSchema
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum", "required", "properties",
        "additionalProperties", "items", "pattern", "minLength", "minimum", "format",
    };

    internal static List<string> Check(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, schema, instance, string.Empty, errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new NotSupportedException($"MiniSchema does not know {keyword.Name}");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            Check(root, root.GetProperty("$defs").GetProperty(name), value, at, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            errors.Add($"{at}: not {type.GetString()}");
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !Equal(constant, value))
        {
            errors.Add($"{at}: not {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => Equal(o, value)))
        {
            errors.Add($"{at}: {value.GetRawText()} not in enum");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"{at}: \"{text}\" does not match {pattern.GetString()}");
            }

            if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
            {
                errors.Add($"{at}: shorter than {minLength.GetInt32()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Number && schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
        {
            errors.Add($"{at}: below {minimum.GetDecimal()}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray())
                {
                    if (!value.TryGetProperty(name.GetString()!, out _))
                    {
                        errors.Add($"{at}: missing {name.GetString()}");
                    }
                }
            }

            schema.TryGetProperty("properties", out var properties);
            schema.TryGetProperty("additionalProperties", out var additional);
            foreach (var property in value.EnumerateObject())
            {
                var child = at + "/" + property.Name;
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(root, propertySchema, property.Value, child, errors);
                }
                else if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{child}: not allowed");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(root, additional, property.Value, child, errors);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(root, items, item, $"{at}/{index++}", errors);
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && decimal.Truncate(value.GetDecimal()) == value.GetDecimal(),
        "number" => value.ValueKind == JsonValueKind.Number,
        _ => throw new NotSupportedException(type),
    };

    private static bool Equal(JsonElement a, JsonElement b) => a.GetRawText() == b.GetRawText();
}
