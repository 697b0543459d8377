using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>required</c>: every listed property is present; one error per missing property.</summary>
/// <remarks>
/// Short lists probe the object once per name; longer lists walk the object once and tick names off in a
/// stack bit set, so the cost is one hash lookup per property instead of names × properties comparisons.
/// </remarks>
internal sealed class RequiredKeyword : KeywordHandler
{
    private const int ProbeLimit = 4;

    private readonly Utf8NameTable _names;

    public RequiredKeyword(SchemaNode owner, Utf8NameTable names)
        : base(owner, "required")
    {
        _names = names;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override int Order => 5;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var count = _names.Names.Count;
        if (count <= ProbeLimit)
        {
            var valid = true;
            for (var i = 0; i < count; i++)
            {
                if (!instance.TryGetProperty(_names.Utf8(i), out _))
                {
                    valid = false;
                    if (!context.CollectErrors)
                    {
                        return false;
                    }

                    Report(context, SchemaMessages.Required(_names.Names[i]));
                }
            }

            return valid;
        }

        Span<bool> found = count <= 256 ? stackalloc bool[count] : new bool[count];
        var seen = 0;
        foreach (var property in instance.EnumerateObject())
        {
            var slot = _names.IndexOf(property);
            if (slot >= 0 && !found[slot])
            {
                found[slot] = true;
                seen++;
            }
        }

        if (seen == count)
        {
            return true;
        }

        if (context.CollectErrors)
        {
            for (var i = 0; i < count; i++)
            {
                if (!found[i])
                {
                    Report(context, SchemaMessages.Required(_names.Names[i]));
                }
            }
        }

        return false;
    }
}
