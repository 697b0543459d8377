using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// The schema and the C# contract agree, for each document type and its part of the schema: the agreement
/// (the file's root resource) and the follow-up (the resource <see cref="FormatSchema.FollowUpId"/> embedded
/// at <c>$defs/followUpDocument</c>). For every model type reachable from the document type, the part's
/// definition of the same name (camelCase) declares each public property under its JSON name (camelCase)
/// with the matching type, requires what C# requires, and declares nothing else; the closed code lists
/// equal the reader's; the open ones list the known codes.
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
    /// <summary>The agreement: <see cref="Agreement"/> and the <c>Model</c> types, in the root resource's <c>$defs</c>.</summary>
    private static readonly Part AgreementPart = new(
        "agreement",
        typeof(Agreement),
        FormatSchema.Id,
        typeof(ModelCodes),
        new Dictionary<Type, string>(),
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Every document states its format version; a C# caller need not, it defaults to Agreement.CurrentFormatVersion.
            ["agreement.formatVersion"] = "defaults to Agreement.CurrentFormatVersion in C#",
        });

    /// <summary>
    /// The follow-up: <see cref="FollowUpDocument"/> is the resource itself, the <c>FollowUp</c> types are in its
    /// own <c>$defs</c>, and the agreement's building blocks are reused by absolute reference.
    /// </summary>
    private static readonly Part FollowUpPart = new(
        "followUp",
        typeof(FollowUpDocument),
        FormatSchema.FollowUpId,
        typeof(FollowUpCodes),
        new Dictionary<Type, string>
        {
            // The agreement's documentReference with the revision required: its own definition, because Ajv's
            // strict mode refuses "required" beside a "$ref" without "type", and "type" there would need
            // additionalProperties: false, which would refuse id and revision.
            [typeof(DocumentReference)] = "agreementReference",
        },
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["followUpDocument.formatVersion"] = "defaults to Agreement.CurrentFormatVersion in C#",
            ["agreementReference.revision"] = "a follow-up reports on one revision: the reader requires it, DocumentReference.Revision is optional in C#",
        });

    private static readonly Dictionary<string, Part> Parts = new(StringComparer.Ordinal)
    {
        [AgreementPart.Name] = AgreementPart,
        [FollowUpPart.Name] = FollowUpPart,
    };

    /// <summary>
    /// Types the schema describes with a definition of the agreement's resource that is not a model record.
    /// Target's comparator, value, unit, recurrence and text are optional in both and required only by kind
    /// (the schema's if/then, checked in <see cref="A_target_requires_its_parts_by_kind"/>), so they are not
    /// listed as exceptions; nor are an observation's date and period (oneOf, checked in
    /// <see cref="An_observation_has_exactly_one_of_date_and_period_and_a_value_of_zero_or_more"/>).
    /// </summary>
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

    public static TheoryData<string> PartNames() => [.. Parts.Keys];

    public static TheoryData<string, string> ModelTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var part in Parts.Values)
        {
            foreach (var type in part.ReachableTypes().Where(t => !t.IsEnum))
            {
                data.Add(part.Name, type.Name);
            }
        }

        return data;
    }

    [Fact]
    public void The_root_is_an_agreement()
    {
        Assert.Equal("agreement", SchemaJson.ReferenceName(SchemaJson.Root));
        Assert.Contains(typeof(Party), AgreementPart.ReachableTypes());
        Assert.Contains(typeof(IndicatorValue), AgreementPart.ReachableTypes());
        Assert.Contains(typeof(Cadence), AgreementPart.ReachableTypes());
    }

    [Fact]
    public void The_follow_up_part_reaches_the_follow_up_types_and_its_agreement_reference()
    {
        Assert.Equal(
            new[] { typeof(FollowUpDocument), typeof(DocumentReference), typeof(CommitmentProgress), typeof(CommitmentStatus), typeof(TargetObservation), typeof(IndicatorObservation) }.Order(TypeOrder.Instance),
            FollowUpPart.ReachableTypes().Order(TypeOrder.Instance));
        Assert.Equal(FormatSchema.FollowUpId, FollowUpPart.Definition(typeof(FollowUpDocument)).GetProperty("$id").GetString());
        Assert.Equal("followUpDocument", FollowUpPart.DefinitionName(typeof(FollowUpDocument)));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void The_definition_declares_exactly_the_model_properties(string partName, string typeName)
    {
        var part = Parts[partName];
        var type = part.ModelType(typeName);
        var definition = part.Definition(type);

        Assert.Equal("object", SchemaJson.TypeOf(definition));
        Assert.Equal(
            ContractProperties(type).Select(JsonName).Order(StringComparer.Ordinal),
            SchemaJson.PropertyNames(definition).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void The_definition_requires_what_the_model_requires(string partName, string typeName)
    {
        var part = Parts[partName];
        var type = part.ModelType(typeName);
        var definitionName = part.DefinitionName(type);
        var definition = part.Definition(type);
        var requiredInCSharp = ContractProperties(type).Where(p => p.IsDefined(typeof(RequiredMemberAttribute))).Select(JsonName);
        var exceptions = part.RequiredInJsonOnly.Keys
            .Where(key => key.StartsWith(definitionName + ".", StringComparison.Ordinal))
            .Select(key => key[(definitionName.Length + 1)..]);

        Assert.Equal(
            requiredInCSharp.Concat(exceptions).Order(StringComparer.Ordinal),
            SchemaJson.Required(definition).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Each_property_has_the_schema_type_of_its_CSharp_type(string partName, string typeName)
    {
        var part = Parts[partName];
        var type = part.ModelType(typeName);
        var properties = part.Definition(type).GetProperty("properties");

        foreach (var property in ContractProperties(type))
        {
            var where = $"{part.DefinitionName(type)}.{JsonName(property)}";
            Assert.True(properties.TryGetProperty(JsonName(property), out var schema), $"{where} is not declared");
            AssertSchemaOf(part, property.PropertyType, schema, where);
        }
    }

    [Theory]
    [MemberData(nameof(PartNames))]
    public void Every_object_definition_is_a_model_type_or_a_building_block(string partName)
    {
        var part = Parts[partName];
        var known = part.ReachableTypes().Where(t => !t.IsEnum).Select(part.DefinitionName)
            .Concat(part == AgreementPart ? ["text", "interval", "extensions"] : [])
            .ToHashSet(StringComparer.Ordinal);

        // The definitions declared in the part's resource; an embedded resource is a part of its own.
        var definitions = SchemaJson.AllDefinitions().Where(d => d.ResourceId == part.ResourceId && !d.Schema.TryGetProperty("$id", out _)).ToList();
        Assert.NotEmpty(definitions);
        foreach (var definition in definitions.Where(d => SchemaJson.TypeOf(d.Schema) == "object"))
        {
            Assert.True(known.Contains(definition.Name), $"{definition.Location} is an object the model does not have.");
        }
    }

    [Theory]
    [MemberData(nameof(PartNames))]
    public void Every_closed_enum_equals_the_readers_code_list(string partName)
    {
        var part = Parts[partName];
        var readerLists = part.ReaderCodeLists();
        var enumsInModel = part.ReachableTypes().Where(t => t.IsEnum).ToList();

        // Each enum of the part's model has the reader's list, with one name per value.
        Assert.NotEmpty(enumsInModel);
        Assert.Equal(enumsInModel.Order(TypeOrder.Instance), readerLists.Keys.Order(TypeOrder.Instance));
        foreach (var (enumType, names) in readerLists)
        {
            Assert.Equal(Enum.GetValues(enumType).Length, names.Count);
            var definition = part.Definition(enumType);
            Assert.Equal("string", SchemaJson.TypeOf(definition));
            Assert.Equal(names, SchemaJson.Strings(definition.GetProperty("enum")));
        }
    }

    [Fact]
    public void The_schema_has_no_closed_list_the_readers_do_not()
    {
        var readerDefinitions = Parts.Values
            .SelectMany(part => part.ReaderCodeLists().Keys.Select(enumType => (part.ResourceId, Name: part.DefinitionName(enumType))))
            .ToHashSet();
        var locations = SchemaJson.AllDefinitions()
            .Where(d => readerDefinitions.Contains((d.ResourceId, d.Name)))
            .Select(d => d.Location)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(readerDefinitions.Count, locations.Count);
        // formatVersion is the one closed list that is not a code list: the versions the reader accepts.
        locations.Add("/$defs/formatVersion");
        foreach (var (location, _) in SchemaJson.AllSchemas().Where(s => s.Schema.TryGetProperty("enum", out _)))
        {
            Assert.True(locations.Contains(location), $"{location} is a closed list that is not one of the reader's.");
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
        var objects = SchemaJson.AllSchemas().Where(s => SchemaJson.TypeOf(s.Schema) == "object").ToList();

        Assert.Contains(objects, s => s.Location == "/$defs/followUpDocument/$defs/targetObservation");
        foreach (var (location, schema) in objects)
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
        // "properties" and so cannot see the target's conditional parts; this test does it instead,
        // for every definition of every resource and its allOf/oneOf branches.
        foreach (var definition in SchemaJson.AllDefinitions())
        {
            var declared = SchemaJson.PropertyNames(definition.Schema).ToHashSet(StringComparer.Ordinal);
            var required = SchemaJson.AllSchemas()
                .Where(s => s.Location == definition.Location
                    || s.Location.StartsWith(definition.Location + "/allOf/", StringComparison.Ordinal)
                    || s.Location.StartsWith(definition.Location + "/oneOf/", StringComparison.Ordinal))
                .SelectMany(s => SchemaJson.Required(s.Schema));

            foreach (var name in required)
            {
                Assert.True(declared.Contains(name), $"{definition.Location} requires \"{name}\" but does not declare it.");
            }
        }
    }

    [Fact]
    public void A_target_requires_its_parts_by_kind()
    {
        var conditions = SchemaJson.Definition("target").GetProperty("allOf").EnumerateArray()
            .Where(branch => branch.GetProperty("if").GetProperty("properties").TryGetProperty("kind", out _))
            .ToDictionary(
                branch => branch.GetProperty("if").GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!,
                branch => SchemaJson.Required(branch.GetProperty("then")).ToList(),
                StringComparer.Ordinal);

        Assert.Equal(ModelCodes.TargetKinds.Names.Order(StringComparer.Ordinal), conditions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["comparator", "value", "unit", "recurrence"], conditions[ModelCodes.TargetKinds.ToCode(TargetKind.Quantitative)]);
        Assert.Equal(["text"], conditions[ModelCodes.TargetKinds.ToCode(TargetKind.Qualitative)]);
        Assert.Equal(0, SchemaJson.Definition("target").GetProperty("properties").GetProperty("value").GetProperty("exclusiveMinimum").GetInt32());

        // Format 1.1: a count per occurrence says of what.
        var perOccurrence = SchemaJson.Definition("target").GetProperty("allOf").EnumerateArray()
            .Single(branch => branch.GetProperty("if").GetProperty("properties").TryGetProperty("recurrence", out _));
        Assert.Equal("perOccurrence", perOccurrence.GetProperty("if").GetProperty("properties").GetProperty("recurrence").GetProperty("const").GetString());
        Assert.Equal(["occurrence"], SchemaJson.Required(perOccurrence.GetProperty("then")));
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

    [Fact]
    public void An_observation_has_exactly_one_of_date_and_period_and_a_value_of_zero_or_more()
    {
        var observation = FollowUpPart.Definition(typeof(TargetObservation));
        var branches = observation.GetProperty("oneOf").EnumerateArray().ToList();

        Assert.Equal(["date", "period"], branches.Select(b => Assert.Single(SchemaJson.Required(b))));
        Assert.All(branches, b => Assert.Equal(["required"], b.EnumerateObject().Select(k => k.Name)));
        Assert.DoesNotContain("date", SchemaJson.Required(observation));
        Assert.DoesNotContain("period", SchemaJson.Required(observation));
        var value = observation.GetProperty("properties").GetProperty("value");
        Assert.Equal(0, value.GetProperty("minimum").GetInt32());
        Assert.False(value.TryGetProperty("exclusiveMinimum", out _), "0 is a valid count");
        Assert.Equal("uri", SchemaJson.Resolve(observation.GetProperty("properties").GetProperty("evidence"), FormatSchema.FollowUpId).GetProperty("format").GetString());
    }

    [Fact]
    public void An_agreement_reference_is_a_document_reference_with_the_revision_required()
    {
        var reference = FollowUpPart.Definition(typeof(DocumentReference));
        var documentReference = AgreementPart.Definition(typeof(DocumentReference));

        Assert.Equal(["id", "revision"], SchemaJson.Required(reference).Order(StringComparer.Ordinal));
        Assert.Equal(SchemaJson.PropertyNames(documentReference), SchemaJson.PropertyNames(reference));
        foreach (var name in SchemaJson.PropertyNames(reference))
        {
            // The same constraints, whatever the annotations say.
            Assert.Equal(
                Constraints(SchemaJson.Resolve(documentReference.GetProperty("properties").GetProperty(name), FormatSchema.Id)),
                Constraints(SchemaJson.Resolve(reference.GetProperty("properties").GetProperty(name), FormatSchema.FollowUpId)));
        }
    }

    private static string Constraints(JsonElement schema) =>
        string.Join(",", schema.EnumerateObject().Where(k => k.Name is not ("title" or "description" or "examples")).Select(k => k.Name + "=" + k.Value.GetRawText()));

    private static void AssertSchemaOf(Part part, Type type, JsonElement schema, string where)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Assert.True(SchemaJson.TypeOf(schema) == "array", $"{where}: an array expected");
            AssertSchemaOf(part, type.GetGenericArguments()[0], schema.GetProperty("items"), where + "[]");
        }
        else if (JsonTypes.TryGetValue(type, out var jsonType))
        {
            // A string or number may be refined by a definition (id, kommunkod, year): follow it.
            Assert.True(SchemaJson.TypeOf(SchemaJson.Resolve(schema, part.ResourceId)) == jsonType, $"{where}: type {jsonType} expected");
        }
        else
        {
            var expected = part.ExpectedReference(type);
            Assert.True(SchemaJson.Reference(schema) == expected, $"{where}: $ref {expected} expected, not {SchemaJson.Reference(schema)}");
        }
    }

    /// <summary>The properties that are part of the contract: public and settable (computed ones such as <see cref="Validity.IsOpenEnded"/> are not).</summary>
    private static IEnumerable<PropertyInfo> ContractProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static Type ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? ElementType(type.GetGenericArguments()[0]) : type;
    }

    private static string JsonName(PropertyInfo property) => CamelCase(property.Name);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>One document type and its part of the schema.</summary>
    /// <param name="Name">The part's name in test cases.</param>
    /// <param name="Root">The document type.</param>
    /// <param name="ResourceId">The <c>$id</c> of the schema resource that describes it.</param>
    /// <param name="Codes">The reader's class of closed code lists for the part (<c>EnumCodes</c> fields).</param>
    /// <param name="Renamed">Types whose definition in this part is not named after the type.</param>
    /// <param name="RequiredInJsonOnly">Where JSON requiredness and C# <c>required</c> differ on purpose ("definition.property"), and why.</param>
    private sealed record Part(
        string Name,
        Type Root,
        string ResourceId,
        Type Codes,
        IReadOnlyDictionary<Type, string> Renamed,
        IReadOnlyDictionary<string, string> RequiredInJsonOnly)
    {
        /// <summary>Gets the records and enums the part defines: reachable from <see cref="Root"/> in its namespace, and the renamed ones.</summary>
        internal List<Type> ReachableTypes()
        {
            var found = new List<Type>();
            var queue = new Queue<Type>([Root]);
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
                    if ((element.Namespace == Root.Namespace || Renamed.ContainsKey(element)) && !BuildingBlocks.ContainsKey(element))
                    {
                        queue.Enqueue(element);
                    }
                }
            }

            return found;
        }

        internal Type ModelType(string name) => ReachableTypes().Single(t => t.Name == name);

        internal string DefinitionName(Type type) =>
            Renamed.TryGetValue(type, out var renamed) ? renamed : BuildingBlocks.TryGetValue(type, out var name) ? name : CamelCase(type.Name);

        /// <summary>
        /// Gets the definition of a type of the part: in its resource's <c>$defs</c>, or the resource itself when
        /// the document type is the resource (the follow-up; the agreement is <c>$defs/agreement</c> of the root).
        /// </summary>
        internal JsonElement Definition(Type type)
        {
            var resource = SchemaJson.Resource(ResourceId);
            return type == Root && resource.TryGetProperty("$defs", out var definitions) && !definitions.TryGetProperty(DefinitionName(type), out _)
                ? resource
                : SchemaJson.Definition(ResourceId, DefinitionName(type));
        }

        /// <summary>
        /// Gets the <c>$ref</c> a property of this type must have: <c>#/$defs/name</c> for the part's own types,
        /// and the agreement's building blocks by its <c>$id</c> from any other resource.
        /// </summary>
        internal string ExpectedReference(Type type)
        {
            var own = ReachableTypes().Contains(type);
            Assert.True(own || BuildingBlocks.ContainsKey(type), $"{type.Name} is neither a type of the {Name} part nor a building block");
            var local = SchemaJson.DefinitionPrefix + DefinitionName(type);
            return own || ResourceId == FormatSchema.Id ? local : FormatSchema.Id + local;
        }

        /// <summary>Gets the reader's closed code lists (<see cref="Codes"/>), by enum type.</summary>
        internal Dictionary<Type, IReadOnlyList<string>> ReaderCodeLists()
        {
            var lists = new Dictionary<Type, IReadOnlyList<string>>();
            foreach (var field in Codes.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static))
            {
                Assert.True(field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(EnumCodes<>), $"{Codes.Name}.{field.Name} is not a code list");
                var codes = field.GetValue(null)!;
                var names = (IReadOnlyList<string>)field.FieldType.GetProperty("Names", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(codes)!;
                lists.Add(field.FieldType.GetGenericArguments()[0], names);
            }

            return lists;
        }
    }

    private sealed class TypeOrder : IComparer<Type>
    {
        internal static readonly TypeOrder Instance = new();

        public int Compare(Type? x, Type? y) => string.CompareOrdinal(x?.FullName, y?.FullName);
    }
}
