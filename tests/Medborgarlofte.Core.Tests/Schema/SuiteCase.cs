using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// One test of the official suite: file, group (a schema) and test (a document and the expected validity).
/// Serializable so that xunit lists every case separately, named "file / group / test".
/// </summary>
public sealed class SuiteCase : IXunitSerializable
{
    private static readonly Dictionary<string, JsonDocument> Files = new(System.StringComparer.Ordinal);

    public SuiteCase()
    {
        File = string.Empty;
        GroupDescription = string.Empty;
        TestDescription = string.Empty;
    }

    public SuiteCase(string file, int group, int test, string groupDescription, string testDescription)
    {
        File = file;
        Group = group;
        Test = test;
        GroupDescription = groupDescription;
        TestDescription = testDescription;
    }

    /// <summary>Path below tests/draft2020-12, with forward slashes (e.g. "optional/format/date.json").</summary>
    public string File { get; private set; }

    public int Group { get; private set; }

    public int Test { get; private set; }

    public string GroupDescription { get; private set; }

    public string TestDescription { get; private set; }

    /// <summary>The group's schema.</summary>
    public JsonElement Schema => GroupElement.GetProperty("schema");

    /// <summary>The document to evaluate.</summary>
    public JsonElement Data => TestElement.GetProperty("data");

    /// <summary>Whether the suite expects the document to be valid.</summary>
    public bool Valid => TestElement.GetProperty("valid").GetBoolean();

    private JsonElement GroupElement => Load(File)[Group];

    private JsonElement TestElement => GroupElement.GetProperty("tests")[Test];

    /// <summary>Every case of the given files.</summary>
    public static IEnumerable<SuiteCase> ReadAll(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var groups = Load(file);
            for (var g = 0; g < groups.GetArrayLength(); g++)
            {
                var group = groups[g];
                var tests = group.GetProperty("tests");
                for (var t = 0; t < tests.GetArrayLength(); t++)
                {
                    yield return new SuiteCase(file, g, t, group.GetProperty("description").GetString()!, tests[t].GetProperty("description").GetString()!);
                }
            }
        }
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        File = info.GetValue<string>(nameof(File));
        Group = info.GetValue<int>(nameof(Group));
        Test = info.GetValue<int>(nameof(Test));
        GroupDescription = info.GetValue<string>(nameof(GroupDescription));
        TestDescription = info.GetValue<string>(nameof(TestDescription));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(File), File);
        info.AddValue(nameof(Group), Group);
        info.AddValue(nameof(Test), Test);
        info.AddValue(nameof(GroupDescription), GroupDescription);
        info.AddValue(nameof(TestDescription), TestDescription);
    }

    public override string ToString() => $"{File} / {GroupDescription} / {TestDescription}";

    private static JsonElement Load(string file)
    {
        lock (Files)
        {
            if (!Files.TryGetValue(file, out var document))
            {
                var path = Path.Combine(TestSuitePaths.Draft202012, file.Replace('/', Path.DirectorySeparatorChar));
                document = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
                Files[file] = document;
            }

            return document.RootElement;
        }
    }
}
