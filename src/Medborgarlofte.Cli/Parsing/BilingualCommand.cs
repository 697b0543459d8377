using System.CommandLine;

namespace Medborgarlofte.Cli.Parsing;

/// <summary>A command whose <c>--help</c> is our own bilingual text (Swedish first), not the parser's English one.</summary>
internal sealed class BilingualCommand : Command
{
    internal BilingualCommand(string name, string summary, string helpText)
        : base(name, summary)
    {
        HelpText = helpText;
    }

    /// <summary>Gets the text <c>--help</c> prints for this command, before the exit-code table.</summary>
    internal string HelpText { get; }
}
