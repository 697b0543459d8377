using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.Json.Shapes;
using NodaTime;
using static Medborgarlofte.Tests.Generators.GenParts;

namespace Medborgarlofte.Tests.Generators;

/// <summary>
/// Records made from the model's declarations (<c>Commitment.Shape</c>): each property comes from a generator the
/// caller names for it, or else from its kind (a text, a list of texts, a code, an integer within its bounds, an
/// object of its own shape …), optional ones sometimes absent. A property added to a record is generated without a
/// word here; only properties whose values mean something across the document (ids, references, codes of open
/// lists, dates within the validity) are named by the caller.
/// </summary>
internal static class ShapeGen
{
    /// <summary>A record of <paramref name="shape"/>, <paramref name="given"/> naming the generators of some properties.</summary>
    internal static Gen<T> Of<T>(JsonShape<T> shape, params (string Name, Gen<object?> Value)[] given)
        where T : class => Any(shape, given).Select(value => (T)value);

    /// <summary>A generator of any property value, for <see cref="Of{T}"/>.</summary>
    internal static Gen<object?> Value<T>(Gen<T> gen) => gen.Select(value => (object?)value);

    private static Gen<object> Any(IJsonShape shape, (string Name, Gen<object?> Value)[] given)
    {
        var unknown = given.Select(g => g.Name).Except(shape.Fields.Select(f => f.Name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"{shape.Type.Name} declares no {string.Join(", ", unknown)}.", nameof(given));
        }

        var generators = shape.Fields
            .Select((field, i) => given.FirstOrDefault(g => g.Name == field.Name).Value ?? ByKind(shape, field, shape.IsRequired(i)))
            .ToArray();
        return Gen.CollectToArray(generators, g => g).Select(values => Build(shape, values));
    }

    private static Gen<object?> ByKind(IJsonShape shape, IJsonField field, bool required)
    {
        Gen<object?> Maybe(Gen<object?> gen) => required ? gen : Gen.Frequency((1, Gen.Constant<object?>(null)), (2, gen));
        return field.Kind switch
        {
            FieldKind.FormatVersion => Value(Gen.Constant(Medborgarlofte.Agreement.CurrentFormatVersion)),
            FieldKind.Id => Value(Id),
            FieldKind.String => Maybe(Value(TextGen.String)),
            FieldKind.Text => Maybe(Value(TextGen.Localized)),
            FieldKind.Texts => Value(ArrayOf(TextGen.Localized, 3)),
            FieldKind.Strings => Value(ArrayOf(TextGen.String, 3)),
            FieldKind.Code => Maybe(Value(Gen.Choose(0, field.Codes!.Count - 1))),
            FieldKind.Integer => Maybe(Value(Integer(field.Range!.Value))),
            FieldKind.Number => Maybe(Value(AgreementGen.AnyNumber)),
            FieldKind.Boolean => Value(Gen.Elements(false, true)),
            FieldKind.Date => Maybe(Value(GenParts.Date)),
            FieldKind.Interval => Maybe(Value(GenParts.Interval)),
            FieldKind.Object => Maybe(Any(field.Shape!, []).Select(value => (object?)value)),
            FieldKind.Array => Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(Any(field.Shape!, []), count)).Select(items => (object?)Typed(field.Shape!.Type, items)),
            FieldKind.Extensions => Value(JsonGen.Extensions),
            _ => throw new ArgumentException($"{shape.Type.Name}.{field.Name} refers to other elements or to a code list: its generator must be named.", nameof(field)),
        };
    }

    private static Gen<int> Integer((int Minimum, int Maximum) range) =>
        Gen.Frequency((6, Gen.Choose(range.Minimum, Math.Min(range.Maximum, Math.Max(range.Minimum, 2040)))), (1, Gen.Elements(range.Minimum, range.Maximum)));

    private static Array Typed(Type type, object[] items)
    {
        var typed = Array.CreateInstance(type, items.Length);
        items.CopyTo(typed, 0);
        return typed;
    }

    private static object Build(IJsonShape shape, object?[] values)
    {
        var slots = new FieldValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            ref var slot = ref slots[i];
            slot.Present = slot.HasValue = true;
            switch (value)
            {
                case Enum code: Unsafe.As<decimal, int>(ref slot.Bits) = Convert.ToInt32(code, System.Globalization.CultureInfo.InvariantCulture); break;
                case int number: Unsafe.As<decimal, int>(ref slot.Bits) = number; break;
                case decimal number: slot.Bits = number; break;
                case bool flag: Unsafe.As<decimal, bool>(ref slot.Bits) = flag; break;
                case LocalDate date: Unsafe.As<decimal, LocalDate>(ref slot.Bits) = date; break;
                case System.Collections.IEnumerable list when value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(EquatableArray<>):
                    slot.Reference = Typed(type.GetGenericArguments()[0], list.Cast<object>().ToArray());
                    break;
                default: slot.Reference = value; break;
            }
        }

        return shape.Build(slots);
    }
}
