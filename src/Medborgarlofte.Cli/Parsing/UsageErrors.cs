using System.Collections.Generic;
using System.CommandLine;
using System.IO;

namespace Medborgarlofte.Cli.Parsing;

/// <summary>
/// How every command reports a wrong command line: each problem on its own line, the nearest option or command for a
/// mistyped one, and where the help is; exit code 2.
/// </summary>
internal static class UsageErrors
{
    internal static int Write(ParseResult result, TextWriter stderr)
    {
        var command = result.CommandResult.Command;
        var unmatched = new HashSet<string>(result.UnmatchedTokens, System.StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            // The parser's own messages are in English; ours (from validators) are already bilingual.
            stderr.WriteLine(error.Message.Contains(" / ", System.StringComparison.Ordinal)
                ? error.Message
                : $"Fel användning / Usage error: {error.Message}");
        }

        foreach (var token in unmatched)
        {
            if (!token.StartsWith('-') && command.Subcommands.Count == 0)
            {
                continue;
            }

            var names = new List<string>();
            if (token.StartsWith('-'))
            {
                foreach (var option in AllOptions(result))
                {
                    names.Add(option.Name);
                }
            }
            else
            {
                foreach (var subcommand in command.Subcommands)
                {
                    names.Add(subcommand.Name);
                }
            }

            var near = Suggestions.For(token, names);
            if (near.Count > 0)
            {
                stderr.WriteLine($"Menade du / Did you mean: {string.Join(", ", near)}?");
            }
        }

        return Fail(stderr, result);
    }

    /// <summary>
    /// The first argument that looks like an option (<c>--fromat</c>) before any <c>--</c>: the parser gives it to a
    /// command's file list, where it would be looked for as a file. After <c>--</c>, <c>-x.json</c> is a file.
    /// </summary>
    internal static string? OptionLikeArgument(ParseResult result)
    {
        var files = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var argument in result.CommandResult.Command.Arguments)
        {
            if (result.CommandResult.GetResult(argument) is { } given)
            {
                files.UnionWith(given.Tokens);
            }
        }

        foreach (var token in result.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Type == System.CommandLine.Parsing.TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-'
                && files.Contains(token))
            {
                return token.Value;
            }
        }

        return null;
    }

    /// <summary>Reports an unknown option given where a file was expected; exit code 2.</summary>
    internal static int UnknownOption(ParseResult result, string token, TextWriter stderr)
    {
        stderr.WriteLine($"Okänt val / Unknown option: {token}");
        var names = new List<string>();
        foreach (var option in AllOptions(result))
        {
            names.Add(option.Name);
        }

        var near = Suggestions.For(token, names);
        if (near.Count > 0)
        {
            stderr.WriteLine($"Menade du / Did you mean: {string.Join(", ", near)}?");
        }

        return Fail(stderr, result);
    }

    /// <summary>Prints where the help is after a usage error, and returns exit code 2.</summary>
    internal static int Fail(TextWriter stderr, ParseResult result)
    {
        var path = new List<string>();
        for (var c = result.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, c.Command.Name);
        }

        path[0] = "medborgarlofte";
        stderr.WriteLine($"Se / See: {string.Join(' ', path)} --help");
        return ExitCodes.Usage;
    }

    /// <summary>Prints a usage error found by a command itself, and returns exit code 2.</summary>
    internal static int Fail(TextWriter stderr, ParseResult result, string message)
    {
        stderr.WriteLine(message);
        return Fail(stderr, result);
    }

    private static IEnumerable<Option> AllOptions(ParseResult result)
    {
        foreach (var option in result.CommandResult.Command.Options)
        {
            yield return option;
        }

        foreach (var option in result.RootCommandResult.Command.Options)
        {
            if (option.Recursive)
            {
                yield return option;
            }
        }
    }
}
