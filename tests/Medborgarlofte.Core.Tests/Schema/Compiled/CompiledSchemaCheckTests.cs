using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using Medborgarlofte.Json;
using Medborgarlofte.Json.Parsed;
using Medborgarlofte.Schema;
using Medborgarlofte.Schema.Compiled;
using Medborgarlofte.SchemaCodeGenerator;
using Medborgarlofte.Tests.Generators;
using Medborgarlofte.Tests.Properties;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Schema.Compiled;

/// <summary>
/// The compiled checks decide exactly as the interpreter does: on every example and fixture, on every single-value
/// change of the examples, and on generated documents mutated at a node. And the checked-in files are what the
/// generator writes from the embedded schema, so a changed schema cannot leave a stale check behind.
/// </summary>
public sealed class CompiledSchemaCheckTests
{
    // Values put in place of each value of an example: every JSON kind, and strings near the schema's formats.
    private static readonly string[] Replacements =
    [
        "null", "true", "0", "-1", "1.5", "2147483648", "\"\"", "\"x\"", "\"2024-02-30\"", "\"sv\"", "[]", "{}", "[null]", "{\"x\":1}",
    ];

    public static TheoryData<string> AgreementFiles() =>
        [.. ExampleFiles.Names.Select(name => "examples/" + name + ".json")
            .Concat(Fixtures.ValidFileNames().Select(name => Fixtures.Relative(Path.Combine(Fixtures.ValidDirectory, name))))
            .Concat(Fixtures.StructuralFileNames().Select(name => Fixtures.Relative(Path.Combine(Fixtures.StructuralDirectory, name))))];

    public static TheoryData<string> FollowUpFiles() =>
        [.. FollowUpExampleFiles.Pairs.Select(pair => "examples/follow-up/" + pair.FollowUp + ".json")
            .Concat(Fixtures.ValidFollowUpFileNames().Select(name => Fixtures.Relative(Path.Combine(Fixtures.ValidFollowUpDirectory, name))))
            .Concat(Fixtures.StructuralFollowUpFileNames().Select(name => Fixtures.Relative(Path.Combine(Fixtures.StructuralFollowUpDirectory, name))))];

    public static TheoryData<string> Examples() => [.. ExampleFiles.Names];

    [Fact]
    public void The_checked_in_files_are_what_the_generator_writes_from_the_embedded_schema()
    {
        foreach (var (fileName, text) in CompiledSchemaFiles.Generate())
        {
            var path = Repository.PathOf(CompiledSchemaFiles.Folder, fileName);
            Assert.True(
                string.Equals(File.ReadAllText(path), text, StringComparison.Ordinal),
                $"{fileName} is stale: run `dotnet run --project tools/Medborgarlofte.SchemaCodeGenerator -f net10.0 -p:WithoutCompiledSchemaChecks=true` from the repository's root.");
        }
    }

    [Theory]
    [MemberData(nameof(AgreementFiles))]
    public void An_agreement_file_gets_the_interpreters_verdict(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Repository.PathOf(file)));

        AssertSameVerdict(document.RootElement, FormatSchemas.Agreement, OnTape(AgreementSchemaCheck.IsValid), file);
    }

    [Theory]
    [MemberData(nameof(FollowUpFiles))]
    public void A_follow_up_file_gets_the_interpreters_verdict(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Repository.PathOf(file)));

        AssertSameVerdict(document.RootElement, FormatSchemas.FollowUp, OnTape(FollowUpSchemaCheck.IsValid), file);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_single_value_change_of_an_example_gets_the_interpreters_verdict(string example)
    {
        var (valid, invalid) = CheckEveryChange(ExampleFiles.Bytes(example), FormatSchemas.Agreement, OnTape(AgreementSchemaCheck.IsValid));

        // Both verdicts occur, so agreement is not the trivial kind.
        Assert.True(valid > 0 && invalid > 0, $"{valid} changes valid, {invalid} invalid");
    }

    [Fact]
    public void Every_single_value_change_of_a_follow_up_example_gets_the_interpreters_verdict()
    {
        foreach (var (followUp, _) in FollowUpExampleFiles.Pairs)
        {
            var bytes = File.ReadAllBytes(Repository.PathOf("examples", "follow-up", followUp + ".json"));
            var (valid, invalid) = CheckEveryChange(bytes, FormatSchemas.FollowUp, OnTape(FollowUpSchemaCheck.IsValid));
            Assert.True(valid > 0 && invalid > 0, $"{followUp}: {valid} changes valid, {invalid} invalid");
        }
    }

    [Fact]
    public void An_escaped_property_name_is_read_as_its_text()
    {
        var text = Encoding.UTF8.GetString(ExampleFiles.Bytes("bastad-2024"));
        var escaped = text.Replace("\"id\":", "\"\\u0069d\":", StringComparison.Ordinal);
        var unknown = text.Replace("\"id\":", "\"\\u0069x\":", StringComparison.Ordinal);
        Assert.NotEqual(text, escaped);

        using var same = JsonDocument.Parse(escaped);
        using var other = JsonDocument.Parse(unknown);

        Assert.True(OnTape(AgreementSchemaCheck.IsValid)(same.RootElement));
        Assert.False(OnTape(AgreementSchemaCheck.IsValid)(other.RootElement));
        AssertSameVerdict(other.RootElement, FormatSchemas.Agreement, OnTape(AgreementSchemaCheck.IsValid), "unknown name");
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Every_name_and_string_escaped_gets_the_interpreters_verdict(string example)
    {
        // Escaping a text's first character changes its bytes, not its value: the document stays valid. The same
        // text with a character added after the escape is another value, whose verdict must still be the interpreter's.
        var root = JsonNode.Parse(ExampleFiles.Bytes(example))!;
        var texts = 0;
        var refused = 0;
        for (var target = 0; ; target++)
        {
            var counter = 0;
            var escaped = EscapedJson(root, target, suffix: string.Empty, ref counter);
            if (target >= counter)
            {
                break;
            }

            texts++;
            using (var document = JsonDocument.Parse(escaped))
            {
                Assert.True(AssertSameVerdict(document.RootElement, FormatSchemas.Agreement, OnTape(AgreementSchemaCheck.IsValid), $"text {target} escaped"), $"text {target} escaped");
            }

            counter = 0;
            using var changed = JsonDocument.Parse(EscapedJson(root, target, suffix: "~", ref counter));
            refused += AssertSameVerdict(changed.RootElement, FormatSchemas.Agreement, OnTape(AgreementSchemaCheck.IsValid), $"text {target} escaped and changed") ? 0 : 1;
        }

        Assert.True(texts > 100 && refused > 20, $"{texts} texts, {refused} refused once changed");
    }

    public static TheoryData<string> ExampleNames() => [.. ExampleFiles.Names];

    // The node as JSON text with the property name or string number `target` (in document order) written with its
    // first character as a \u escape and `suffix` after that character; `counter` counts names and strings.
    private static string EscapedJson(JsonNode? node, int target, string suffix, ref int counter)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                var parts = new List<string>();
                foreach (var (name, value) in obj)
                {
                    var key = Text(name, target, suffix, ref counter);
                    parts.Add(key + ":" + EscapedJson(value, target, suffix, ref counter));
                }

                return "{" + string.Join(",", parts) + "}";
            }

            case JsonArray array:
            {
                var parts = new List<string>();
                foreach (var item in array)
                {
                    parts.Add(EscapedJson(item, target, suffix, ref counter));
                }

                return "[" + string.Join(",", parts) + "]";
            }

            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return Text(value.GetValue<string>(), target, suffix, ref counter);

            default:
                return node?.ToJsonString() ?? "null";
        }
    }

    private static string Text(string text, int target, string suffix, ref int counter)
    {
        if (counter++ != target || text.Length == 0 || char.IsSurrogate(text[0]))
        {
            return "\"" + Encoded(text) + "\"";
        }

        return "\"\\u" + ((int)text[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + suffix + Encoded(text[1..]) + "\"";

        static string Encoded(string text) => JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
    }

    [Fact]
    public void No_document_is_not_valid()
    {
        Assert.False(AgreementSchemaCheck.IsValid(default));
        Assert.False(FollowUpSchemaCheck.IsValid(default));
    }

    [Fact]
    public void A_refused_document_gets_every_error_from_the_interpreter()
    {
        var bytes = """{"formatVersion": 2, "id": "", "okänd": true}"""u8.ToArray();
        using var document = JsonDocument.Parse(bytes);
        using var parsed = JsonInput.Parse(bytes, JsonLimits.Default, new ReadContext())!;

        var result = FormatSchemas.EvaluateAgreement(parsed);

        Assert.Equal(
            FormatSchemas.Agreement.Evaluate(document.RootElement).Errors.Select(e => e.ToString()),
            result.Errors.Select(e => e.ToString()));
        Assert.True(result.Errors.Count > 3);
    }

    [Fact]
    public void A_generated_agreement_mutated_at_a_node_gets_the_interpreters_verdict() => PropertyRun.Check(
        from agreement in AgreementGen.Agreement
        from mutated in MutationGen.Nodes(AgreementJson.WriteToUtf8Bytes(agreement))
        select mutated,
        mutated =>
        {
            if (TryParse(mutated.Bytes) is { } document)
            {
                using (document)
                {
                    AssertSameVerdict(document.RootElement, FormatSchemas.Agreement, OnTape(AgreementSchemaCheck.IsValid), mutated.Description);
                }
            }
        },
        600,
        salt: 60);

    [Fact]
    public void The_generator_refuses_what_it_cannot_compile()
    {
        static string Emit(string schema) => CompiledSchemaEmitter.Emit(JsonSchema.Load(schema).Schema!, "C", "A test schema.", "0");

        Assert.Contains("patternProperties", Assert.Throws<NotSupportedException>(() => Emit("""{"patternProperties": {"^a": {"type": "string"}}}""")).Message, StringComparison.Ordinal);
        Assert.Contains("minLength", Assert.Throws<NotSupportedException>(() => Emit("""{"minLength": 1}""")).Message, StringComparison.Ordinal);
        Assert.Contains("not a string", Assert.Throws<NotSupportedException>(() => Emit("""{"enum": ["a", 1]}""")).Message, StringComparison.Ordinal);
        Assert.Contains("recursive", Assert.Throws<NotSupportedException>(() => Emit("""{"type": "object", "properties": {"child": {"$ref": "#"}}}""")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_writes_one_method_per_node_and_folds_away_what_always_passes()
    {
        var text = CompiledSchemaEmitter.Emit(
            JsonSchema.Load("""{"$defs": {"n": {"type": "integer", "minimum": 1}}, "type": "object", "properties": {"a": {"$ref": "#/$defs/n"}, "b": {"$ref": "#/$defs/n"}, "c": true}, "required": ["a"]}""").Schema!,
            "C",
            "A test schema.",
            "0");

        Assert.Contains("public static bool IsValid(TapeElement e) => e.ValueKind != JsonValueKind.Undefined && N", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.Contains("CompiledSchemaSupport.Number(\"1\")", StringComparison.Ordinal));
        var compact = string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("if (name.SequenceEqual(\"c\"u8)) { return 2; }", compact, StringComparison.Ordinal);
        Assert.Contains("case 2: { continue; }", compact, StringComparison.Ordinal);
        Assert.Contains("return found == 0x1UL;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_writes_identical_checks_once_and_names_every_place_they_serve()
    {
        // b repeats a; d repeats c once their items (which repeat a) are merged; e differs in its items.
        var text = CompiledSchemaEmitter.Emit(
            JsonSchema.Load("""{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}, "c": {"type": "array", "items": {"type": "string"}}, "d": {"type": "array", "items": {"type": "string"}}, "e": {"type": "array", "items": {"type": "boolean"}}}}""").Schema!,
            "C",
            "A test schema.",
            "0");

        var methods = text.Split('\n').Where(line => line.StartsWith("    private static bool N", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, methods.Count); // the root, its object walk's string and boolean checks, and two arrays
        Assert.Contains("/// <remarks>The same checks serve 3 more places:", text, StringComparison.Ordinal);
        Assert.Contains("/// <remarks>The same checks serve 1 more place:", text, StringComparison.Ordinal);
        foreach (var place in new[] { "/properties/b</c>", "/properties/c/items</c>", "/properties/d/items</c>", "/properties/d</c>" })
        {
            Assert.Contains(place, text, StringComparison.Ordinal);
        }

        var calls = System.Text.RegularExpressions.Regex.Matches(text, @"\bN[0-9]+\(").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(calls, call => Assert.Contains("private static bool " + call, text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_check_calls_another_checks_method_where_the_code_is_the_same()
    {
        // The follower's x and y check what the leader's a and b check (y once its items are shared); z is its own.
        var leader = CompiledSchemaEmitter.Compile(JsonSchema.Load("""{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "array", "items": {"type": "boolean"}}, "p": {"pattern": "^[0-9]+$"}}}""").Schema!);
        var follower = CompiledSchemaEmitter.Compile(JsonSchema.Load("""{"type": "object", "properties": {"x": {"type": "string"}, "y": {"type": "array", "items": {"type": "boolean"}}, "z": {"type": "integer"}, "q": {"pattern": "^[a-z]+$"}, "r": {"pattern": "^[0-9]+$"}}}""").Schema!);

        IdenticalMethodMerger.ShareWith(follower, leader, "Leader");
        var leaderText = leader.Render("Leader", "A test schema.", "0");
        var followerText = follower.Render("Follower", "A test schema.", "0");

        var shared = System.Text.RegularExpressions.Regex.Matches(followerText, @"Leader\.(N[0-9]+)\(").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(3, shared.Count); // the string, the array of booleans (its items come with it), the digits pattern
        Assert.All(shared, name => Assert.Contains("    internal static bool " + name + "(", leaderText, StringComparison.Ordinal));
        Assert.Equal(3, leaderText.Split('\n').Count(line => line.StartsWith("    internal static", StringComparison.Ordinal)));
        Assert.Contains("/properties/z</c>", followerText, StringComparison.Ordinal);
        Assert.DoesNotContain("/properties/x</c>", followerText, StringComparison.Ordinal);
        Assert.DoesNotContain("/properties/y</c>", followerText, StringComparison.Ordinal);

        // The follower keeps the pattern field its own check uses and drops the one only the shared method used.
        Assert.Contains("\"^[a-z]+$\"", followerText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"^[0-9]+$\"", followerText, StringComparison.Ordinal);
        Assert.Contains("\"^[0-9]+$\"", leaderText, StringComparison.Ordinal);
    }

    /// <summary>The generated check, which reads a tape, on the tape of an element's text.</summary>
    private static Func<JsonElement, bool> OnTape(Func<TapeElement, bool> check) => element =>
    {
        using var tape = JsonTape.Parse(JsonMarshal.GetRawUtf8Value(element).ToArray(), default)!;
        return check(tape.Root);
    };

    private static (int Valid, int Invalid) CheckEveryChange(byte[] bytes, JsonSchema schema, Func<JsonElement, bool> compiled)
    {
        var root = JsonNode.Parse(bytes)!;
        var locations = new List<object[]>();
        Collect(root, [], locations);
        var valid = 0;
        var invalid = 0;
        foreach (var location in locations)
        {
            foreach (var replacement in Replacements.Append(null))
            {
                var copy = root.DeepClone();
                var parent = copy;
                foreach (var step in location[..^1])
                {
                    parent = step is string name ? parent[name]! : parent[(int)step]!;
                }

                Change(parent, location[^1], replacement);
                using var document = JsonDocument.Parse(copy.ToJsonString());
                var what = "/" + string.Join('/', location) + " := " + (replacement ?? "(removed)");
                _ = AssertSameVerdict(document.RootElement, schema, compiled, what) ? valid++ : invalid++;
            }
        }

        return (valid, invalid);
    }

    // Every value's path from the root: property names and item indexes.
    private static void Collect(JsonNode node, object[] path, List<object[]> into)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                into.Add([.. path, name]);
                if (value is not null)
                {
                    Collect(value, [.. path, name], into);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                into.Add([.. path, i]);
                if (array[i] is { } item)
                {
                    Collect(item, [.. path, i], into);
                }
            }
        }
    }

    private static void Change(JsonNode parent, object step, string? replacement)
    {
        if (parent is JsonObject obj)
        {
            if (replacement is null)
            {
                obj.Remove((string)step);
            }
            else
            {
                obj[(string)step] = JsonNode.Parse(replacement);
            }

            return;
        }

        var array = (JsonArray)parent;
        if (replacement is null)
        {
            array.RemoveAt((int)step);
        }
        else
        {
            array[(int)step] = JsonNode.Parse(replacement);
        }
    }

    private static bool AssertSameVerdict(JsonElement element, JsonSchema schema, Func<JsonElement, bool> compiled, string what)
    {
        var interpreted = schema.IsValid(element);
        Assert.True(
            interpreted == compiled(element),
            $"The compiled check says {(interpreted ? "invalid" : "valid")}, the interpreter {(interpreted ? "valid" : "invalid")}: {what}");
        Assert.Equal(interpreted, schema.Evaluate(element).IsValid);
        return interpreted;
    }

    // Strict, as validation parses: a document with a name twice is refused before any schema check sees it.
    private static JsonDocument? TryParse(byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // JsonDocument's duplicate check throws this for a name that is a lone surrogate escape.
            return null;
        }
    }
}
