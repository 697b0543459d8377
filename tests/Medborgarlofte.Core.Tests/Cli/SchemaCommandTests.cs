using System.IO;
using System.Text.Json;
using Medborgarlofte.Cli;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Cli;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_schema_file_and_exits_zero()
    {
        var (exit, stdout, stderr) = Run(["schema"]);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal(File.ReadAllText(Repository.PathOf("schemas", "medborgarlofte.schema.json")), stdout);
        using var schema = JsonDocument.Parse(stdout);
        Assert.Equal(FormatSchema.Id, schema.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void Schema_with_an_argument_is_a_usage_error()
    {
        var (exit, stdout, stderr) = Run(["schema", "--format", "yaml"]);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("schema", stderr, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_schema_command()
    {
        var (exit, stdout, _) = Run(["--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("medborgarlofte schema", stdout, System.StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
