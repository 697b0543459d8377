using System;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>required</c>: every listed property is present; one error per missing property. Driven by
/// <see cref="ObjectPropertiesWalk"/>, which ticks names off during its single pass instead of probing the
/// object once per name.
/// </summary>
internal sealed class RequiredKeyword
{
    private const string Keyword = "required";

    private readonly SchemaMessage[] _messages;

    public RequiredKeyword(SchemaNode owner, Utf8NameTable names)
    {
        Owner = owner;
        Names = names;
        _messages = new SchemaMessage[names.Names.Count];
        for (var i = 0; i < _messages.Length; i++)
        {
            _messages[i] = SchemaMessages.Required(names.Names[i]);
        }
    }

    /// <summary>The schema object the keyword belongs to.</summary>
    public SchemaNode Owner { get; }

    /// <summary>The required names.</summary>
    public Utf8NameTable Names { get; }

    /// <summary>Reports each name not marked in <paramref name="found"/>.</summary>
    public void ReportMissing(ReadOnlySpan<bool> found, EvaluationContext context)
    {
        for (var i = 0; i < found.Length; i++)
        {
            if (!found[i])
            {
                context.Report(Owner, Keyword, _messages[i]);
            }
        }
    }
}
