using System.CommandLine;
using Medborgarlofte.Cli.Parsing;

namespace Medborgarlofte.Cli.Commands;

/// <summary><c>schema</c>: prints the format's JSON Schema (2020-12), exactly as shipped in the library.</summary>
internal static class SchemaCommand
{
    internal const string Help = """
        medborgarlofte schema
          Skriver formatets JSON Schema (2020-12). / Prints the format's JSON Schema (2020-12).

        Val / Options:
          -h, --help             den här hjälpen / this help
        """;

    internal static Command Create(CliConsole console)
    {
        var command = new BilingualCommand("schema", "Skriver formatets JSON Schema / Prints the format's JSON Schema", Help);
        command.SetAction(_ =>
        {
            console.Out.Write(FormatSchema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
