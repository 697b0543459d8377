using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Schema;

namespace Medborgarlofte.SchemaCodeGenerator;

/// <summary>
/// Writes a compiled schema check: C# that answers "is this document valid?" for one schema, the way the
/// interpreting evaluator would, without loading or compiling the schema at run time (as Ajv's standalone code does).
/// </summary>
/// <remarks>
/// <para>The input is the interpreter's own compiled graph, so the generated code evaluates the same keywords in the
/// same order with the same helpers. It answers valid or not and stops at the first failure; the interpreter runs
/// when the answer is "not", and reports every error with its locations.</para>
/// <para>Only the keywords the format's schemas use are supported; any other keyword, a recursive schema or a
/// nesting deeper than the interpreter's limit stops generation with <see cref="NotSupportedException"/>.</para>
/// </remarks>
internal sealed class CompiledSchemaEmitter
{
    private const string Element = "e";

    private const string RawString = "var raw = e.RawBytes;";

    private static readonly JsonValueKind[] Kinds =
    [
        JsonValueKind.Object, JsonValueKind.Array, JsonValueKind.String, JsonValueKind.Number,
        JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null,
    ];

    private readonly Dictionary<(int Id, bool Name), string> _methodNames = [];
    private readonly Queue<(SchemaNode Node, bool Name)> _pending = new();
    private readonly Dictionary<string, string> _fieldsByValue = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Type, string Initializer)> _fields = [];
    private readonly StringBuilder _methods = new();
    private readonly Dictionary<string, HashSet<string>> _calls = new(StringComparer.Ordinal);
    private string _current = string.Empty;

    private CompiledSchemaEmitter()
    {
    }

    /// <summary>Writes the C# source of a static class <paramref name="className"/> with <c>IsValid(TapeElement)</c>.</summary>
    /// <param name="schema">The compiled schema.</param>
    /// <param name="className">The generated class, in namespace <c>Medborgarlofte.Schema.Compiled</c>.</param>
    /// <param name="description">One sentence for the class's summary: what the schema is.</param>
    /// <param name="sourceHash">The SHA-256 of the schema text, written in the header so a stale file is easy to see.</param>
    /// <returns>The source text.</returns>
    public static string Emit(JsonSchema schema, string className, string description, string sourceHash) =>
        Compile(schema).Render(className, description, sourceHash);

    /// <summary>Generates the check's fields and methods, identical methods merged, ready to share or write out.</summary>
    /// <param name="schema">The compiled schema.</param>
    /// <returns>The check's code.</returns>
    public static GeneratedCheck Compile(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var emitter = new CompiledSchemaEmitter();
        var rootCall = emitter.Call(schema.Root, name: false, Element);
        emitter.Drain();
        emitter.CheckDepth(rootCall);
        var check = new GeneratedCheck(emitter._fields, IdenticalMethodMerger.Split(emitter._methods.ToString()), rootCall);
        IdenticalMethodMerger.MergeWithin(check);
        return check;
    }

    // An expression that evaluates the node on `argument` (an element, or raw name bytes when `name`).
    private string Call(SchemaNode node, bool name, string argument)
    {
        if (node.BooleanValue is { } constant)
        {
            return constant ? "true" : "false";
        }

        if (node.PureRef is { } reference)
        {
            return Call(reference.Target!, name, argument);
        }

        if (node.AlwaysPasses)
        {
            return "true";
        }

        if (!_methodNames.TryGetValue((node.Id, name), out var method))
        {
            method = "N" + node.Id.ToString(CultureInfo.InvariantCulture) + (name ? "Name" : string.Empty);
            _methodNames.Add((node.Id, name), method);
            _pending.Enqueue((node, name));
        }

        Edge(method);
        return method + "(" + argument + ")";
    }

    private void Edge(string callee)
    {
        if (!_calls.TryGetValue(_current, out var callees))
        {
            _calls[_current] = callees = new HashSet<string>(StringComparer.Ordinal);
        }

        callees.Add(callee);
    }

    private void Drain()
    {
        while (_pending.Count > 0)
        {
            var (node, name) = _pending.Dequeue();
            if (name)
            {
                EmitNameMethod(node);
            }
            else
            {
                EmitElementMethod(node);
            }
        }
    }

    private void EmitElementMethod(SchemaNode node)
    {
        var method = _methodNames[(node.Id, false)];
        _current = method;
        var bodies = new List<(JsonValueKind Kind, string Body)>();
        foreach (var kind in Kinds)
        {
            var lines = new List<string>();
            var needsRaw = false;
            var ends = EmitHandlers(node, kind, name: false, lines, ref needsRaw);
            if (!ends)
            {
                lines.Add("return true;");
            }

            if (needsRaw)
            {
                lines.Insert(0, RawString);
            }

            bodies.Add((kind, string.Join("\n", lines)));
        }

        Summary(node);
        _methods.Append("    private static bool ").Append(method).Append("(TapeElement e)\n    {\n");
        var stringBody = bodies.Single(b => b.Kind == JsonValueKind.String).Body;
        if (bodies.All(b => b.Kind == JsonValueKind.String || b.Body == "return false;") && stringBody.Contains(RawString, StringComparison.Ordinal))
        {
            // Only a string can pass and its bytes are read: one look-up in the document for both, not ValueKind then the bytes.
            AppendLines("if (!e.TryRawString(out var raw))\n{\nreturn false;\n}\n\n" + stringBody.Replace(RawString + "\n", string.Empty, StringComparison.Ordinal), "        ");
            _methods.Append("    }\n");
            return;
        }

        _methods.Append("        switch (e.ValueKind)\n        {\n");
        foreach (var group in bodies.Where(b => b.Body != "return true;").GroupBy(b => b.Body, StringComparer.Ordinal))
        {
            foreach (var (kind, _) in group)
            {
                _methods.Append("            case JsonValueKind.").Append(kind).Append(":\n");
            }

            _methods.Append("            {\n");
            AppendLines(group.Key, "                ");
            _methods.Append("            }\n\n");
        }

        _methods.Append("            default:\n                return true;\n        }\n    }\n");
    }

    private void EmitNameMethod(SchemaNode node)
    {
        var method = _methodNames[(node.Id, true)];
        _current = method;
        var lines = new List<string>();
        var needsRaw = false;
        if (!EmitHandlers(node, JsonValueKind.String, name: true, lines, ref needsRaw))
        {
            lines.Add("return true;");
        }

        Summary(node, "a property name");
        _methods.Append("    private static bool ").Append(method).Append("(ReadOnlySpan<byte> raw)\n    {\n");
        AppendLines(string.Join("\n", lines), "        ");
        _methods.Append("    }\n");
    }

    private void Summary(SchemaNode node, string? on = null)
    {
        _methods.Append("\n    /// <summary><c>").Append(Xml(node.AbsoluteLocation)).Append("</c>");
        if (on is not null)
        {
            _methods.Append(", on ").Append(on);
        }

        _methods.Append(".</summary>\n");
    }

    private void AppendLines(string lines, string indent)
    {
        var depth = 0;
        foreach (var line in lines.Split('\n'))
        {
            if (line.StartsWith('}'))
            {
                depth--;
            }

            if (line.Length > 0)
            {
                _methods.Append(indent).Append(' ', depth * 4).Append(line);
            }

            _methods.Append('\n');
            if (line.EndsWith('{'))
            {
                depth++;
            }
        }
    }

    // Appends the node's checks for one kind; returns true when they end in an unconditional `return false;`.
    private bool EmitHandlers(SchemaNode node, JsonValueKind kind, bool name, List<string> lines, ref bool needsRaw)
    {
        var self = name ? "raw" : Element;
        foreach (var handler in node.HandlersFor(kind))
        {
            switch (handler)
            {
                case TypeKeyword type:
                    if (kind == JsonValueKind.Number && type.AllowsInteger)
                    {
                        lines.Add("if (!CompiledSchemaSupport.IsInteger(e))");
                        lines.Add("{");
                        lines.Add("return false;");
                        lines.Add("}");
                        lines.Add(string.Empty);
                        break;
                    }

                    lines.Add("return false;");
                    return true;

                case EnumKeyword enumeration:
                    if (enumeration.OtherValues.Count > 0)
                    {
                        throw Unsupported(node, "an enum value that is not a string");
                    }

                    if (kind != JsonValueKind.String)
                    {
                        lines.Add("return false;");
                        return true;
                    }

                    needsRaw = true;
                    var values = enumeration.Strings.Names.Distinct(StringComparer.Ordinal).ToList();
                    if (values.Any(v => v.Contains('\\', StringComparison.Ordinal)))
                    {
                        throw Unsupported(node, "an enum value with a backslash");
                    }

                    // A switch on length and bytes, as for property names; only a miss that could be an escaped value is unescaped.
                    var enumMethod = "E" + node.Id.ToString(CultureInfo.InvariantCulture);
                    EmitSlotMethod(node, enumMethod, values, "value");
                    Condition(lines, enumMethod + "(raw) < 0 && !(" + EscapedMiss("raw", values) + " && " + enumMethod + "(JsonText.Unescaped(raw)) >= 0)");
                    break;

                case ConstKeyword constant:
                    if (constant.Utf8String is null)
                    {
                        throw Unsupported(node, "a const that is not a string");
                    }

                    if (kind != JsonValueKind.String)
                    {
                        lines.Add("return false;");
                        return true;
                    }

                    needsRaw = true;
                    Condition(lines, "!CompiledSchemaSupport.StringEquals(raw, " + Literal(constant.Value.GetString()!) + "u8)");
                    break;

                case MinimumKeyword minimum:
                    Condition(lines, "CompiledSchemaSupport.Compare(e, " + Number(minimum.Limit) + ") < 0");
                    break;

                case MaximumKeyword maximum:
                    Condition(lines, "CompiledSchemaSupport.Compare(e, " + Number(maximum.Limit) + ") > 0");
                    break;

                case ExclusiveMinimumKeyword exclusiveMinimum:
                    Condition(lines, "CompiledSchemaSupport.Compare(e, " + Number(exclusiveMinimum.Limit) + ") <= 0");
                    break;

                case PatternKeyword pattern:
                    needsRaw = true;
                    var regex = Field("EcmaRegex", "CompiledSchemaSupport.Pattern(" + Literal(pattern.Regex.Pattern) + ")");
                    if (PrecompiledPatterns.Utf8ByPattern.TryGetValue(pattern.Regex.Pattern, out var utf8)
                        && utf8.Method.DeclaringType == typeof(Utf8Patterns) && utf8.Method.IsStatic)
                    {
                        // The pattern's UTF-8 loop called directly (no delegate); only a text it refuses that holds an escape is decoded.
                        Condition(lines, "!(Utf8Patterns." + utf8.Method.Name + "(raw) || CompiledSchemaSupport.MatchesEscaped(" + regex + ", raw))");
                        break;
                    }

                    Condition(lines, "!CompiledSchemaSupport.Matches(" + regex + ", raw)");
                    break;

                case FormatKeyword format:
                    needsRaw = true;
                    Condition(lines, "!CompiledSchemaSupport.HasFormat(AssertedFormat." + format.Format + ", raw)");
                    break;

                case RefKeyword reference:
                    if (Check(lines, Call(reference.Target!, name, self)))
                    {
                        return true;
                    }

                    break;

                case AllOfKeyword allOf:
                    foreach (var subschema in allOf.Subschemas)
                    {
                        if (Check(lines, Call(subschema, name, self)))
                        {
                            return true;
                        }
                    }

                    break;

                case OneOfKeyword oneOf:
                    Condition(lines, string.Join(" + ", oneOf.Subschemas.Select(s => "(" + Call(s, name, self) + " ? 1 : 0)")) + " != 1");
                    break;

                case IfThenElseKeyword conditional:
                    if (conditional.Then is null && conditional.Else is null)
                    {
                        break;
                    }

                    var condition = Call(conditional.If, name, self);
                    var then = conditional.Then is null ? "true" : Call(conditional.Then, name, self);
                    var otherwise = conditional.Else is null ? "true" : Call(conditional.Else, name, self);
                    Condition(lines, "!(" + condition + " ? " + then + " : " + otherwise + ")");
                    break;

                case ItemsKeyword items when !name:
                    if (items.Start != 0)
                    {
                        throw Unsupported(node, "prefixItems");
                    }

                    if (items.Subschema.IsFalse)
                    {
                        Condition(lines, "e.GetArrayLength() > 0");
                        break;
                    }

                    if (!items.Subschema.AlwaysPasses)
                    {
                        var call = Call(items.Subschema, name: false, "item");
                        lines.Add("foreach (var item in e.EnumerateArray())");
                        lines.Add("{");
                        Check(lines, call);
                        lines.Add("}");
                        lines.Add(string.Empty);
                    }

                    break;

                case PropertyNamesKeyword when !name && FusedPropertyNames(node) is not null:
                    // Checked in the object walk's loop instead: one pass over the properties.
                    break;

                case PropertyNamesKeyword propertyNames when !name:
                    if (propertyNames.Subschema.IsFalse)
                    {
                        Condition(lines, "CompiledSchemaSupport.HasProperties(e)");
                        break;
                    }

                    if (!propertyNames.Subschema.AlwaysPasses)
                    {
                        var call = Call(propertyNames.Subschema, name: true, "property.RawName");
                        lines.Add("foreach (var property in e.EnumerateObject())");
                        lines.Add("{");
                        Check(lines, call);
                        lines.Add("}");
                        lines.Add(string.Empty);
                    }

                    break;

                case ObjectPropertiesWalk walk when !name:
                    // Objects are one kind, and each node's element method is written once: so is its walk.
                    var walkMethod = "O" + node.Id.ToString(CultureInfo.InvariantCulture);
                    var caller = _current;
                    _current = walkMethod;
                    EmitObjectWalk(node, walk, walkMethod, FusedPropertyNames(node));
                    _current = caller;
                    Edge(walkMethod);
                    Condition(lines, "!" + walkMethod + "(e)");
                    break;

                default:
                    throw Unsupported(node, "the keyword \"" + handler.Keyword + "\"");
            }
        }

        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return false;
    }

    // The propertyNames subschema the object walk checks in its own loop: when the node has both, and the names
    // check is neither trivially true nor false. The answer is a conjunction, so where a check runs does not change it.
    private static SchemaNode? FusedPropertyNames(SchemaNode node)
    {
        var handlers = node.HandlersFor(JsonValueKind.Object);
        return handlers.Any(h => h is ObjectPropertiesWalk)
            && handlers.OfType<PropertyNamesKeyword>().FirstOrDefault() is { Subschema: { IsFalse: false, AlwaysPasses: false } subschema }
            ? subschema
            : null;
    }

    private void EmitObjectWalk(SchemaNode node, ObjectPropertiesWalk walk, string method, SchemaNode? propertyNames)
    {
        if (walk.PatternProperties is not null)
        {
            throw Unsupported(node, "patternProperties");
        }

        // Each name once: its schema (the first "properties" entry wins, as in the interpreter) and its required bit.
        var names = new List<(string Name, SchemaNode? Schema, int Bit)>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        if (walk.Properties is { } properties)
        {
            for (var i = 0; i < properties.Names.Names.Count; i++)
            {
                if (byName.TryAdd(properties.Names.Names[i], names.Count))
                {
                    names.Add((properties.Names.Names[i], properties.Subschemas[i], -1));
                }
            }
        }

        var bits = 0;
        if (walk.Required is { } required)
        {
            foreach (var requiredName in required.Names.Names)
            {
                if (!byName.TryGetValue(requiredName, out var index))
                {
                    byName.Add(requiredName, index = names.Count);
                    names.Add((requiredName, null, -1));
                }

                if (names[index].Bit < 0)
                {
                    names[index] = names[index] with { Bit = bits++ };
                }
            }
        }

        if (bits > 64)
        {
            throw Unsupported(node, "more than 64 required names");
        }

        if (names.Any(n => n.Name.Contains('\\', StringComparison.Ordinal)))
        {
            // A raw name with an escape could then equal a key byte for byte without being that name.
            throw Unsupported(node, "a property name with a backslash");
        }

        var lines = new List<string>();
        if (bits > 0)
        {
            lines.Add("var found = 0UL;");
        }

        lines.Add("foreach (var property in e.EnumerateObject())");
        lines.Add("{");
        if (names.Count > 0 || propertyNames is not null)
        {
            lines.Add("var raw = property.RawName;");
        }

        if (propertyNames is not null)
        {
            Check(lines, Call(propertyNames, name: true, "raw"));
        }

        if (names.Count > 0)
        {
            // Most names have no escape: their raw bytes are looked up first, and only a miss checks for one.
            var slotMethod = "S" + node.Id.ToString(CultureInfo.InvariantCulture);
            EmitSlotMethod(node, slotMethod, names.Select(n => n.Name).ToList());
            lines.Add("var slot = " + slotMethod + "(raw);");
            lines.Add("if (slot < 0 && " + EscapedMiss("raw", names.Select(n => n.Name)) + ")");
            lines.Add("{");
            lines.Add("slot = " + slotMethod + "(JsonText.Unescaped(raw));");
            lines.Add("}");
            lines.Add(string.Empty);
            lines.Add("switch (slot)");
            lines.Add("{");
            for (var slot = 0; slot < names.Count; slot++)
            {
                var (_, schema, bit) = names[slot];
                lines.Add("case " + slot.ToString(CultureInfo.InvariantCulture) + ":");
                lines.Add("{");
                if (bit >= 0)
                {
                    lines.Add("found |= " + Mask(1UL << bit) + ";");
                }

                if (schema is null)
                {
                    // A required name without a schema of its own: additionalProperties still applies to it.
                    lines.Add("break;");
                }
                else if (!Check(lines, Call(schema, name: false, "property.Value")))
                {
                    lines.Add("continue;");
                }

                lines.Add("}");
            }

            lines.Add("}");
        }

        if (walk.AdditionalProperties is { } additional)
        {
            if (names.Count > 0)
            {
                lines.Add(string.Empty);
            }

            Check(lines, Call(additional.Subschema, name: false, "property.Value"));
        }

        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        lines.Add("}");
        lines.Add(string.Empty);
        lines.Add(bits > 0 ? "return found == " + Mask(bits == 64 ? ulong.MaxValue : (1UL << bits) - 1) + ";" : "return true;");

        _methods.Append("\n    /// <summary><c>").Append(Xml(node.AbsoluteLocation)).Append("</c>: properties, required and additionalProperties")
            .Append(propertyNames is null ? string.Empty : ", and propertyNames").Append(".</summary>\n");
        _methods.Append("    private static bool ").Append(method).Append("(TapeElement e)\n    {\n");
        AppendLines(string.Join("\n", lines), "        ");
        _methods.Append("    }\n");
    }

    // The position of a name (unescaped UTF-8) among the object's known names, or -1: by length, then by bytes.
    // A miss on raw bytes that may still be one of the texts once unescaped. An escape is at least two bytes for one
    // character, so raw text no longer than the shortest text cannot be an escaped form of any; that skips the scan.
    private static string EscapedMiss(string raw, IEnumerable<string> texts) =>
        raw + ".Length > " + texts.Min(t => Encoding.UTF8.GetByteCount(t)).ToString(CultureInfo.InvariantCulture) + " && JsonText.HasEscapes(" + raw + ")";

    private void EmitSlotMethod(SchemaNode node, string method, List<string> names, string what = "property name")
    {
        var lines = new List<string> { "switch (name.Length)", "{" };
        foreach (var group in names.Select((name, slot) => (Name: name, Slot: slot)).GroupBy(n => Encoding.UTF8.GetByteCount(n.Name)).OrderBy(g => g.Key))
        {
            lines.Add("case " + group.Key.ToString(CultureInfo.InvariantCulture) + ":");
            lines.Add("{");
            foreach (var (name, slot) in group)
            {
                lines.Add("if (name.SequenceEqual(" + Literal(name) + "u8))");
                lines.Add("{");
                lines.Add("return " + slot.ToString(CultureInfo.InvariantCulture) + ";");
                lines.Add("}");
                lines.Add(string.Empty);
            }

            lines.Add("return -1;");
            lines.Add("}");
        }

        lines.Add("default:");
        lines.Add("{");
        lines.Add("return -1;");
        lines.Add("}");
        lines.Add("}");
        _methods.Append("\n    /// <summary>The slot of a ").Append(what).Append(" of <c>").Append(Xml(node.AbsoluteLocation)).Append("</c>, or -1.</summary>\n");
        _methods.Append("    private static int ").Append(method).Append("(ReadOnlySpan<byte> name)\n    {\n");
        AppendLines(string.Join("\n", lines), "        ");
        _methods.Append("    }\n");
    }

    private static string Mask(ulong mask) => "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";

    // `if (!call) return false;`, or nothing for "true"; returns true when the call is "false" (the code ends there).
    private static bool Check(List<string> lines, string call)
    {
        switch (call)
        {
            case "true":
                return false;
            case "false":
                lines.Add("return false;");
                return true;
            default:
                Condition(lines, "!" + call);
                return false;
        }
    }

    private static void Condition(List<string> lines, string failsWhen)
    {
        lines.Add("if (" + failsWhen + ")");
        lines.Add("{");
        lines.Add("return false;");
        lines.Add("}");
        lines.Add(string.Empty);
    }

    private string Number(SchemaNumber number) => Field("SchemaNumber", "CompiledSchemaSupport.Number(" + Literal(number.Text) + ")");

    private string Field(string type, string initializer)
    {
        var key = type + " " + initializer;
        if (_fieldsByValue.TryGetValue(key, out var field))
        {
            return field;
        }

        field = "F" + _fieldsByValue.Count.ToString(CultureInfo.InvariantCulture);
        _fieldsByValue.Add(key, field);
        _fields.Add((field, type, initializer));
        return field;
    }

    // The interpreter counts one level per node it enters; generated code recurses the same way, so a cycle could
    // recurse without bound and a long chain could pass where the interpreter stops. Neither is generated.
    private void CheckDepth(string rootCall)
    {
        var root = rootCall.Split('(')[0];
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);

        int Longest(string method)
        {
            if (longest.TryGetValue(method, out var known))
            {
                return known;
            }

            if (!onPath.Add(method))
            {
                throw new NotSupportedException("The schema is recursive (" + method + " calls itself); a compiled check is not generated for it.");
            }

            var depth = 0;
            if (_calls.TryGetValue(method, out var callees))
            {
                foreach (var callee in callees)
                {
                    depth = Math.Max(depth, Longest(callee));
                }
            }

            onPath.Remove(method);
            longest[method] = depth + 1;
            return depth + 1;
        }

        if (Longest(root) >= EvaluationContext.MaxDepth)
        {
            throw new NotSupportedException("The schema nests deeper than the evaluator's limit; a compiled check is not generated for it.");
        }
    }

    private static NotSupportedException Unsupported(SchemaNode node, string what) =>
        new("The compiled check does not support " + what + " (at " + node.AbsoluteLocation + "); extend the generator or leave the schema to the interpreter.");

    private static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
