using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>
/// ML8004: values of open code lists (source types, themes, methods, channel types, follow-up
/// methods, indicator sources) are known ones. Closed lists are checked by the reader (ML1005).
/// </summary>
internal sealed class UnknownOpenCodeRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.UnknownOpenCode;

    public void Check(ValidationContext context)
    {
        var agreement = context.Agreement;
        for (var i = 0; i < context.Sources.Count; i++)
        {
            if (context.Sources[i]?.Type is { } type && CodeLists.FindSourceType(type) is null)
            {
                Report(context, JsonPointer.Append(JsonPointer.Source(i), "type"), type, "typer av underlag", "source types");
            }
        }

        for (var i = 0; i < context.Findings.Count; i++)
        {
            Themes(context, context.Findings[i]?.Themes ?? default, JsonPointer.Finding(i));
        }

        for (var i = 0; i < context.PriorityAreas.Count; i++)
        {
            Themes(context, context.PriorityAreas[i]?.Themes ?? default, JsonPointer.PriorityArea(i));
        }

        var commitments = agreement.Commitments;
        for (var i = 0; i < commitments.Count; i++)
        {
            var methods = commitments[i]?.Methods ?? default;
            for (var j = 0; j < methods.Count; j++)
            {
                if (methods[j] is { } method && CodeLists.FindMethod(method) is null)
                {
                    Report(context, JsonPointer.Item(JsonPointer.Commitment(i), "methods", j), method, "metoder", "methods");
                }
            }
        }

        var goals = agreement.Goals;
        for (var i = 0; i < goals.Count; i++)
        {
            var methods = goals[i]?.FollowUpMethods ?? default;
            for (var j = 0; j < methods.Count; j++)
            {
                if (methods[j] is { } method && CodeLists.FindSourceType(method) is null)
                {
                    Report(context, JsonPointer.Item(JsonPointer.Goal(i), "followUpMethods", j), method, "uppföljningsmetoder", "follow-up methods");
                }
            }

            if (goals[i]?.Indicator?.Source is { } source && CodeLists.FindSourceType(source) is null)
            {
                Report(context, JsonPointer.Append(JsonPointer.Append(JsonPointer.Goal(i), "indicator"), "source"), source, "källor", "sources");
            }
        }

        var channels = agreement.Communication?.Channels ?? default;
        for (var i = 0; i < channels.Count; i++)
        {
            if (channels[i]?.Type is { } type && CodeLists.FindChannelType(type) is null)
            {
                Report(context, JsonPointer.Append(JsonPointer.Channel(i), "type"), type, "kanaltyper", "channel types");
            }
        }
    }

    private static void Themes(ValidationContext context, EquatableArray<string> themes, string pointer)
    {
        for (var j = 0; j < themes.Count; j++)
        {
            if (themes[j] is { } theme && CodeLists.FindTheme(theme) is null)
            {
                Report(context, JsonPointer.Item(pointer, "themes", j), theme, "teman", "themes");
            }
        }
    }

    private static void Report(ValidationContext context, string pointer, string value, string swedish, string english) =>
        context.Report(
            pointer,
            new LocalizedText($"\"{value}\" finns inte i listan över {swedish}; listan är öppen, så värdet godtas.", $"\"{value}\" is not in the list of {english}; the list is open, so the value is accepted."),
            new LocalizedText("Använd ett värde ur listan i docs/format.md om något passar; annars kan värdet stå kvar.", "Use a value from the list in docs/format.md if one fits; otherwise the value may stay."));
}
