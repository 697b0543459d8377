using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>patternProperties</c>: each property whose name matches a pattern must satisfy that pattern's subschema.</summary>
internal sealed class PatternPropertiesKeyword : KeywordHandler
{
    private readonly SchemaNode[] _subschemas;

    public PatternPropertiesKeyword(SchemaNode owner, EcmaRegex[] patterns, SchemaNode[] subschemas)
        : base(owner, "patternProperties")
    {
        Patterns = patterns;
        _subschemas = subschemas;
    }

    /// <summary>The patterns, also used by <c>additionalProperties</c>.</summary>
    public EcmaRegex[] Patterns { get; }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        var index = 0;
        Span<char> buffer = stackalloc char[JsonText.StackLimit];
        foreach (var property in instance.EnumerateObject())
        {
            using var name = new PooledChars(JsonText.RawName(property), buffer);
            for (var k = 0; k < Patterns.Length; k++)
            {
                var outcome = Patterns[k].Match(name.Chars);
                if (outcome == RegexOutcome.NoMatch)
                {
                    continue;
                }

                bool ok;
                if (outcome == RegexOutcome.TimedOut)
                {
                    ok = false;
                    if (context.CollectErrors)
                    {
                        Report(context, SchemaMessages.PropertyNamePatternTimedOut(Patterns[k].Pattern, property.Name));
                    }
                }
                else
                {
                    evaluated?.Mark(index);
                    context.PushProperty(property);
                    ok = _subschemas[k].Evaluate(property.Value, context, null);
                    context.PopInstance();
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

            index++;
        }

        return valid;
    }
}
