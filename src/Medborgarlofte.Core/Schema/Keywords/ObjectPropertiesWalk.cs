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
    private const int MaskNames = 64;
    private const int LearnedPositions = 64;

    private readonly PropertiesKeyword? _properties;
    private readonly PatternPropertiesKeyword? _patterns;
    private readonly AdditionalPropertiesKeyword? _additional;
    private readonly RequiredKeyword? _required;
    private readonly Utf8NameTable? _names;
    private readonly int[] _schemaSlot;
    private readonly int[] _requiredSlot;
    private readonly int _requiredCount;
    private readonly ulong _allRequired;

    // A name listed twice in "required" (which the specification forbids, but a schema may do) is ticked off
    // at its first position only; the later positions count as found from the start (and are not in the mask).
    private readonly bool[] _repeatedRequired;

    // Position in the object -> name slot seen there last time. Documents written by one serializer keep
    // their property order, so this is nearly always right; a wrong guess only costs one comparison.
    // Shared between threads: an int write is atomic and any value is just a hint.
    private readonly int[] _learned;

    public ObjectPropertiesWalk(
        SchemaNode owner,
        PropertiesKeyword? properties,
        PatternPropertiesKeyword? patternProperties,
        AdditionalPropertiesKeyword? additionalProperties,
        RequiredKeyword? required)
        : base(owner, "properties") // never reported under: each keyword it drives reports under its own name
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

        var repeatedRequired = Array.Empty<bool>();
        var allRequired = 0UL;
        if (required is not null)
        {
            _requiredCount = required.Names.Names.Count;
            repeatedRequired = new bool[_requiredCount];
            for (var i = 0; i < _requiredCount; i++)
            {
                var name = required.Names.Names[i];
                var isFirst = true;
                if (positions.TryGetValue(name, out var position))
                {
                    if (requiredSlots[position] < 0)
                    {
                        requiredSlots[position] = i;
                    }
                    else
                    {
                        isFirst = false;
                    }
                }
                else
                {
                    positions.Add(name, names.Count);
                    names.Add(name);
                    schemaSlots.Add(-1);
                    requiredSlots.Add(i);
                }

                if (!isFirst)
                {
                    repeatedRequired[i] = true;
                }
                else if (i < MaskNames)
                {
                    allRequired |= 1UL << i;
                }
            }
        }

        _repeatedRequired = repeatedRequired;
        _allRequired = allRequired;

        // Stryker disable all : speed only (an empty table finds nothing either way; a hint is checked before use)
        _names = names.Count == 0 ? null : new Utf8NameTable(names);
        _learned = new int[Math.Min(names.Count + 8, LearnedPositions)];
        for (var i = 0; i < _learned.Length; i++)
        {
            _learned[i] = i; // first guess: the schema's own order
        }

        // Stryker restore all
        _schemaSlot = schemaSlots.ToArray();
        _requiredSlot = requiredSlots.ToArray();
    }

    /// <summary>The <c>properties</c> keyword it drives, if any. Read by the schema code generator.</summary>
    internal PropertiesKeyword? Properties => _properties;

    /// <summary>The <c>patternProperties</c> keyword it drives, if any. Read by the schema code generator.</summary>
    internal PatternPropertiesKeyword? PatternProperties => _patterns;

    /// <summary>The <c>additionalProperties</c> keyword it drives, if any. Read by the schema code generator.</summary>
    internal AdditionalPropertiesKeyword? AdditionalProperties => _additional;

    /// <summary>The <c>required</c> keyword it drives, if any. Read by the schema code generator.</summary>
    internal RequiredKeyword? Required => _required;

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override int Order => 5;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var collect = context.CollectErrors;
        // Required names ticked off: a bit mask for up to 64 names (no stack buffer to clear), an array beyond.
        var foundMask = 0UL;
        var found = _requiredCount > MaskNames ? (bool[])_repeatedRequired.Clone() : null;
        var valid = true;
        var index = -1;
        foreach (var property in instance.Element.EnumerateObject())
        {
            index++;
            var taken = false;
            var ok = true;
            if (_names is not null)
            {
                int slot;
                if (index < _learned.Length)
                {
                    var hint = _learned[index];
                    slot = _names.IndexOf(property, hint);
                    if (slot != hint && slot >= 0)
                    {
                        _learned[index] = slot;
                    }
                }
                else
                {
                    slot = _names.IndexOf(property);
                }

                if (slot >= 0)
                {
                    var requiredSlot = _requiredSlot[slot];
                    if (requiredSlot >= 0)
                    {
                        if (found is null)
                        {
                            foundMask |= 1UL << requiredSlot;
                        }
                        else
                        {
                            found[requiredSlot] = true;
                        }
                    }

                    var schemaSlot = _schemaSlot[slot];
                    if (schemaSlot >= 0)
                    {
                        taken = true;
                        ok = _properties!.EvaluateProperty(schemaSlot, property, index, context);
                    }
                }
            }

            if (_patterns is not null && (ok || collect))
            {
                ok &= _patterns.EvaluateProperty(property, index, context, out var matched);
                taken |= matched;
            }

            if (!taken && _additional is not null && (ok || collect))
            {
                taken = true;
                ok &= _additional.EvaluateProperty(property, index, context);
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

        if (_required is not null && (found is null ? foundMask != _allRequired : Array.IndexOf(found, false) >= 0))
        {
            if (collect)
            {
                _required.ReportMissing(found ?? ToFlags(foundMask | ~_allRequired, _requiredCount), context);
            }

            return false;
        }

        return valid;
    }

    private static bool[] ToFlags(ulong mask, int count)
    {
        var flags = new bool[count];
        for (var i = 0; i < count; i++)
        {
            flags[i] = (mask & (1UL << i)) != 0;
        }

        return flags;
    }
}
