using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// One pass over an object for the keywords of a schema object that look at its properties:
/// <c>properties</c>, <c>patternProperties</c>, <c>additionalProperties</c> and <c>required</c>.
/// </summary>
/// <remarks>
/// Why one pass: enumerating an object and looking up a property name are the main costs of evaluation.
/// Each name is looked up once, in a table holding both the <c>properties</c> and the <c>required</c> names; the
/// keyword classes keep their own logic, messages and locations, this class only drives them. Errors come in
/// document order, then the missing required properties.
/// </remarks>
internal sealed class ObjectPropertiesWalk : KeywordHandler
{
    private const int StackNames = 64;

    private readonly PropertiesKeyword? _properties;
    private readonly PatternPropertiesKeyword? _patterns;
    private readonly AdditionalPropertiesKeyword? _additional;
    private readonly RequiredKeyword? _required;
    private readonly Utf8NameTable? _names;
    private readonly int[] _schemaSlot;
    private readonly int[] _requiredSlot;
    private readonly int _requiredCount;

    public ObjectPropertiesWalk(
        SchemaNode owner,
        PropertiesKeyword? properties,
        PatternPropertiesKeyword? patternProperties,
        AdditionalPropertiesKeyword? additionalProperties,
        RequiredKeyword? required)
        : base(owner, properties is not null ? "properties" : patternProperties is not null ? "patternProperties" : additionalProperties is not null ? "additionalProperties" : "required")
    {
        _properties = properties;
        _patterns = patternProperties;
        _additional = additionalProperties;
        _required = required;

        var names = new List<string>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var schemaSlots = new List<int>();
        var requiredSlots = new List<int>();
        if (properties is not null)
        {
            for (var i = 0; i < properties.Names.Names.Count; i++)
            {
                if (positions.TryAdd(properties.Names.Names[i], names.Count))
                {
                    names.Add(properties.Names.Names[i]);
                    schemaSlots.Add(i);
                    requiredSlots.Add(-1);
                }
            }
        }

        if (required is not null)
        {
            _requiredCount = required.Names.Names.Count;
            for (var i = 0; i < _requiredCount; i++)
            {
                var name = required.Names.Names[i];
                if (positions.TryGetValue(name, out var position))
                {
                    if (requiredSlots[position] < 0)
                    {
                        requiredSlots[position] = i;
                    }
                }
                else
                {
                    positions.Add(name, names.Count);
                    names.Add(name);
                    schemaSlots.Add(-1);
                    requiredSlots.Add(i);
                }
            }
        }

        _names = names.Count == 0 ? null : new Utf8NameTable(names);
        _schemaSlot = schemaSlots.ToArray();
        _requiredSlot = requiredSlots.ToArray();
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override int Order => 5;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var collect = context.CollectErrors;
        Span<bool> found = _requiredCount == 0 ? default : _requiredCount <= StackNames ? stackalloc bool[StackNames] : new bool[_requiredCount];
        found = found[.._requiredCount];
        var valid = true;
        var index = -1;
        foreach (var property in instance.EnumerateObject())
        {
            index++;
            var taken = false;
            var ok = true;
            if (_names is not null)
            {
                var slot = _names.IndexOf(property);
                if (slot >= 0)
                {
                    var requiredSlot = _requiredSlot[slot];
                    if (requiredSlot >= 0)
                    {
                        found[requiredSlot] = true;
                    }

                    var schemaSlot = _schemaSlot[slot];
                    if (schemaSlot >= 0)
                    {
                        taken = true;
                        ok = _properties!.EvaluateProperty(schemaSlot, property, context);
                    }
                }
            }

            if (_patterns is not null && (ok || collect))
            {
                ok &= _patterns.EvaluateProperty(property, context, out var matched);
                taken |= matched;
            }

            if (!taken && _additional is not null && (ok || collect))
            {
                taken = true;
                ok &= _additional.EvaluateProperty(property, context);
            }

            if (taken)
            {
                evaluated?.Mark(index);
            }

            if (!ok)
            {
                valid = false;
                if (!collect)
                {
                    return false;
                }
            }
        }

        if (_required is not null && found.Contains(false))
        {
            if (collect)
            {
                _required.ReportMissing(found, context);
            }

            return false;
        }

        return valid;
    }
}
