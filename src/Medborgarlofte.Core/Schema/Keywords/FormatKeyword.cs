using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>format</c> as an assertion for date, date-time, time, email, uri and uuid (the compiler creates no handler
/// for other formats, which are annotations and always pass). Non-strings pass, as the specification says.
/// </summary>
internal sealed class FormatKeyword : KeywordHandler
{
    private readonly AssertedFormat _format;
    private readonly SchemaMessage _message;

    /// <summary>The asserted format. Read by the schema code generator.</summary>
    internal AssertedFormat Format => _format;

    public FormatKeyword(SchemaNode owner, AssertedFormat format, string name)
        : base(owner, "format")
    {
        _format = format;
        _message = SchemaMessages.Format(name);
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

    /// <summary>True when the unescaped UTF-8 text is in the format.</summary>
    public static bool Holds(AssertedFormat format, System.ReadOnlySpan<byte> text) => format switch
    {
        AssertedFormat.Date => DateTimeFormat.IsDate(text),
        AssertedFormat.DateTime => DateTimeFormat.IsDateTime(text),
        AssertedFormat.Time => DateTimeFormat.IsTime(text),
        AssertedFormat.Email => EmailFormat.IsEmail(text),
        AssertedFormat.Uri => UriFormat.IsUri(text),
        _ => UuidFormat.IsUuid(text),
    };

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        // Every asserted format is ASCII, so the check runs on the UTF-8 bytes (any non-ASCII byte fails it).
        var valid = Holds(_format, JsonText.Unescaped(instance.Raw));
        if (!valid && context.CollectErrors)
        {
            Report(context, _message);
        }

        return valid;
    }
}
