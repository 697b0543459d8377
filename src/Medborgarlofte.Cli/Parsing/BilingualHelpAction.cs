using System.CommandLine;
using System.CommandLine.Invocation;

namespace Medborgarlofte.Cli.Parsing;

/// <summary>
/// Prints the bilingual help of the command given (<c>medborgarlofte validate --help</c>) or of the whole tool,
/// then the one exit-code table every command shares.
/// </summary>
internal sealed class BilingualHelpAction(string rootHelp) : SynchronousCommandLineAction
{
    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(parseResult.CommandResult.Command is BilingualCommand command ? command.HelpText : rootHelp);
        output.WriteLine();
        output.WriteLine(ExitCodes.Table);
        return ExitCodes.Success;
    }
}
