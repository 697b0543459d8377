using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Cli;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-cli-").FullName;

    [Fact]
    public void All_examples_are_OK_and_exit_zero()
    {
        var (exit, stdout, _) = Run(["validate", .. ExampleFiles.Names.Select(ExampleFiles.PathOf)]);

        Assert.Equal(0, exit);
        Assert.Equal(5, stdout.Split('\n').Count(line => line.EndsWith(": OK", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_invalid_file_prints_pointer_and_message_and_exits_one()
    {
        var bad = Write("bad.json", Documents.Minimal.Replace("\"value\": 1,", "\"value\": \"ett\",", StringComparison.Ordinal));

        var (exit, stdout, _) = Run(["validate", ExampleFiles.PathOf("svalov-2020"), bad]);

        Assert.Equal(1, exit);
        Assert.Contains(": OK", stdout, StringComparison.Ordinal);
        Assert.Contains("ML1004 error /commitments/0/targets/0/value: Fel typ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_files_and_diagnostics()
    {
        var bad = Write("bad.json", "{");

        var (exit, stdout, _) = Run(["validate", "--format", "json", bad]);

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(stdout);
        var file = report.RootElement.GetProperty("files")[0];
        Assert.False(file.GetProperty("valid").GetBoolean());
        Assert.Equal("ML0001", file.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.StartsWith("Ogiltig JSON", file.GetProperty("diagnostics")[0].GetProperty("message").GetProperty("sv").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("validate")]
    [InlineData("validate --format xml a.json")]
    [InlineData("validate --colour a.json")]
    [InlineData("frobnicate")]
    [InlineData("validate /no/such/file.json")]
    public void Usage_errors_exit_two(string commandLine)
    {
        var (exit, _, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exit);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public void Format_check_accepts_the_canonical_examples()
    {
        var (exit, stdout, _) = Run(["format", "--check", .. ExampleFiles.Names.Select(ExampleFiles.PathOf)]);

        Assert.Equal(0, exit);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Format_rewrites_a_file_in_canonical_form()
    {
        var file = Write("compact.json", Compact(Documents.Minimal));

        var (exit, _, _) = Run(["format", file]);

        Assert.Equal(0, exit);
        Assert.Equal(Documents.Minimal, File.ReadAllText(file));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Stdout, string Stderr) Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
