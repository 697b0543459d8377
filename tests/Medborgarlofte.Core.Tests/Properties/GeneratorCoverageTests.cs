using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Generators;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Properties;

/// <summary>
/// The generators cover the whole model, checked on a fixed sample by reflection: every record type is
/// reached, every optional property is sometimes present and sometimes absent, every enum value occurs,
/// texts have several languages, strings hold the awkward characters, extensions nest and have keys with
/// <c>~</c> and <c>/</c>; and what they generate is valid for Ajv against the schema.
/// </summary>
public sealed class GeneratorCoverageTests
{
    private const int Sample = 300;

    private static readonly Lazy<Coverage> Covered = new(() =>
    {
        var coverage = new Coverage();
        foreach (var agreement in PropertyRun.Sample(AgreementGen.Agreement, Sample, salt: 20))
        {
            coverage.Visit(agreement);
        }

        foreach (var followUp in PropertyRun.Sample(FollowUpGen.Document, Sample, salt: 21))
        {
            coverage.Visit(followUp);
        }

        return coverage;
    });

    public static TheoryData<string> Properties() => [.. ModelProperties().Select(p => $"{p.DeclaringType!.Name}.{p.Name}")];

    public static TheoryData<string> Enums() => [.. ModelTypes().Where(t => t.IsEnum).Select(t => t.Name)];

    [Fact]
    public void Every_model_type_is_generated()
    {
        var missing = ModelTypes().Where(t => !t.IsEnum && !Covered.Value.Types.Contains(t)).Select(t => t.Name).ToList();

        Assert.True(missing.Count == 0, "Never generated: " + string.Join(", ", missing));
        Assert.Contains(typeof(IndicatorValue), Covered.Value.Types);
        Assert.Contains(typeof(TargetObservation), Covered.Value.Types);
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Every_property_is_generated_present_and_every_optional_one_absent_too(string property)
    {
        var (present, absent) = Covered.Value.Presence.GetValueOrDefault(property);
        var info = ModelProperties().Single(p => $"{p.DeclaringType!.Name}.{p.Name}" == property);
        var alwaysThere = info.GetCustomAttribute<RequiredMemberAttribute>() is not null || info.Name == nameof(Agreement.FormatVersion);

        Assert.True(present > 0, $"{property} is never present");
        // A required array is written even when empty ("commitments": []), so it may be empty.
        var mayBeEmpty = alwaysThere && info.PropertyType.IsGenericType;
        Assert.True(alwaysThere ? absent == 0 || mayBeEmpty : absent > 0, alwaysThere ? $"{property} is required but absent {absent} times" : $"{property} is never absent");
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_enum_value_is_generated(string name)
    {
        var type = ModelTypes().Single(t => t.Name == name);

        var missing = Enum.GetValues(type).Cast<object>().Where(v => !Covered.Value.EnumValues.Contains(v)).ToList();

        Assert.True(missing.Count == 0, $"{name}: never generated: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Texts_have_several_languages_and_strings_hold_the_awkward_characters()
    {
        var strings = Covered.Value.Strings;

        Assert.Contains(Covered.Value.Texts, t => t.Languages.Count >= 4);
        Assert.Contains(strings, s => s.Any(char.IsSurrogate));
        Assert.Contains(strings, s => s.Any(c => c < 0x20));
        Assert.Contains(strings, s => s.Contains('"', StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains('\\', StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains('\u2028', StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains('\0', StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains('å', StringComparison.Ordinal));
        Assert.All(strings, s => Assert.True(System.Text.Unicode.Utf8.IsValid(System.Text.Encoding.UTF8.GetBytes(s)) && !HasLoneSurrogate(s)));
    }

    [Fact]
    public void Extensions_nest_and_have_keys_that_need_escaping_in_a_pointer()
    {
        var keys = Covered.Value.ExtensionKeys;

        Assert.Contains(keys, k => k.Contains('~', StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains('/', StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Length == 0);
        Assert.True(Covered.Value.DeepestExtension >= 3, $"extensions nest only {Covered.Value.DeepestExtension} deep");
    }

    [Fact]
    public void Generated_agreements_are_valid_for_Ajv()
    {
        var directory = Directory.CreateTempSubdirectory("medborgarlofte-generated-");
        var files = new List<string>();
        foreach (var (agreement, i) in PropertyRun.Sample(AgreementGen.Agreement, 200, salt: 22).Select((a, i) => (a, i)))
        {
            var file = Path.Combine(directory.FullName, $"agreement-{i:D3}.json");
            File.WriteAllBytes(file, AgreementJson.WriteToUtf8Bytes(agreement));
            files.Add(file);
        }

        var verdicts = Ajv.Validate(files);

        // On failure the files are kept for a look.
        var invalid = verdicts.Where(v => !v.Value.Valid).Select(v => $"{Path.GetFileName(v.Key)}: {string.Join("; ", v.Value.Errors)}").ToList();
        Assert.Equal(files.Count, verdicts.Count);
        Assert.True(invalid.Count == 0, string.Join("\n", invalid.Take(5)) + $"\n({invalid.Count} of {files.Count} invalid; files in {directory.FullName})");
        directory.Delete(recursive: true);
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The records and enums reachable from the two document types.</summary>
    private static HashSet<Type> ModelTypes()
    {
        var found = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(Agreement), typeof(FollowUpDocument)]);
        while (queue.TryDequeue(out var type))
        {
            if (!found.Add(type) || type.IsEnum)
            {
                continue;
            }

            foreach (var property in Settable(type))
            {
                var target = Element(property.PropertyType);
                if (IsModel(target) && !found.Contains(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return found;
    }

    private static IEnumerable<PropertyInfo> ModelProperties() => ModelTypes().Where(t => !t.IsEnum).SelectMany(Settable);

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.Name != "EqualityContract");

    private static Type Element(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericTypeDefinition().Equals(typeof(Medborgarlofte.EquatableArray<>)) ? type.GetGenericArguments()[0] : type;
    }

    // The model's records sit in the root namespace beside the value types they use; those have tests of their own.
    private static bool IsModel(Type type) =>
        type.Namespace is "Medborgarlofte" or "Medborgarlofte.FollowUp" && type != typeof(ExtensionData) && type != typeof(LocalizedText);

    /// <summary>What a sample of generated documents holds.</summary>
    private sealed class Coverage
    {
        internal HashSet<Type> Types { get; } = [];

        internal Dictionary<string, (int Present, int Absent)> Presence { get; } = new(StringComparer.Ordinal);

        internal HashSet<object> EnumValues { get; } = [];

        internal List<string> Strings { get; } = [];

        internal List<LocalizedText> Texts { get; } = [];

        internal HashSet<string> ExtensionKeys { get; } = new(StringComparer.Ordinal);

        internal int DeepestExtension { get; private set; }

        internal void Visit(object value)
        {
            switch (value)
            {
                case string text:
                    Strings.Add(text);
                    return;
                case LocalizedText localized:
                    Texts.Add(localized);
                    Strings.AddRange(localized.Entries.Select(e => e.Value));
                    return;
                case ExtensionData extensions:
                    foreach (var property in extensions.Properties)
                    {
                        ExtensionKeys.Add(property.Key);
                        DeepestExtension = Math.Max(DeepestExtension, Depth(property.Value));
                    }

                    return;
                case Enum:
                    EnumValues.Add(value);
                    return;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        Visit(item);
                    }

                    return;
            }

            var type = value.GetType();
            if (!IsModel(type))
            {
                return;
            }

            Types.Add(type);
            foreach (var property in Settable(type))
            {
                var child = property.GetValue(value);
                var present = child switch
                {
                    null => false,
                    bool flag => flag,
                    ExtensionData extensions => !extensions.IsEmpty,
                    ICollection collection => collection.Count > 0,
                    IEnumerable items and not string => items.Cast<object>().Any(),
                    _ => true,
                };
                var key = $"{property.DeclaringType!.Name}.{property.Name}";
                var (p, a) = Presence.GetValueOrDefault(key);
                Presence[key] = present ? (p + 1, a) : (p, a + 1);
                if (child is not null)
                {
                    Visit(child);
                }
            }
        }

        private static int Depth(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => 1 + element.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
            JsonValueKind.Array => 1 + element.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
            _ => 0,
        };
    }
}
