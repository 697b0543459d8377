using System;
using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Medborgarlofte.Cli.Parsing;

/// <summary>Options whose values are checked at parse time with bilingual messages, and offered for completion.</summary>
internal static class OptionChecks
{
    /// <summary>An option taking one of <paramref name="values"/>.</summary>
    internal static Option<string> Choice(string name, string valueName, string description, params string[] values)
    {
        var option = new Option<string>(name) { HelpName = valueName, Description = description };
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && Array.IndexOf(values, value) < 0)
            {
                result.AddError($"{name} kräver {Or(values, "eller")}, inte \"{value}\" / {name} takes {Or(values, "or")}, not \"{value}\"");
            }
        });
        return option;
    }

    /// <summary>An option taking a date <c>YYYY-MM-DD</c>.</summary>
    internal static Option<string> Date(string name, string description)
    {
        var option = new Option<string>(name) { HelpName = "ÅÅÅÅ-MM-DD", Description = description };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && ParseDate(value) is null)
            {
                result.AddError($"{name} kräver ett datum ÅÅÅÅ-MM-DD / {name} takes a date YYYY-MM-DD: {value}");
            }
        });
        return option;
    }

    /// <summary>Parses a date written exactly <c>YYYY-MM-DD</c>.</summary>
    internal static LocalDate? ParseDate(string? text)
    {
        if (text is null || text.Length != 10)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : null;
    }

    private static string Or(string[] values, string word) =>
        values.Length == 1 ? values[0] : $"{string.Join(", ", values[..^1])} {word} {values[^1]}";
}
