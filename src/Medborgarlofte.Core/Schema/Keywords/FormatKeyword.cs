using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>format</c> as an assertion for date, date-time, time, email, uri and uuid (the compiler creates no handler
/// for other formats, which are annotations and always pass). Non-strings pass, as the specification says.
/// </summary>
internal sealed class FormatKeyword : KeywordHandler
{
    private readonly AssertedFormat _format;
    private readonly string _name;

    public FormatKeyword(SchemaNode owner, AssertedFormat format, string name)
        : base(owner, "format")
    {
        _format = format;
        _name = name;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.String;

    public override int Order => 30;

    /// <summary>The asserted format with this name, or null for an annotation-only format.</summary>
    public static AssertedFormat? Lookup(string name) => name switch
    {
        "date" => AssertedFormat.Date,
        "date-time" => AssertedFormat.DateTime,
        "time" => AssertedFormat.Time,
        "email" => AssertedFormat.Email,
        "uri" => AssertedFormat.Uri,
        "uuid" => AssertedFormat.Uuid,
        _ => null,
    };

    public override bool Evaluate(JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        Span<char> buffer = stackalloc char[JsonText.StackLimit];
        using var text = new PooledChars(JsonText.RawString(instance), buffer);
        var valid = _format switch
        {
            AssertedFormat.Date => DateTimeFormat.IsDate(text.Chars),
            AssertedFormat.DateTime => DateTimeFormat.IsDateTime(text.Chars),
            AssertedFormat.Time => DateTimeFormat.IsTime(text.Chars),
            AssertedFormat.Email => EmailFormat.IsEmail(text.Chars),
            AssertedFormat.Uri => UriFormat.IsUri(text.Chars),
            _ => UuidFormat.IsUuid(text.Chars),
        };
        if (!valid && context.CollectErrors)
        {
            Report(context, SchemaMessages.Format(_name));
        }

        return valid;
    }
}
