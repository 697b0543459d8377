using System.Collections.Generic;
using System.CommandLine;
using Medborgarlofte.Cli.Parsing;

namespace Medborgarlofte.Cli.Commands;

/// <summary>The options of every command that takes several inputs: <c>--recursive</c> and <c>--stdin-name</c>.</summary>
internal sealed class InputOptions
{
    /// <summary>Gets <c>--recursive</c>: a directory's subdirectories are searched too.</summary>
    internal Option<bool> Recursive { get; } = new("--recursive", "-r") { Description = "Sök i underkataloger / Search subdirectories" };

    /// <summary>Gets <c>--stdin-name</c>: the name of standard input (<c>-</c>) in reports.</summary>
    internal Option<string> StdinName { get; } = new("--stdin-name") { HelpName = "NAMN", Description = "Namnet på standard in / The name of standard input" };

    internal void AddTo(Command command)
    {
        command.Options.Add(Recursive);
        command.Options.Add(StdinName);
    }

    /// <summary>
    /// The inputs given to <paramref name="inputs"/>, expanded (<see cref="InputExpansion"/>); on a problem prints it
    /// and returns <see langword="null"/> with exit code 2 in <paramref name="exit"/>.
    /// </summary>
    internal List<InputSource>? Resolve(ParseResult result, Argument<string[]> inputs, CliConsole console, out int exit)
    {
        exit = ExitCodes.Usage;
        var given = result.GetValue(inputs) ?? [];
        if (given.Length == 0)
        {
            exit = UsageErrors.Fail(console.Error, result, "Ange minst en fil / Give at least one file");
            return null;
        }

        return InputExpansion.Expand(given, result.GetValue(Recursive), result.GetValue(StdinName), console.Error);
    }

    /// <summary>
    /// The two inputs of <c>diff</c> and <c>report</c>, one of which may be standard input; on a problem prints it
    /// (<paramref name="what"/> says what two are wanted) and returns <see langword="null"/> with exit code 2.
    /// </summary>
    internal (InputSource First, InputSource Second)? Pair(ParseResult result, Argument<string[]> inputs, CliConsole console, string what, out int exit)
    {
        exit = ExitCodes.Usage;
        var given = result.GetValue(inputs) ?? [];
        if (given.Length != 2)
        {
            exit = UsageErrors.Fail(console.Error, result, what);
            return null;
        }

        if (given[0] == "-" && given[1] == "-")
        {
            exit = UsageErrors.Fail(console.Error, result, "Bara en fil kan vara - / Only one file can be -");
            return null;
        }

        var name = result.GetValue(StdinName) ?? InputSource.StandardInputName;
        return (Of(given[0], name), Of(given[1], name));
    }

    private static InputSource Of(string argument, string stdinName) =>
        argument == "-" ? new InputSource(stdinName, null) : new InputSource(argument, argument);
}
