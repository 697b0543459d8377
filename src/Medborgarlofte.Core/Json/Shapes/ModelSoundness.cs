using System;
using System.Collections.Generic;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using NodaTime;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// One walk over a model (an agreement or a follow-up document) built in code for what no document can hold: nulls
/// in required members and inside lists, enum values outside their code lists, dates outside years 1–9999, lone
/// surrogates. Which members to check follows from the model's declarations (<see cref="Agreement.Shape"/>).
/// Validation reports each with its pointer (the pointer its JSON would have); writing, hashing, rendering, diffing
/// and evaluation throw an <see cref="ArgumentException"/> naming the first, instead of failing somewhere inside.
/// </summary>
internal sealed class ModelSoundness
{
    private readonly JsonPointer.Path _path = new();
    private readonly List<Diagnostic>? _found;
    private readonly string? _parameter;

    private ModelSoundness(List<Diagnostic>? found, string? parameter)
    {
        _found = found;
        _parameter = parameter;
    }

    /// <summary>Adds a diagnostic for every value of the agreement that cannot be written; returns whether there was one.</summary>
    internal static bool Report(Agreement agreement, List<Diagnostic> diagnostics)
    {
        var count = diagnostics.Count;
        Agreement.Shape.Check(new ModelSoundness(diagnostics, null), agreement);
        return diagnostics.Count > count;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the pointer of the first value that cannot be written.</summary>
    internal static void ThrowIfUnsound(Agreement agreement, string parameter) =>
        Agreement.Shape.Check(new ModelSoundness(null, parameter), agreement);

    /// <summary>Throws an <see cref="ArgumentException"/> naming the pointer of the first value of a follow-up document that cannot be written.</summary>
    internal static void ThrowIfUnsound(FollowUpDocument followUp, string parameter) =>
        FollowUpDocument.Shape.Check(new ModelSoundness(null, parameter), followUp);

    internal void String(string? name, string? value, bool required)
    {
        if (value is null)
        {
            Missing(name, required);
        }
        else if (!IsWellFormed(value))
        {
            Problem(DiagnosticCodes.InvalidEncoding, name, "Texten innehåller ett ensamt surrogattecken, som JSON inte kan bära.", "The text holds a lone surrogate, which JSON cannot carry.");
        }
    }

    internal void Text(string name, LocalizedText? value, bool required)
    {
        if (value is null)
        {
            Missing(name, required);
            return;
        }

        _path.Push(name);
        Entries(value);
        _path.Pop();
    }

    internal void Texts(string name, EquatableArray<LocalizedText> values)
    {
        _path.Push(name);
        for (var i = 0; i < values.Count; i++)
        {
            _path.Push(i);
            if (values[i] is { } text)
            {
                Entries(text);
            }
            else
            {
                Problem(DiagnosticCodes.NullValue, null, "Listan har null där en text krävs.", "The list holds null where a text is required.");
            }

            _path.Pop();
        }

        _path.Pop();
    }

    internal void Strings(string name, EquatableArray<string> values)
    {
        _path.Push(name);
        for (var i = 0; i < values.Count; i++)
        {
            _path.Push(i);
            String(null, values[i], required: true);
            _path.Pop();
        }

        _path.Pop();
    }

    internal void Code<TEnum>(string name, TEnum? value, EnumCodes<TEnum> codes)
        where TEnum : struct, Enum
    {
        if (value is { } v && !codes.IsDefined(v))
        {
            Problem(DiagnosticCodes.UnknownCode, name, $"Värdet {v} finns inte i kodlistan {typeof(TEnum).Name}.", $"The value {v} is not in the code list {typeof(TEnum).Name}.");
        }
    }

    internal void Date(string name, LocalDate? date)
    {
        if (date is { Year: < 1 or > 9999 } d)
        {
            Problem(DiagnosticCodes.InvalidDate, name, $"Året {d.Year} kan inte skrivas som ÅÅÅÅ-MM-DD (år 1–9999).", $"The year {d.Year} cannot be written as YYYY-MM-DD (years 1–9999).");
        }
    }

    internal void Interval(string name, DateInterval? interval)
    {
        if (interval is null)
        {
            return;
        }

        _path.Push(name);
        Date("start", interval.Start);
        Date("end", interval.End);
        _path.Pop();
    }

    internal void Extensions(string name, ExtensionData? extensions)
    {
        if (extensions is null)
        {
            Missing(name, required: true);
            return;
        }

        _path.Push(name);
        foreach (var property in extensions.Properties)
        {
            String(property.Key, property.Key, required: true);
            if (property.Value.ValueKind == System.Text.Json.JsonValueKind.Undefined)
            {
                Problem(DiagnosticCodes.NullValue, property.Key, "Tillägget har inget värde (ett tomt JsonElement).", "The extension has no value (a default JsonElement).");
            }
        }

        _path.Pop();
    }

    internal void Object<TChild>(string name, TChild? child, JsonShape<TChild> shape, bool required)
        where TChild : class
    {
        if (child is null)
        {
            Missing(name, required);
            return;
        }

        _path.Push(name);
        shape.Check(this, child);
        _path.Pop();
    }

    internal void Items<TItem>(string name, EquatableArray<TItem> items, JsonShape<TItem> shape)
        where TItem : class
    {
        _path.Push(name);
        for (var i = 0; i < items.Count; i++)
        {
            _path.Push(i);
            if (items[i] is { } item)
            {
                shape.Check(this, item);
            }
            else
            {
                Problem(DiagnosticCodes.NullValue, null, "Listan har null där ett objekt krävs.", "The list holds null where an object is required.");
            }

            _path.Pop();
        }

        _path.Pop();
    }

    private void Missing(string? name, bool required)
    {
        if (required)
        {
            Problem(DiagnosticCodes.NullValue, name, "Modellen har null där ett värde krävs.", "The model holds null where a value is required.");
        }
    }

    private void Entries(LocalizedText value)
    {
        for (var i = 0; i < value.EntryCount; i++)
        {
            var entry = value.EntryAt(i);
            String(entry.Key, entry.Value, required: true);
        }
    }

    private void Problem(DiagnosticDescriptor code, string? name, string swedish, string english)
    {
        var pointer = name is null ? _path.ToPointer() : _path.ToPointer(name);
        var shown = pointer.Length == 0 ? "/" : pointer;
        if (_found is null)
        {
            throw new ArgumentException($"{swedish} ({shown}) / {english} ({shown})", _parameter);
        }

        _found.Add(new Diagnostic(code.Code, DiagnosticSeverity.Error, pointer, new LocalizedText(swedish, english)));
    }

    /// <summary>Whether a string is well-formed UTF-16: every surrogate in a pair.</summary>
    private static bool IsWellFormed(string value)
    {
        var span = value.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
