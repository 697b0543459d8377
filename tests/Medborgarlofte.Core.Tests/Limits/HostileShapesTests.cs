using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Medborgarlofte.Cli;
using Medborgarlofte.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Limits;

/// <summary>
/// Reproducers 1 and 2 of issue #27, end to end through <c>medborgarlofte validate</c> and each of its output writers
/// (text, JSON, SARIF, GitHub), at the campaign's sizes: 200 000 unknown root properties, 99 999 commitments with one
/// unknown property each, a one-line file of 100 000 commitments, 300 000 rule errors. Each is bounded by what it
/// allocates and by what it writes, and is linear: twice the problems cost at most about twice as much (a ratio
/// between two sizes). Allocation and characters are counted, never time, so a busy machine cannot fail them.
/// </summary>
public sealed class HostileShapesTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Formats = ["text", "json", "sarif", "github"];
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-shapes-").FullName;

    [Fact]
    public void Reproducer_1_two_hundred_thousand_unknown_root_properties()
    {
        var small = Write("unknown-100000.json", UnknownRootProperties(100_000));
        var large = Write("unknown-200000.json", UnknownRootProperties(200_000));

        var linear = Ratio(small, large, "text");
        foreach (var format in Formats)
        {
            var run = Validate(large, format);
            Assert.Equal(1, run.Exit);
            Assert.Equal(199_000, Omitted(run.Text)); // each unknown property once: the schema's repeats are not counted
            Assert.True(run.Allocated < 40L * run.InputBytes, $"{format}: {run.Allocated:N0} bytes allocated for {run.InputBytes:N0}");
        }

        Assert.True(linear < 2.3, $"200 000 cost {linear:F2} times 100 000");
    }

    [Fact]
    public void Reproducer_1_ninety_nine_thousand_commitments_with_an_unknown_property_each()
    {
        var path = Write("commitments-99999.json", Commitments(99_999, i => $",\"okänd\":{i}"));

        var run = Validate(path, "text");

        Assert.Equal(1, run.Exit);
        Assert.Equal(98_999, Omitted(run.Text));
        Assert.True(run.Allocated < 20L * run.InputBytes, $"{run.Allocated:N0} bytes allocated for {run.InputBytes:N0}");
    }

    [Fact]
    public void Reproducer_2_a_one_line_file_of_a_hundred_thousand_commitments_in_every_output()
    {
        var small = Write("one-line-50000.json", Commitments(50_000, _ => string.Empty));
        var large = Write("one-line-100000.json", Commitments(100_000, _ => string.Empty));
        Assert.DoesNotContain((byte)'\n', File.ReadAllBytes(large));

        var linear = Ratio(small, large, "sarif");
        foreach (var format in Formats)
        {
            var run = Validate(large, format);
            Assert.Equal(0, run.Exit); // one warning per commitment (no measurable target): valid
            Assert.Equal(99_002, Omitted(run.Text)); // 100 000 and the two of every minimal agreement (ML8001, ML8003), less 1 000 listed
            Assert.True(run.Allocated < 20L * run.InputBytes, $"{format}: {run.Allocated:N0} bytes allocated for {run.InputBytes:N0}");
            Assert.True(run.Written < 2_000_000, $"{format}: {run.Written:N0} characters written");
        }

        Assert.True(linear < 2.3, $"100 000 cost {linear:F2} times 50 000");
    }

    [Fact]
    public void Three_hundred_thousand_rule_errors_through_every_output()
    {
        // Three responsible parties that do not exist per commitment: three reference errors each.
        var small = Write("errors-150000.json", Commitments(50_000, _ => string.Empty, "\"x1\",\"x2\",\"x3\""));
        var large = Write("errors-300000.json", Commitments(100_000, _ => string.Empty, "\"x1\",\"x2\",\"x3\""));

        var linear = Ratio(small, large, "json");
        foreach (var format in Formats)
        {
            var run = Validate(large, format);
            Assert.Equal(1, run.Exit);
            Assert.Equal(399_002, Omitted(run.Text)); // 300 000 errors, 100 000 warnings (no measurable target) and ML8001, ML8003
            Assert.True(run.Allocated < 20L * run.InputBytes, $"{format}: {run.Allocated:N0} bytes allocated for {run.InputBytes:N0}");
            Assert.True(run.Written < 2_000_000, $"{format}: {run.Written:N0} characters written");
        }

        Assert.True(linear < 2.3, $"300 000 errors cost {linear:F2} times 150 000");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static int Omitted(string text)
    {
        var match = Regex.Match(text, "([0-9]+) more problems were found but are not listed");
        Assert.True(match.Success, "no ML0008");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The smallest agreement with <paramref name="count"/> unknown root properties, on one line.</summary>
    private static string UnknownRootProperties(int count)
    {
        var json = new StringBuilder(OneLine(Documents.Minimal).TrimEnd('}'));
        for (var i = 0; i < count; i++)
        {
            json.Append(",\"u").Append(i).Append("\":1");
        }

        return json.Append('}').ToString();
    }

    /// <summary>The smallest agreement with <paramref name="count"/> commitments without targets (distinct texts), on one line.</summary>
    private static string Commitments(int count, Func<int, string> extra, string parties = "\"polisen\"")
    {
        var minimal = OneLine(Documents.Minimal);
        var json = new StringBuilder(minimal[..minimal.IndexOf("\"commitments\":", StringComparison.Ordinal)]).Append("\"commitments\":[");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "{" : ",{").Append("\"id\":\"c").Append(i).Append("\",\"text\":{\"sv\":\"Polisen åtar sig att genomföra kontroll nummer ")
                .Append(i).Append(".\"},\"responsibleParties\":[").Append(parties).Append(']').Append(extra(i)).Append('}');
        }

        return json.Append("]}").ToString();
    }

    private static string OneLine(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private double Ratio(string small, string large, string format)
    {
        // First use (JIT, pooled buffers growing to their size) out of the count.
        Validate(small, format);
        Validate(large, format);
        var a = Validate(small, format);
        var b = Validate(large, format);
        return (double)b.Allocated / a.Allocated;
    }

    private Run Validate(string path, string format)
    {
        using var stdout = new CountingWriter();
        using var stderr = new StringWriter();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var exit = CommandLine.Run(["validate", "--as-of", "2024-06-01", "--format", format, path], new CliConsole { Out = stdout, Error = stderr });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var run = new Run(exit, stdout.Tail.ToString() + stderr, new FileInfo(path).Length, allocated, stdout.Count);
        output.WriteLine($"{Path.GetFileName(path)} --format {format}: exit {exit}, {run.InputBytes / 1e6:F1} MB in, {allocated / 1e6:F1} MB allocated, {stdout.Count:N0} characters out");
        return run;
    }

    private sealed record Run(int Exit, string Text, long InputBytes, long Allocated, long Written);

    /// <summary>Counts what is written and keeps only the last few kilobytes (where the ML0008 line is).</summary>
    private sealed class CountingWriter : TextWriter
    {
        internal StringBuilder Tail { get; } = new();

        internal long Count { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            Count++;
            Tail.Append(value);
            Trim();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Count += count;
            Tail.Append(buffer, index, count);
            Trim();
        }

        public override void Write(string? value)
        {
            Count += value?.Length ?? 0;
            Tail.Append(value);
            Trim();
        }

        private void Trim()
        {
            if (Tail.Length > 64 * 1024)
            {
                Tail.Remove(0, Tail.Length - (16 * 1024));
            }
        }
    }
}
