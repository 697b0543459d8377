using System;
using System.Collections.Generic;
using Medborgarlofte.Collections;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Model;
using Medborgarlofte.Text;
using NodaTime;

namespace Medborgarlofte.Validation;

/// <summary>
/// One walk over a model (an agreement or a follow-up document) built in code for what no document can hold: nulls in required members and inside
/// collections, enum values outside their code lists, dates outside years 1–9999, lone surrogates. Validation
/// reports each with its pointer (the pointer its JSON would have); writing, hashing, rendering, diffing and
/// evaluation throw an <see cref="ArgumentException"/> naming the first, instead of failing somewhere inside.
/// </summary>
internal sealed class ModelSoundness
{
    private readonly PointerPath _path = new();
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
        new ModelSoundness(diagnostics, null).Agreement(agreement);
        return diagnostics.Count > count;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the pointer of the first value that cannot be written.</summary>
    internal static void ThrowIfUnsound(Agreement agreement, string parameter)
    {
        new ModelSoundness(null, parameter).Agreement(agreement);
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the pointer of the first value of a follow-up document that cannot be written.</summary>
    internal static void ThrowIfUnsound(FollowUpDocument followUp, string parameter) =>
        new ModelSoundness(null, parameter).FollowUp(followUp);

    private void FollowUp(FollowUpDocument d)
    {
        Required(d.FormatVersion, "formatVersion");
        Required(d.Id, "id");
        RequiredObject(d.Agreement, "agreement", a => Required(a.Id, "id"));
        Date(d.AsOf, "asOf");
        Strings(d.ReportedBy, "reportedBy");
        Text(d.Note, "note");
        Items(d.Commitments, "commitments", c =>
        {
            Required(c.Commitment, "commitment");
            Code(c.Status, "status");
            Text(c.Comment, "comment");
        });
        Items(d.Observations, "observations", o =>
        {
            Required(o.Target, "target");
            Date(o.Date, "date");
            Interval(o.Period, "period");
            Text(o.Note, "note");
            Text(o.Evidence, "evidence");
        });
        Items(d.IndicatorObservations, "indicatorObservations", o =>
        {
            Required(o.Goal, "goal");
            Text(o.Source, "source");
            Text(o.Note, "note");
        });
        Extensions(d.Extensions);
    }

    private void Problem(DiagnosticDescriptor code, string? name, string swedish, string english)
    {
        var pointer = name is null ? _path.ToPointer() : _path.ToPointer(name);
        if (_found is null)
        {
            throw new ArgumentException($"{swedish} ({(pointer.Length == 0 ? "/" : pointer)}) / {english} ({(pointer.Length == 0 ? "/" : pointer)})", _parameter);
        }

        _found.Add(new Diagnostic(code.Code, DiagnosticSeverity.Error, pointer, new LocalizedText(swedish, english)));
    }

    private bool Present(object? value, string? name)
    {
        if (value is null)
        {
            Problem(DiagnosticCodes.NullValue, name, "Modellen har null där ett värde krävs.", "The model holds null where a value is required.");
            return false;
        }

        return true;
    }

    private void Required(string? value, string? name)
    {
        if (Present(value, name))
        {
            Text(value, name);
        }
    }

    private void Text(string? value, string? name)
    {
        if (value is not null && !IsWellFormed(value))
        {
            Problem(DiagnosticCodes.InvalidEncoding, name, "Texten innehåller ett ensamt surrogattecken, som JSON inte kan bära.", "The text holds a lone surrogate, which JSON cannot carry.");
        }
    }

    private void Required(LocalizedText? value, string name)
    {
        if (Present(value, name))
        {
            Text(value, name);
        }
    }

    private void Text(LocalizedText? value, string name)
    {
        if (value is null)
        {
            return;
        }

        _path.Push(name);
        Entries(value);
        _path.Pop();
    }

    private void Entries(LocalizedText value)
    {
        for (var i = 0; i < value.EntryCount; i++)
        {
            var entry = value.EntryAt(i);
            Text(entry.Value, entry.Key);
        }
    }

    private void Code<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Problem(DiagnosticCodes.UnknownCode, name, $"Värdet {value} finns inte i kodlistan {typeof(TEnum).Name}.", $"The value {value} is not in the code list {typeof(TEnum).Name}.");
        }
    }

    private void Code<TEnum>(TEnum? value, string name)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            Code(v, name);
        }
    }

    private void Date(LocalDate? date, string name)
    {
        if (date is { Year: < 1 or > 9999 } d)
        {
            Problem(DiagnosticCodes.InvalidDate, name, $"Året {d.Year} kan inte skrivas som ÅÅÅÅ-MM-DD (år 1–9999).", $"The year {d.Year} cannot be written as YYYY-MM-DD (years 1–9999).");
        }
    }

    private void Interval(DateInterval? interval, string name)
    {
        if (interval is null)
        {
            return;
        }

        _path.Push(name);
        Date(interval.Start, "start");
        Date(interval.End, "end");
        _path.Pop();
    }

    private void Strings(EquatableArray<string> values, string name)
    {
        _path.Push(name);
        for (var i = 0; i < values.Count; i++)
        {
            _path.Push(i);
            Required(values[i], null);
            _path.Pop();
        }

        _path.Pop();
    }

    private void Texts(EquatableArray<LocalizedText> values, string name)
    {
        _path.Push(name);
        for (var i = 0; i < values.Count; i++)
        {
            _path.Push(i);
            if (values[i] is null)
            {
                Problem(DiagnosticCodes.NullValue, null, "Listan har null där en text krävs.", "The list holds null where a text is required.");
            }
            else
            {
                Entries(values[i]);
            }

            _path.Pop();
        }

        _path.Pop();
    }

    private void Items<T>(EquatableArray<T> values, string name, Action<T> walk)
        where T : class
    {
        _path.Push(name);
        for (var i = 0; i < values.Count; i++)
        {
            _path.Push(i);
            if (values[i] is { } item)
            {
                walk(item);
            }
            else
            {
                Problem(DiagnosticCodes.NullValue, null, "Listan har null där ett objekt krävs.", "The list holds null where an object is required.");
            }

            _path.Pop();
        }

        _path.Pop();
    }

    private void Object<T>(T? value, string name, Action<T> walk)
        where T : class
    {
        if (value is null)
        {
            return;
        }

        _path.Push(name);
        walk(value);
        _path.Pop();
    }

    private void RequiredObject<T>(T? value, string name, Action<T> walk)
        where T : class
    {
        if (Present(value, name))
        {
            Object(value, name, walk);
        }
    }

    private void Extensions(ExtensionData? extensions)
    {
        if (!Present(extensions, "extensions"))
        {
            return;
        }

        _path.Push("extensions");
        foreach (var property in extensions!.Properties)
        {
            Required(property.Key, property.Key ?? string.Empty);
            if (property.Value.ValueKind == System.Text.Json.JsonValueKind.Undefined)
            {
                Problem(DiagnosticCodes.NullValue, property.Key ?? string.Empty, "Tillägget har inget värde (ett tomt JsonElement).", "The extension has no value (a default JsonElement).");
            }
        }

        _path.Pop();
    }

    private void Agreement(Agreement a)
    {
        Required(a.FormatVersion, "formatVersion");
        Required(a.Id, "id");
        Code(a.Kind, "kind");
        Required(a.Title, "title");
        Text(a.Introduction, "introduction");
        Text(a.Purpose, "purpose");
        RequiredObject(a.Validity, "validity", v =>
        {
            Date(v.Start, "start");
            Date(v.End, "end");
            Text(v.Wording, "wording");
        });
        RequiredObject(a.Revision, "revision", Revision);
        Items(a.Parties, "parties", Party);
        Items(a.ReferenceNumbers, "referenceNumbers", r =>
        {
            Required(r.Party, "party");
            Required(r.Value, "value");
        });
        Object(a.SituationPicture, "situationPicture", s =>
        {
            Text(s.Summary, "summary");
            Items(s.Sources, "sources", Source);
            Items(s.Findings, "findings", f =>
            {
                Required(f.Id, "id");
                Required(f.Text, "text");
                Strings(f.Sources, "sources");
                Strings(f.Themes, "themes");
            });
        });
        Items(a.PriorityAreas, "priorityAreas", p =>
        {
            Required(p.Id, "id");
            Text(p.Number, "number");
            Required(p.Title, "title");
            Text(p.Background, "background");
            Strings(p.Themes, "themes");
            Strings(p.Findings, "findings");
            Extensions(p.Extensions);
        });
        Items(a.Commitments, "commitments", Commitment);
        Items(a.Goals, "goals", Goal);
        Object(a.FollowUpPlan, "followUpPlan", f =>
        {
            Text(f.Description, "description");
            Items(f.Reports, "reports", r =>
            {
                Text(r.Forum, "forum");
                Code(r.Cadence, "cadence");
                Text(r.Deliverable, "deliverable");
            });
        });
        Object(a.Communication, "communication", c =>
        {
            Text(c.Description, "description");
            Items(c.Channels, "channels", h =>
            {
                Required(h.Type, "type");
                Text(h.Owner, "owner");
                Text(h.Name, "name");
                Text(h.Url, "url");
            });
        });
        Object(a.Governance, "governance", g =>
        {
            Text(g.Description, "description");
            Items(g.Bodies, "bodies", b =>
            {
                Required(b.Id, "id");
                Code(b.Type, "type");
                Required(b.Name, "name");
                Text(b.Description, "description");
                Strings(b.Members, "members");
            });
            Texts(g.CollaborationAreas, "collaborationAreas");
        });
        Items(a.Contacts, "contacts", c =>
        {
            Text(c.Name, "name");
            Text(c.Role, "role");
            Text(c.Party, "party");
            Text(c.Phone, "phone");
            Text(c.Email, "email");
        });
        Items(a.Signatures, "signatures", s =>
        {
            Required(s.Party, "party");
            Text(s.Name, "name");
            Text(s.Title, "title");
            Text(s.Place, "place");
            Date(s.Date, "date");
            Text(s.ContentHash, "contentHash");
        });
        Items(a.AdditionalSections, "additionalSections", s =>
        {
            Required(s.Heading, "heading");
            Required(s.Text, "text");
        });
        Items(a.Attachments, "attachments", l =>
        {
            Required(l.Title, "title");
            Required(l.Url, "url");
            Text(l.MediaType, "mediaType");
        });
        Extensions(a.Extensions);
    }

    private void Revision(Revision r)
    {
        Code(r.Status, "status");
        Date(r.Date, "date");
        Object(r.Supersedes, "supersedes", s => Required(s.Id, "id"));
        Text(r.Changes, "changes");
        Text(r.Clause, "clause");
    }

    private void Party(Party p)
    {
        Required(p.Id, "id");
        Code(p.Type, "type");
        Required(p.Name, "name");
        Object(p.Identifiers, "identifiers", i =>
        {
            Text(i.MunicipalityCode, "municipalityCode");
            Text(i.OrganisationNumber, "organisationNumber");
        });
        Object(p.PoliceUnit, "policeUnit", u =>
        {
            Code(u.Region, "region");
            Text(u.PoliceArea, "policeArea");
            Text(u.LocalPoliceArea, "localPoliceArea");
        });
        Extensions(p.Extensions);
    }

    private void Source(Source s)
    {
        Required(s.Id, "id");
        Required(s.Type, "type");
        Text(s.Description, "description");
        Interval(s.Period, "period");
        Text(s.Publisher, "publisher");
    }

    private void Commitment(Commitment c)
    {
        Required(c.Id, "id");
        Text(c.Number, "number");
        Text(c.PriorityArea, "priorityArea");
        Text(c.Title, "title");
        Required(c.Text, "text");
        Strings(c.ResponsibleParties, "responsibleParties");
        Texts(c.ResponsibleDepartments, "responsibleDepartments");
        Text(c.Purpose, "purpose");
        Text(c.Condition, "condition");
        Texts(c.Places, "places");
        Texts(c.TargetGroups, "targetGroups");
        Strings(c.Methods, "methods");
        Items(c.Targets, "targets", t =>
        {
            Required(t.Id, "id");
            Code(t.Kind, "kind");
            Code(t.Comparator, "comparator");
            Text(t.Unit, "unit");
            Code(t.Recurrence, "recurrence");
            Interval(t.Period, "period");
            Text(t.Text, "text");
            Extensions(t.Extensions);
        });
        Extensions(c.Extensions);
    }

    private void Goal(Goal g)
    {
        Required(g.Id, "id");
        Text(g.PriorityArea, "priorityArea");
        Text(g.Title, "title");
        Required(g.Effect, "effect");
        Text(g.FollowUp, "followUp");
        Strings(g.FollowUpMethods, "followUpMethods");
        Object(g.Indicator, "indicator", i =>
        {
            Required(i.Name, "name");
            Text(i.Unit, "unit");
            Text(i.Source, "source");
        });
        Extensions(g.Extensions);
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
