using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Medborgarlofte.Collections;
using Medborgarlofte.Json;
using Medborgarlofte.Model;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Text;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// The schema and the C# contract agree. For every model type reachable from <see cref="Agreement"/>,
/// the schema's definition of the same name (camelCase) declares each public property under its JSON
/// name (camelCase) with the matching type, requires what C# requires, and declares nothing else; the
/// closed code lists equal the reader's; the open ones list the known codes.
/// </summary>
/// <remarks>
/// <c>JsonSchemaExporter</c> is not used: it describes System.Text.Json's serialization contract, and
/// the model has none. It is read by a hand-written strict reader and written by a hand-written writer,
/// so an exported schema would show the serializer's default view of the records (no required JSON
/// properties, <c>true</c> for NodaTime types and the custom collections, no code lists, no descriptions),
/// not the format. Here reflection over the public model (tests only; the library has none) is checked
/// against the published schema, and the reader's own code lists against its enums.
/// </remarks>
public sealed class SchemaContractTests
{
    /// <summary>
    /// Where JSON requiredness and C# <c>required</c> differ on purpose ("definition.property"). Target's
    /// comparator, value, unit, recurrence and text are optional in both and required only by kind (the
    /// schema's if/then, checked in <see cref="A_target_requires_its_parts_by_kind"/>), so they are not listed.
    /// </summary>
    private static readonly Dictionary<string, string> RequiredInJsonOnly = new(StringComparer.Ordinal)
    {
        // Every document states its format version; a C# caller need not, it defaults to Agreement.CurrentFormatVersion.
        ["agreement.formatVersion"] = "defaults to Agreement.CurrentFormatVersion in C#",
    };

    /// <summary>Types the schema describes with a definition that is not a model record.</summary>
    private static readonly Dictionary<Type, string> BuildingBlocks = new()
    {
        [typeof(LocalizedText)] = "text",
        [typeof(ExtensionData)] = "extensions",
        [typeof(LocalDate)] = "date",
        [typeof(DateInterval)] = "interval",
    };

    private static readonly Dictionary<Type, string> JsonTypes = new()
    {
        [typeof(string)] = "string",
        [typeof(int)] = "integer",
        [typeof(decimal)] = "number",
        [typeof(bool)] = "boolean",
    };

    /// <summary>The open code lists: the schema's examples are the library's known codes, in order.</summary>
    private static readonly Dictionary<string, IReadOnlyList<Code>> OpenLists = new(StringComparer.Ordinal)
    {
        ["sourceType"] = CodeLists.SourceTypes,
        ["theme"] = CodeLists.Themes,
        ["method"] = CodeLists.Methods,
        ["channelType"] = CodeLists.ChannelTypes,
    };

    public static TheoryData<string> ModelTypes() => [.. ReachableTypes().Where(t => !t.IsEnum).Select(t => t.Name)];

    [Fact]
    public void The_root_is_an_agreement()
    {
        Assert.Equal("agreement", SchemaJson.ReferenceName(SchemaJson.Root));
        Assert.Contains(typeof(Party), ReachableTypes());
        Assert.Contains(typeof(IndicatorValue), ReachableTypes());
        Assert.Contains(typeof(Cadence), ReachableTypes());
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void The_definition_declares_exactly_the_model_properties(string typeName)
    {
        var type = ModelType(typeName);
        var definition = SchemaJson.Definition(DefinitionName(type));

        Assert.Equal("object", SchemaJson.TypeOf(definition));
        Assert.Equal(
            ContractProperties(type).Select(JsonName).Order(StringComparer.Ordinal),
            SchemaJson.PropertyNames(definition).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void The_definition_requires_what_the_model_requires(string typeName)
    {
        var type = ModelType(typeName);
        var definitionName = DefinitionName(type);
        var definition = SchemaJson.Definition(definitionName);
        var requiredInCSharp = ContractProperties(type).Where(p => p.IsDefined(typeof(RequiredMemberAttribute))).Select(JsonName);
        var exceptions = RequiredInJsonOnly.Keys
            .Where(key => key.StartsWith(definitionName + ".", StringComparison.Ordinal))
            .Select(key => key[(definitionName.Length + 1)..]);

        Assert.Equal(
            requiredInCSharp.Concat(exceptions).Order(StringComparer.Ordinal),
            SchemaJson.Required(definition).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Each_property_has_the_schema_type_of_its_CSharp_type(string typeName)
    {
        var type = ModelType(typeName);
        var properties = SchemaJson.Definition(DefinitionName(type)).GetProperty("properties");

        foreach (var property in ContractProperties(type))
        {
            var where = $"{DefinitionName(type)}.{JsonName(property)}";
            Assert.True(properties.TryGetProperty(JsonName(property), out var schema), $"{where} is not declared");
            AssertSchemaOf(property.PropertyType, schema, where);
        }
    }

    [Fact]
    public void Every_object_definition_is_a_model_type_or_a_building_block()
    {
        var known = ReachableTypes().Where(t => !t.IsEnum).Select(DefinitionName).Concat(["text", "interval", "extensions"]).ToHashSet(StringComparer.Ordinal);

        foreach (var definition in SchemaJson.Definitions.EnumerateObject().Where(d => SchemaJson.TypeOf(d.Value) == "object"))
        {
            Assert.True(known.Contains(definition.Name), $"$defs/{definition.Name} is an object the model does not have.");
        }
    }

    [Fact]
    public void Every_closed_enum_equals_the_readers_code_list()
    {
        var readerLists = ReaderCodeLists();
        var enumsInModel = ReachableTypes().Where(t => t.IsEnum).ToList();

        // Each enum of the model has the reader's list, with one name per value.
        Assert.Equal(enumsInModel.Order(TypeOrder.Instance), readerLists.Keys.Order(TypeOrder.Instance));
        foreach (var (enumType, names) in readerLists)
        {
            Assert.Equal(Enum.GetValues(enumType).Length, names.Count);
            var definition = SchemaJson.Definition(DefinitionName(enumType));
            Assert.Equal("string", SchemaJson.TypeOf(definition));
            Assert.Equal(names, SchemaJson.Strings(definition.GetProperty("enum")));
        }

        // And the schema has no closed list the reader does not.
        var readerDefinitions = readerLists.Keys.Select(DefinitionName).ToHashSet(StringComparer.Ordinal);
        foreach (var (location, schema) in SchemaJson.AllSchemas().Where(s => s.Schema.TryGetProperty("enum", out _)))
        {
            Assert.True(
                location.StartsWith("/$defs/", StringComparison.Ordinal) && readerDefinitions.Contains(location["/$defs/".Length..]),
                $"{location} is a closed list that is not one of the reader's.");
        }
    }

    [Fact]
    public void Every_open_code_list_is_a_string_with_the_known_codes_as_examples()
    {
        foreach (var (name, codes) in OpenLists)
        {
            var definition = SchemaJson.Definition(name);

            Assert.Equal("string", SchemaJson.TypeOf(definition));
            Assert.False(definition.TryGetProperty("enum", out _), $"$defs/{name} is an open list: no enum.");
            Assert.Equal(codes.Select(c => c.Value), SchemaJson.Strings(definition.GetProperty("examples")));
        }
    }

    [Fact]
    public void AdditionalProperties_is_false_on_every_object_except_extensions()
    {
        foreach (var (location, schema) in SchemaJson.AllSchemas().Where(s => SchemaJson.TypeOf(s.Schema) == "object"))
        {
            switch (location)
            {
                case "/$defs/extensions":
                    // Anything: extensions are kept as they are.
                    Assert.False(schema.TryGetProperty("additionalProperties", out _), "extensions must accept any JSON object");
                    Assert.False(schema.TryGetProperty("properties", out _), "extensions must accept any JSON object");
                    break;
                case "/$defs/text":
                    // A language map: any language tag (propertyNames) to a string.
                    Assert.Equal("languageTag", SchemaJson.ReferenceName(schema.GetProperty("propertyNames")));
                    Assert.Equal("string", SchemaJson.TypeOf(schema.GetProperty("additionalProperties")));
                    break;
                default:
                    Assert.True(
                        schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False,
                        $"{location}: additionalProperties must be false");
                    break;
            }
        }
    }

    [Fact]
    public void Every_required_name_is_a_declared_property()
    {
        // Ajv's strictRequired would check this, but it compiles allOf/if/then before the sibling
        // "properties" and so cannot see the target's conditional parts; this test does it instead.
        foreach (var definition in SchemaJson.Definitions.EnumerateObject())
        {
            var declared = SchemaJson.PropertyNames(definition.Value).ToHashSet(StringComparer.Ordinal);
            var required = SchemaJson.AllSchemas()
                .Where(s => s.Location == "/$defs/" + definition.Name || s.Location.StartsWith("/$defs/" + definition.Name + "/allOf/", StringComparison.Ordinal))
                .SelectMany(s => SchemaJson.Required(s.Schema));

            foreach (var name in required)
            {
                Assert.True(declared.Contains(name), $"$defs/{definition.Name} requires \"{name}\" but does not declare it.");
            }
        }
    }

    [Fact]
    public void A_target_requires_its_parts_by_kind()
    {
        var conditions = SchemaJson.Definition("target").GetProperty("allOf").EnumerateArray()
            .ToDictionary(
                branch => branch.GetProperty("if").GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!,
                branch => SchemaJson.Required(branch.GetProperty("then")).ToList(),
                StringComparer.Ordinal);

        Assert.Equal(ModelCodes.TargetKinds.Names.Order(StringComparer.Ordinal), conditions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["comparator", "value", "unit", "recurrence"], conditions[ModelCodes.TargetKinds.ToCode(TargetKind.Quantitative)]);
        Assert.Equal(["text"], conditions[ModelCodes.TargetKinds.ToCode(TargetKind.Qualitative)]);
        Assert.Equal(0, SchemaJson.Definition("target").GetProperty("properties").GetProperty("value").GetProperty("exclusiveMinimum").GetInt32());
    }

    [Fact]
    public void An_interval_has_a_start_and_an_end_date_and_a_validity_only_a_start()
    {
        var interval = SchemaJson.Definition("interval");
        var validity = SchemaJson.Definition("validity");

        Assert.Equal(["start", "end"], SchemaJson.Required(interval));
        Assert.Equal(["start", "end"], SchemaJson.PropertyNames(interval));
        Assert.All(SchemaJson.PropertyNames(interval), name => Assert.Equal("date", SchemaJson.ReferenceName(interval.GetProperty("properties").GetProperty(name))));
        Assert.Equal(["start"], SchemaJson.Required(validity));
    }

    private static void AssertSchemaOf(Type type, JsonElement schema, string where)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Assert.True(SchemaJson.TypeOf(schema) == "array", $"{where}: an array expected");
            AssertSchemaOf(type.GetGenericArguments()[0], schema.GetProperty("items"), where + "[]");
        }
        else if (JsonTypes.TryGetValue(type, out var jsonType))
        {
            // A string or number may be refined by a definition (id, kommunkod, year): follow it.
            Assert.True(SchemaJson.TypeOf(SchemaJson.Resolve(schema)) == jsonType, $"{where}: type {jsonType} expected");
        }
        else
        {
            Assert.True(SchemaJson.ReferenceName(schema) == DefinitionName(type), $"{where}: $ref {SchemaJson.DefinitionPrefix}{DefinitionName(type)} expected");
        }
    }

    /// <summary>The model's records and enums reachable from <see cref="Agreement"/> through public properties.</summary>
    private static List<Type> ReachableTypes()
    {
        var found = new List<Type>();
        var queue = new Queue<Type>([typeof(Agreement)]);
        while (queue.TryDequeue(out var type))
        {
            if (found.Contains(type))
            {
                continue;
            }

            found.Add(type);
            foreach (var property in type.IsEnum ? [] : ContractProperties(type))
            {
                var element = ElementType(property.PropertyType);
                if (element.Namespace == typeof(Agreement).Namespace && !BuildingBlocks.ContainsKey(element))
                {
                    queue.Enqueue(element);
                }
            }
        }

        return found;
    }

    /// <summary>The properties that are part of the contract: public and settable (computed ones such as <see cref="Validity.IsOpenEnded"/> are not).</summary>
    private static IEnumerable<PropertyInfo> ContractProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static Type ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? ElementType(type.GetGenericArguments()[0]) : type;
    }

    private static Type ModelType(string name) => ReachableTypes().Single(t => t.Name == name);

    private static string DefinitionName(Type type) => BuildingBlocks.TryGetValue(type, out var name) ? name : CamelCase(type.Name);

    private static string JsonName(PropertyInfo property) => CamelCase(property.Name);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The reader's closed code lists (<see cref="ModelCodes"/>), by enum type.</summary>
    private static Dictionary<Type, IReadOnlyList<string>> ReaderCodeLists()
    {
        var lists = new Dictionary<Type, IReadOnlyList<string>>();
        foreach (var field in typeof(ModelCodes).GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static))
        {
            Assert.True(field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(EnumCodes<>), $"ModelCodes.{field.Name} is not a code list");
            var codes = field.GetValue(null)!;
            var names = (IReadOnlyList<string>)field.FieldType.GetProperty("Names", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(codes)!;
            lists.Add(field.FieldType.GetGenericArguments()[0], names);
        }

        return lists;
    }

    private sealed class TypeOrder : IComparer<Type>
    {
        internal static readonly TypeOrder Instance = new();

        public int Compare(Type? x, Type? y) => string.CompareOrdinal(x?.FullName, y?.FullName);
    }
}
