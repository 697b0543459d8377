using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// Turns a schema document into a tree of <see cref="SchemaNode"/>s with one <see cref="KeywordHandler"/> per
/// keyword, checking keyword values as it goes and collecting every problem instead of throwing.
/// </summary>
/// <remarks>
/// <para>Steps: (1) compile every schema reachable through the applicator keywords and <c>$defs</c>, registering
/// <c>$id</c> resources (resolved against the enclosing base URI, RFC 3986) and <c>$anchor</c>s; (2) resolve
/// every <c>$ref</c> against those, compiling on demand a location that is only reached by a JSON pointer (e.g.
/// inside an unknown keyword); (3) refuse in-place reference cycles, which would never terminate.</para>
/// <para>Refused rather than silently mis-evaluated: <c>$dynamicRef</c>, references that leave the document
/// (nothing is ever fetched, including metaschemas), and a <c>$schema</c> other than draft 2020-12.</para>
/// </remarks>
internal sealed class SchemaCompiler
{
    /// <summary>The only dialect supported.</summary>
    public const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    private readonly Dictionary<string, SchemaNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<SchemaNode> _nodeList = [];
    private readonly Dictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly List<PendingRef> _refs = [];
    private readonly List<SchemaLoadError> _errors = [];

    private SchemaCompiler()
    {
    }

    /// <summary>Compiles a schema document (which must stay alive as long as the result).</summary>
    public static SchemaLoadResult Compile(JsonElement document, string baseUri)
    {
        var compiler = new SchemaCompiler();
        var root = compiler.CompileSchema(document, string.Empty, string.Empty, new Scope(baseUri, string.Empty), isDocumentRoot: true);
        compiler.ResolveReferences();
        if (compiler._errors.Count == 0)
        {
            compiler.RefuseInPlaceCycles();
        }

        return compiler._errors.Count > 0
            ? new SchemaLoadResult(null, compiler._errors)
            : new SchemaLoadResult(new JsonSchema(root, document, compiler._nodeList.ToArray()), []);
    }

    private SchemaNode CompileSchema(JsonElement element, string pointer, string parentKeyword, Scope scope, bool isDocumentRoot = false)
    {
        if (_nodes.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var boolean = new SchemaNode(_nodeList.Count, pointer, AbsoluteLocation(scope, pointer), parentKeyword, element.ValueKind == JsonValueKind.True);
            _nodes[pointer] = boolean;
            _nodeList.Add(boolean);
            return boolean;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(pointer, SchemaMessages.SchemaNotObjectOrBoolean());
            var placeholder = new SchemaNode(_nodeList.Count, pointer, AbsoluteLocation(scope, pointer), parentKeyword, booleanValue: true);
            _nodes[pointer] = placeholder;
            _nodeList.Add(placeholder);
            return placeholder;
        }

        scope = EnterResource(element, pointer, scope, isDocumentRoot);
        CheckDialect(element, pointer);
        RegisterAnchor(element, pointer, scope, "$anchor");
        RegisterAnchor(element, pointer, scope, "$dynamicAnchor"); // usable by $ref like a plain $anchor

        var node = new SchemaNode(_nodeList.Count, pointer, AbsoluteLocation(scope, pointer), parentKeyword, booleanValue: null);
        _nodes[pointer] = node;
        _nodeList.Add(node);
        var handlers = new List<KeywordHandler>();
        var siblings = new Siblings();
        foreach (var property in element.EnumerateObject())
        {
            CompileKeyword(node, property.Name, property.Value, JsonPointerText.Append(pointer, property.Name), scope, handlers, ref siblings);
        }

        AddCombinedHandlers(node, handlers, siblings);
        node.SetHandlers(handlers);
        return node;
    }

    private void CompileKeyword(SchemaNode node, string keyword, JsonElement value, string pointer, Scope scope, List<KeywordHandler> handlers, ref Siblings siblings)
    {
        switch (keyword)
        {
            case "$ref":
                if (value.ValueKind == JsonValueKind.String)
                {
                    var handler = new RefKeyword(node, value.GetString()!);
                    _refs.Add(new PendingRef(handler, scope, pointer));
                    handlers.Add(handler);
                }
                else
                {
                    MustBe(pointer, keyword, "en sträng (en URI-referens)", "a string (a URI reference)");
                }

                break;
            case "$dynamicRef":
                Error(pointer, SchemaMessages.DynamicRefUnsupported());
                break;
            case "$defs":
                CompileSchemaMap(value, pointer, keyword, scope);
                break;
            case "allOf":
                AddIfCompiled(handlers, CompileSchemaArray(value, pointer, keyword, scope), s => new AllOfKeyword(node, s));
                break;
            case "anyOf":
                AddIfCompiled(handlers, CompileSchemaArray(value, pointer, keyword, scope), s => new AnyOfKeyword(node, s));
                break;
            case "oneOf":
                AddIfCompiled(handlers, CompileSchemaArray(value, pointer, keyword, scope), s => new OneOfKeyword(node, s));
                break;
            case "not":
                handlers.Add(new NotKeyword(node, CompileSchema(value, pointer, keyword, scope)));
                break;
            case "if":
                siblings.If = CompileSchema(value, pointer, keyword, scope);
                break;
            case "then":
                siblings.Then = CompileSchema(value, pointer, keyword, scope);
                break;
            case "else":
                siblings.Else = CompileSchema(value, pointer, keyword, scope);
                break;
            case "dependentSchemas":
                if (CompileSchemaMap(value, pointer, keyword, scope) is { } dependent)
                {
                    handlers.Add(new DependentSchemasKeyword(node, new Utf8NameTable(dependent.Names), dependent.Schemas));
                }

                break;
            case "prefixItems":
                siblings.PrefixItems = CompileSchemaArray(value, pointer, keyword, scope);
                break;
            case "items":
                siblings.Items = CompileSchema(value, pointer, keyword, scope);
                break;
            case "contains":
                siblings.Contains = CompileSchema(value, pointer, keyword, scope);
                break;
            case "minContains":
                siblings.MinContains = NonNegativeInteger(value, pointer, keyword);
                break;
            case "maxContains":
                siblings.MaxContains = NonNegativeInteger(value, pointer, keyword);
                break;
            case "properties":
                if (CompileSchemaMap(value, pointer, keyword, scope) is { } properties)
                {
                    siblings.Properties = new PropertiesKeyword(node, new Utf8NameTable(properties.Names), properties.Schemas);
                }

                break;
            case "patternProperties":
                siblings.PatternProperties = CompilePatternProperties(node, value, pointer, scope);
                break;
            case "additionalProperties":
                siblings.AdditionalProperties = new AdditionalPropertiesKeyword(node, CompileSchema(value, pointer, keyword, scope));
                break;
            case "required":
                if (StringArray(value, pointer, keyword) is { Count: > 0 } required)
                {
                    siblings.Required = new RequiredKeyword(node, new Utf8NameTable(required));
                }

                break;
            case "propertyNames":
                handlers.Add(new PropertyNamesKeyword(node, CompileSchema(value, pointer, keyword, scope)));
                break;
            case "unevaluatedProperties":
                handlers.Add(new UnevaluatedPropertiesKeyword(node, CompileSchema(value, pointer, keyword, scope)));
                break;
            case "unevaluatedItems":
                handlers.Add(new UnevaluatedItemsKeyword(node, CompileSchema(value, pointer, keyword, scope)));
                break;
            default:
                if (CompileAssertion(node, keyword, value, pointer) is { } assertion)
                {
                    handlers.Add(assertion);
                }

                break;
        }
    }

    // The validation vocabulary and format; null for annotations, unknown keywords and invalid values.
    private KeywordHandler? CompileAssertion(SchemaNode node, string keyword, JsonElement value, string pointer)
    {
        switch (keyword)
        {
            case "type":
                return CompileType(node, value, pointer);
            case "enum":
                return CompileEnum(node, value, pointer);
            case "const":
                return new ConstKeyword(node, value);
            case "multipleOf":
                if (value.ValueKind == JsonValueKind.Number && SchemaNumber.ReadDouble(value) > 0)
                {
                    return new MultipleOfKeyword(node, SchemaNumber.From(value));
                }

                MustBe(pointer, keyword, "ett tal större än 0", "a number greater than 0");
                return null;
            case "maximum":
                return Number(value, pointer, keyword) is { } max ? new MaximumKeyword(node, max) : null;
            case "exclusiveMaximum":
                return Number(value, pointer, keyword) is { } exMax ? new ExclusiveMaximumKeyword(node, exMax) : null;
            case "minimum":
                return Number(value, pointer, keyword) is { } min ? new MinimumKeyword(node, min) : null;
            case "exclusiveMinimum":
                return Number(value, pointer, keyword) is { } exMin ? new ExclusiveMinimumKeyword(node, exMin) : null;
            case "maxLength":
                return NonNegativeInteger(value, pointer, keyword) is { } maxLength ? new MaxLengthKeyword(node, maxLength) : null;
            case "minLength":
                return NonNegativeInteger(value, pointer, keyword) is { } minLength ? new MinLengthKeyword(node, minLength) : null;
            case "pattern":
                if (value.ValueKind != JsonValueKind.String)
                {
                    MustBe(pointer, keyword, "en sträng", "a string");
                    return null;
                }

                return Regex(value.GetString()!, pointer) is { } regex ? new PatternKeyword(node, regex) : null;
            case "maxItems":
                return NonNegativeInteger(value, pointer, keyword) is { } maxItems ? new MaxItemsKeyword(node, maxItems) : null;
            case "minItems":
                return NonNegativeInteger(value, pointer, keyword) is { } minItems ? new MinItemsKeyword(node, minItems) : null;
            case "uniqueItems":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    MustBe(pointer, keyword, "true eller false", "true or false");
                    return null;
                }

                return value.ValueKind == JsonValueKind.True ? new UniqueItemsKeyword(node) : null;
            case "maxProperties":
                return NonNegativeInteger(value, pointer, keyword) is { } maxProperties ? new MaxPropertiesKeyword(node, maxProperties) : null;
            case "minProperties":
                return NonNegativeInteger(value, pointer, keyword) is { } minProperties ? new MinPropertiesKeyword(node, minProperties) : null;
            case "dependentRequired":
                return CompileDependentRequired(node, value, pointer);
            case "format":
                if (value.ValueKind != JsonValueKind.String)
                {
                    MustBe(pointer, keyword, "en sträng", "a string");
                    return null;
                }

                var name = value.GetString()!;
                return FormatKeyword.Lookup(name) is { } format ? new FormatKeyword(node, format, name) : null;
            default:
                // $id, $schema, $anchor, $dynamicAnchor, $comment, $vocabulary and annotations (title, default, ...)
                // are handled elsewhere or have no effect on validity; unknown keywords are ignored.
                return null;
        }
    }

    private static void AddCombinedHandlers(SchemaNode node, List<KeywordHandler> handlers, Siblings siblings)
    {
        if (siblings.If is not null)
        {
            handlers.Add(new IfThenElseKeyword(node, siblings.If, siblings.Then, siblings.Else));
        }

        if (siblings.PrefixItems is not null)
        {
            handlers.Add(new PrefixItemsKeyword(node, siblings.PrefixItems));
        }

        if (siblings.Items is not null)
        {
            handlers.Add(new ItemsKeyword(node, siblings.Items, siblings.PrefixItems?.Length ?? 0));
        }

        if (siblings.Contains is not null)
        {
            handlers.Add(new ContainsKeyword(node, siblings.Contains, siblings.MinContains, siblings.MaxContains));
        }

        if (siblings.Properties is not null || siblings.PatternProperties is not null || siblings.AdditionalProperties is not null || siblings.Required is not null)
        {
            handlers.Add(new ObjectPropertiesWalk(node, siblings.Properties, siblings.PatternProperties, siblings.AdditionalProperties, siblings.Required));
        }
    }

    private Scope EnterResource(JsonElement element, string pointer, Scope scope, bool isDocumentRoot)
    {
        if (element.TryGetProperty("$id", out var id))
        {
            if (id.ValueKind != JsonValueKind.String)
            {
                MustBe(JsonPointerText.Append(pointer, "$id"), "$id", "en sträng (en URI-referens)", "a string (a URI reference)");
            }
            else
            {
                var text = id.GetString()!;
                var uri = UriReference.WithoutFragment(UriReference.Resolve(scope.BaseUri, text), out var fragment);
                if (!string.IsNullOrEmpty(fragment))
                {
                    Error(JsonPointerText.Append(pointer, "$id"), SchemaMessages.IdWithFragment(text));
                }
                else
                {
                    scope = new Scope(uri, pointer);
                    RegisterResource(uri, pointer, element);
                    return scope;
                }
            }
        }

        if (isDocumentRoot)
        {
            RegisterResource(scope.BaseUri, pointer, element);
        }

        return scope;
    }

    private void RegisterResource(string uri, string pointer, JsonElement element)
    {
        if (_resources.TryGetValue(uri, out var existing) && !string.Equals(existing.Pointer, pointer, StringComparison.Ordinal))
        {
            Error(pointer, SchemaMessages.DuplicateId(uri));
            return;
        }

        _resources[uri] = new Resource(uri, pointer, element);
    }

    private void CheckDialect(JsonElement element, string pointer)
    {
        if (!element.TryGetProperty("$schema", out var dialect))
        {
            return;
        }

        var text = dialect.ValueKind == JsonValueKind.String ? dialect.GetString()! : dialect.GetRawText();
        if (!string.Equals(text.TrimEnd('#'), Draft202012, StringComparison.Ordinal))
        {
            Error(JsonPointerText.Append(pointer, "$schema"), SchemaMessages.UnsupportedDialect(text));
        }
    }

    private void RegisterAnchor(JsonElement element, string pointer, Scope scope, string keyword)
    {
        if (!element.TryGetProperty(keyword, out var anchor))
        {
            return;
        }

        var name = anchor.ValueKind == JsonValueKind.String ? anchor.GetString()! : string.Empty;
        if (!IsAnchorName(name))
        {
            Error(JsonPointerText.Append(pointer, keyword), SchemaMessages.InvalidAnchor(anchor.GetRawText()));
            return;
        }

        var key = scope.BaseUri + "#" + name;
        if (_anchors.TryGetValue(key, out var existing) && !string.Equals(existing, pointer, StringComparison.Ordinal))
        {
            Error(JsonPointerText.Append(pointer, keyword), SchemaMessages.DuplicateId(key));
            return;
        }

        _anchors[key] = pointer;
    }

    private void ResolveReferences()
    {
        // Resolving may compile further locations (and so add references): iterate by index.
        for (var i = 0; i < _refs.Count; i++)
        {
            var pending = _refs[i];
            var reference = pending.Handler.Reference;
            var absolute = UriReference.Resolve(pending.Scope.BaseUri, reference);
            var uri = UriReference.WithoutFragment(absolute, out var fragment);
            if (!_resources.TryGetValue(uri, out var resource))
            {
                Error(pending.Pointer, IsMetaschema(uri) ? SchemaMessages.MetaschemaRef(reference) : SchemaMessages.UnresolvableRef(reference, absolute));
                continue;
            }

            SchemaNode? target = null;
            if (string.IsNullOrEmpty(fragment))
            {
                target = _nodes[resource.Pointer];
            }
            else if (fragment[0] == '/')
            {
                target = ResolvePointer(resource, fragment);
            }
            else if (_anchors.TryGetValue(uri + "#" + fragment, out var anchorPointer))
            {
                target = _nodes[anchorPointer];
            }

            if (target is null)
            {
                Error(pending.Pointer, SchemaMessages.UnresolvableRef(reference, absolute));
                continue;
            }

            pending.Handler.Target = target;
        }
    }

    private SchemaNode? ResolvePointer(Resource resource, string fragment)
    {
        if (!JsonPointerText.TryPercentDecode(fragment, out var pointer))
        {
            return null;
        }

        var element = resource.Element;
        var documentPointer = resource.Pointer;
        foreach (var rawToken in pointer[1..].Split('/'))
        {
            if (!JsonPointerText.TryUnescapeToken(rawToken, out var token))
            {
                return null;
            }

            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(token, out var child))
            {
                element = child;
                documentPointer = JsonPointerText.Append(documentPointer, token);
            }
            else if (element.ValueKind == JsonValueKind.Array && IsArrayIndex(token, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
                documentPointer = JsonPointerText.Append(documentPointer, index);
            }
            else
            {
                return null;
            }
        }

        if (_nodes.TryGetValue(documentPointer, out var node))
        {
            return node;
        }

        // A location no applicator leads to (e.g. inside an unknown keyword): compile it now, in the scope
        // of the resource the pointer starts from.
        return CompileSchema(element, documentPointer, string.Empty, new Scope(resource.Uri, resource.Pointer));
    }

    private void RefuseInPlaceCycles()
    {
        // Depth-first search over "evaluates the same instance" edges; a back edge is an endless loop.
        var state = new Dictionary<SchemaNode, bool>(ReferenceEqualityComparer.Instance); // false = on stack, true = done
        var children = new List<SchemaNode>();
        foreach (var node in _nodes.Values)
        {
            if (!state.ContainsKey(node) && FindCycle(node, state, children) is { } looping)
            {
                Error(looping.DocumentPointer, SchemaMessages.RefLoop("#" + looping.DocumentPointer));
                return;
            }
        }
    }

    private static SchemaNode? FindCycle(SchemaNode node, Dictionary<SchemaNode, bool> state, List<SchemaNode> scratch)
    {
        state[node] = false;
        scratch.Clear();
        foreach (var handler in node.Handlers)
        {
            handler.AddInPlaceSubschemas(scratch);
        }

        foreach (var child in scratch.ToArray())
        {
            if (state.TryGetValue(child, out var done))
            {
                if (!done)
                {
                    return child;
                }

                continue;
            }

            if (FindCycle(child, state, scratch) is { } looping)
            {
                return looping;
            }
        }

        state[node] = true;
        return null;
    }

    private SchemaNode[]? CompileSchemaArray(JsonElement value, string pointer, string keyword, Scope scope)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            MustBe(pointer, keyword, "en icke-tom lista av scheman", "a non-empty array of schemas");
            return null;
        }

        var schemas = new SchemaNode[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            schemas[i] = CompileSchema(item, JsonPointerText.Append(pointer, i), keyword, scope);
            i++;
        }

        return schemas;
    }

    private SchemaMap? CompileSchemaMap(JsonElement value, string pointer, string keyword, Scope scope)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            MustBe(pointer, keyword, "ett objekt vars värden är scheman", "an object whose values are schemas");
            return null;
        }

        var names = new List<string>();
        var schemas = new List<SchemaNode>();
        foreach (var property in value.EnumerateObject())
        {
            names.Add(property.Name);
            schemas.Add(CompileSchema(property.Value, JsonPointerText.Append(pointer, property.Name), keyword, scope));
        }

        return new SchemaMap(names, schemas.ToArray());
    }

    private PatternPropertiesKeyword? CompilePatternProperties(SchemaNode node, JsonElement value, string pointer, Scope scope)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            MustBe(pointer, "patternProperties", "ett objekt vars värden är scheman", "an object whose values are schemas");
            return null;
        }

        var patterns = new List<EcmaRegex>();
        var schemas = new List<SchemaNode>();
        foreach (var property in value.EnumerateObject())
        {
            var propertyPointer = JsonPointerText.Append(pointer, property.Name);
            var schema = CompileSchema(property.Value, propertyPointer, "patternProperties", scope);
            if (Regex(property.Name, propertyPointer) is { } regex)
            {
                patterns.Add(regex);
                schemas.Add(schema);
            }
        }

        return new PatternPropertiesKeyword(node, patterns.ToArray(), schemas.ToArray());
    }

    private TypeKeyword? CompileType(SchemaNode node, JsonElement value, string pointer)
    {
        var names = new List<string>();
        if (value.ValueKind == JsonValueKind.String)
        {
            names.Add(value.GetString()!);
        }
        else if (value.ValueKind == JsonValueKind.Array && StringArray(value, pointer, "type") is { Count: > 0 } list)
        {
            names.AddRange(list);
        }
        else
        {
            MustBe(pointer, "type", "ett typnamn eller en lista av typnamn", "a type name or an array of type names");
            return null;
        }

        var kinds = InstanceKinds.None;
        var integer = false;
        foreach (var name in names)
        {
            switch (name)
            {
                case "object":
                    kinds |= InstanceKinds.Object;
                    break;
                case "array":
                    kinds |= InstanceKinds.Array;
                    break;
                case "string":
                    kinds |= InstanceKinds.String;
                    break;
                case "number":
                    kinds |= InstanceKinds.Number;
                    break;
                case "integer":
                    integer = true;
                    break;
                case "boolean":
                    kinds |= InstanceKinds.Boolean;
                    break;
                case "null":
                    kinds |= InstanceKinds.Null;
                    break;
                default:
                    Error(pointer, SchemaMessages.UnknownType(name));
                    return null;
            }
        }

        return new TypeKeyword(node, kinds, integer, names);
    }

    private EnumKeyword? CompileEnum(SchemaNode node, JsonElement value, string pointer)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            MustBe(pointer, "enum", "en lista", "an array");
            return null;
        }

        var strings = new List<string>();
        var others = new List<JsonElement>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                strings.Add(item.GetString()!);
            }
            else
            {
                others.Add(item);
            }
        }

        return new EnumKeyword(node, value, new Utf8NameTable(strings), others.ToArray());
    }

    private DependentRequiredKeyword? CompileDependentRequired(SchemaNode node, JsonElement value, string pointer)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            MustBe(pointer, "dependentRequired", "ett objekt vars värden är listor av egenskapsnamn", "an object whose values are arrays of property names");
            return null;
        }

        var names = new List<string>();
        var required = new List<Utf8NameTable>();
        foreach (var property in value.EnumerateObject())
        {
            if (StringArray(property.Value, JsonPointerText.Append(pointer, property.Name), "dependentRequired") is { } list)
            {
                names.Add(property.Name);
                required.Add(new Utf8NameTable(list));
            }
        }

        return new DependentRequiredKeyword(node, new Utf8NameTable(names), required.ToArray());
    }

    private EcmaRegex? Regex(string pattern, string pointer)
    {
        if (EcmaRegex.TryCreate(pattern, out var regex, out var error))
        {
            return regex;
        }

        Error(pointer, error);
        return null;
    }

    private SchemaNumber? Number(JsonElement value, string pointer, string keyword)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return SchemaNumber.From(value);
        }

        MustBe(pointer, keyword, "ett tal", "a number");
        return null;
    }

    private long? NonNegativeInteger(JsonElement value, string pointer, string keyword)
    {
        if (value.ValueKind == JsonValueKind.Number && SchemaNumber.IsInteger(JsonMarshal.GetRawUtf8Value(value)))
        {
            var number = SchemaNumber.ReadDouble(value);
            if (number >= 0)
            {
                return number >= long.MaxValue ? long.MaxValue : (long)number;
            }
        }

        MustBe(pointer, keyword, "ett icke-negativt heltal", "a non-negative integer");
        return null;
    }

    private List<string>? StringArray(JsonElement value, string pointer, string keyword)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var list = new List<string>(value.GetArrayLength());
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    list = null;
                    break;
                }

                list.Add(item.GetString()!);
            }

            if (list is not null)
            {
                return list;
            }
        }

        MustBe(pointer, keyword, "en lista av strängar", "an array of strings");
        return null;
    }

    private static void AddIfCompiled(List<KeywordHandler> handlers, SchemaNode[]? schemas, Func<SchemaNode[], KeywordHandler> create)
    {
        if (schemas is not null)
        {
            handlers.Add(create(schemas));
        }
    }

    private static string AbsoluteLocation(Scope scope, string pointer) =>
        scope.BaseUri + "#" + JsonPointerText.ToUriFragment(pointer.StartsWith(scope.ResourcePointer, StringComparison.Ordinal) ? pointer[scope.ResourcePointer.Length..] : pointer);

    private static bool IsMetaschema(string uri) =>
        uri.StartsWith("https://json-schema.org/", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("http://json-schema.org/", StringComparison.OrdinalIgnoreCase);

    private static bool IsAnchorName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsArrayIndex(string token, out int index)
    {
        index = 0;
        return token.Length > 0 && (token.Length == 1 || token[0] != '0')
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    private void MustBe(string pointer, string keyword, string swedish, string english) =>
        Error(pointer, SchemaMessages.KeywordMustBe(keyword, swedish, english));

    private void Error(string pointer, SchemaMessage message) => _errors.Add(new SchemaLoadError(pointer, message));

    /// <summary>The base URI in force and the document pointer of the resource it identifies.</summary>
    private readonly record struct Scope(string BaseUri, string ResourcePointer);

    /// <summary>A schema resource: the document root or a schema with <c>$id</c>.</summary>
    private sealed record Resource(string Uri, string Pointer, JsonElement Element);

    private sealed record PendingRef(RefKeyword Handler, Scope Scope, string Pointer);

    private sealed record SchemaMap(List<string> Names, SchemaNode[] Schemas);

    /// <summary>Keywords that act together and are built after the whole schema object has been read.</summary>
    private struct Siblings
    {
        public SchemaNode? If;
        public SchemaNode? Then;
        public SchemaNode? Else;
        public SchemaNode[]? PrefixItems;
        public SchemaNode? Items;
        public SchemaNode? Contains;
        public long? MinContains;
        public long? MaxContains;
        public PropertiesKeyword? Properties;
        public PatternPropertiesKeyword? PatternProperties;
        public AdditionalPropertiesKeyword? AdditionalProperties;
        public RequiredKeyword? Required;
    }
}
