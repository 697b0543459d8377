using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>patternProperties</c>: each property whose name matches a pattern must satisfy that pattern's subschema.
/// Driven by <see cref="ObjectPropertiesWalk"/>.
/// </summary>
internal sealed class PatternPropertiesKeyword
{
    private const string Keyword = "patternProperties";
    private const int StackPatterns = 32;

    private readonly EcmaRegex[] _patterns;
    private readonly SchemaNode[] _subschemas;

    public PatternPropertiesKeyword(SchemaNode owner, EcmaRegex[] patterns, SchemaNode[] subschemas)
    {
        Owner = owner;
        _patterns = patterns;
        _subschemas = subschemas;
    }

    /// <summary>The schema object the keyword belongs to.</summary>
    public SchemaNode Owner { get; }

    /// <summary>
    /// Evaluates the property against every subschema whose pattern matches its name. <paramref name="matched"/>
    /// tells <c>additionalProperties</c> whether a pattern applied (a timed-out match counts, so the property is
    /// reported once, here).
    /// </summary>
    public bool EvaluateProperty(JsonProperty property, int position, EvaluationContext context, out bool matched)
    {
        // Match every pattern before evaluating any subschema: those reuse the context's text buffer.
        var name = JsonText.Decoded(JsonText.RawName(property));
        Span<RegexOutcome> outcomes = _patterns.Length <= StackPatterns ? stackalloc RegexOutcome[StackPatterns] : new RegexOutcome[_patterns.Length];
        matched = false;
        for (var k = 0; k < _patterns.Length; k++)
        {
            outcomes[k] = _patterns[k].Match(name);
            matched |= outcomes[k] != RegexOutcome.NoMatch;
        }

        if (!matched)
        {
            return true;
        }

        var valid = true;
        for (var k = 0; k < _patterns.Length; k++)
        {
            bool ok;
            switch (outcomes[k])
            {
                case RegexOutcome.NoMatch:
                    continue;
                case RegexOutcome.TimedOut:
                    ok = false;
                    if (context.CollectErrors)
                    {
                        context.Report(Owner, Keyword, SchemaMessages.PropertyNamePatternTimedOut(_patterns[k].Pattern, property.Name));
                    }

                    break;
                default:
                    context.Push(position);
                    ok = _subschemas[k].Evaluate(property.Value, context, null);
                    context.PopInstance();
                    break;
            }

            if (!ok)
            {
                valid = false;
                if (!context.CollectErrors)
                {
                    return false;
                }
            }
        }

        return valid;
    }
}
