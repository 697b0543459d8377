using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>additionalProperties</c>: every property not named in <c>properties</c> and not matching a
/// <c>patternProperties</c> pattern of the same schema object must satisfy the subschema. Which names those
/// are is known when compiling, so no annotations are needed at run time.
/// </summary>
internal sealed class AdditionalPropertiesKeyword : KeywordHandler
{
    private readonly SchemaNode _subschema;
    private readonly Utf8NameTable? _names;
    private readonly EcmaRegex[]? _patterns;

    public AdditionalPropertiesKeyword(SchemaNode owner, SchemaNode subschema, Utf8NameTable? names, EcmaRegex[]? patterns)
        : base(owner, "additionalProperties")
    {
        _subschema = subschema;
        _names = names;
        _patterns = patterns;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    // After properties and patternProperties, so their errors come first.
    public override int Order => 60;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        var index = -1;
        Span<char> buffer = stackalloc char[_patterns is null ? 0 : JsonText.StackLimit];
        foreach (var property in instance.EnumerateObject())
        {
            index++;
            if (_names is not null && _names.IndexOf(property) >= 0)
            {
                continue;
            }

            if (_patterns is not null && MatchesAnyPattern(property, buffer))
            {
                continue;
            }

            evaluated?.Mark(index);
            if (_subschema.BooleanValue == true)
            {
                continue;
            }

            bool ok;
            if (_subschema.IsFalse)
            {
                ok = false;
                context.ReportAt(property, Owner, Keyword, SchemaMessages.PropertyNotAllowed(property.Name));
            }
            else
            {
                context.PushProperty(property);
                ok = _subschema.Evaluate(property.Value, context, null);
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

        return valid;
    }

    // A pattern that timed out counts as matching: patternProperties already reported it.
    private bool MatchesAnyPattern(JsonProperty property, Span<char> buffer)
    {
        using var name = new PooledChars(JsonText.RawName(property), buffer);
        foreach (var pattern in _patterns!)
        {
            if (pattern.Match(name.Chars) != RegexOutcome.NoMatch)
            {
                return true;
            }
        }

        return false;
    }
}
