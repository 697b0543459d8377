using System;
using Medborgarlofte.Json.Formats;
using NodaTime;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// The kinds of property a record of type <typeparamref name="T"/> can declare, each with its reading, writing and
/// text walk. A record declares <c>using F = Fields&lt;Record&gt;;</c> and lists <c>F.Text("title", x =&gt; x.Title)</c>.
/// </summary>
internal static class Fields<T>
    where T : class
{
    /// <summary>The document's <c>formatVersion</c>, required: "1.0" or "1.1"; another version is ML1010.</summary>
    internal static JsonField<T> FormatVersion(Func<T, string?> get) =>
        new ClassField<T, string>("formatVersion", FieldKind.FormatVersion, true, get, static (e, c) => c.FormatVersion(e), WriteString(true), CheckString, codes: FormatVersions);

    private static readonly string[] FormatVersions = [Agreement.FormatVersion10, Agreement.CurrentFormatVersion];

    /// <summary>An element's own id, required unless said.</summary>
    internal static JsonField<T> Id(string name, Func<T, string?> get, bool required = true) =>
        new ClassField<T, string>(name, FieldKind.Id, required, get, ReadId, WriteString(required), CheckString);

    /// <summary>A string of no human language.</summary>
    internal static JsonField<T> String(string name, Func<T, string?> get, bool required = false, ValueCheck<string>? check = null) =>
        new ClassField<T, string>(name, FieldKind.String, required, get, Checked(static (e, c) => c.String(e), check), WriteString(required), CheckString);

    /// <summary>
    /// An id of another element or a code of an open list: read as a shared string. A reference to an id declares
    /// <c>check: ValueChecks.Id</c>, the form the schema gives it; a code of an open list has none.
    /// </summary>
    internal static JsonField<T> Reference(string name, Func<T, string?> get, bool required = false, ValueCheck<string>? check = null) =>
        new ClassField<T, string>(name, FieldKind.Reference, required, get, Checked(static (e, c) => c.SharedString(e), check), WriteString(required), CheckString);

    /// <summary>A human text (<see cref="LocalizedText"/>).</summary>
    internal static JsonField<T> Text(string name, Func<T, LocalizedText?> get, bool required = false) =>
        new ClassField<T, LocalizedText>(name, FieldKind.Text, required, get, static (e, c) => c.Text(e), WriteHelpers.Localized, static (s, n, v, r) => s.Text(n, v, r), static (walker, n, text) => walker.Text(n, text));

    /// <summary>A list of human texts.</summary>
    internal static JsonField<T> Texts(string name, Func<T, EquatableArray<LocalizedText>> get) =>
        new ListField<T, LocalizedText>(name, FieldKind.Texts, get, static (e, c) => c.Texts(e), WriteHelpers.Texts, static (s, n, v) => s.Texts(n, v), static (walker, n, texts) => walker.Texts(n, texts));

    /// <summary>A list of strings.</summary>
    internal static JsonField<T> Strings(string name, Func<T, EquatableArray<string>> get, ValueCheck<string>? check = null)
    {
        var readItem = Checked(static (e, c) => c.String(e), check);
        return new ListField<T, string>(name, FieldKind.Strings, get, check is null ? static (e, c) => c.Strings(e) : (e, c) => c.Array(e, readItem), WriteHelpers.Strings, CheckStrings);
    }

    /// <summary>A list of ids of other elements or codes of an open list, read as shared strings.</summary>
    /// <remarks>Each item is checked by <paramref name="check"/> (<c>ValueChecks.Id</c> for ids), at its own pointer.</remarks>
    internal static JsonField<T> References(string name, Func<T, EquatableArray<string>> get, ValueCheck<string>? check = null)
    {
        var readItem = Checked(static (e, c) => c.SharedString(e), check);
        return new ListField<T, string>(name, FieldKind.References, get, check is null ? static (e, c) => c.SharedStrings(e) : (e, c) => c.Array(e, readItem), WriteHelpers.Strings, CheckStrings);
    }

    /// <summary>A code of a closed list (an enum), matched exactly.</summary>
    internal static JsonField<T> Code<TEnum>(string name, Func<T, TEnum?> get, EnumCodes<TEnum> codes, bool required = false)
        where TEnum : unmanaged, Enum =>
        new ValueField<T, TEnum>(name, FieldKind.Code, required, get, (e, c) => c.Enum(e, codes), (w, n, v) => WriteHelpers.Enum(w, n, v, codes), codes.Names, (s, n, v) => s.Code(n, v, codes));

    /// <summary>An integer from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    internal static JsonField<T> Integer(string name, Func<T, int?> get, int minimum, int maximum, bool required = false) =>
        new ValueField<T, int>(name, FieldKind.Integer, required, get, (e, c) => c.Integer(e, minimum, maximum), WriteHelpers.Integer, range: (minimum, maximum));

    /// <summary>A decimal number, written exactly.</summary>
    internal static JsonField<T> Number(string name, Func<T, decimal?> get, bool required = false, ValueCheck<decimal>? check = null) =>
        new ValueField<T, decimal>(name, FieldKind.Number, required, get, CheckedValue(static (e, c) => c.Number(e), check), WriteHelpers.Number);

    /// <summary>A flag, false when absent and written only when true.</summary>
    internal static JsonField<T> Boolean(string name, Func<T, bool> get) =>
        new ValueField<T, bool>(name, FieldKind.Boolean, false, owner => get(owner), static (e, c) => c.Boolean(e), static (w, n, v) =>
        {
            if (v == true)
            {
                w.WriteBoolean(n, true);
            }
        });

    /// <summary>A date <c>YYYY-MM-DD</c>.</summary>
    internal static JsonField<T> Date(string name, Func<T, LocalDate?> get, bool required = false) =>
        new ValueField<T, LocalDate>(name, FieldKind.Date, required, get, static (e, c) => c.Date(e), WriteHelpers.Date, check: static (s, n, v) => s.Date(n, v));

    /// <summary>A date interval whose end is not before its start.</summary>
    internal static JsonField<T> Interval(string name, Func<T, DateInterval?> get) =>
        new ClassField<T, DateInterval>(name, FieldKind.Interval, false, get, static (e, c) => c.Interval(e), WriteHelpers.Interval, static (s, n, v, _) => s.Interval(n, v));

    /// <summary>An object of its own shape.</summary>
    internal static JsonField<T> Object<TChild>(string name, Func<T, TChild?> get, JsonShape<TChild> shape, bool required = false)
        where TChild : class => new ObjectField<T, TChild>(name, required, get, shape);

    /// <summary>A list of objects of one shape; a required one is written even when empty.</summary>
    internal static JsonField<T> Array<TItem>(string name, Func<T, EquatableArray<TItem>> get, JsonShape<TItem> shape, bool required = false)
        where TItem : class => new ArrayField<T, TItem>(name, required, get, shape);

    /// <summary>Data outside the format under <c>extensions</c>, kept and written back unchanged.</summary>
    internal static JsonField<T> Extensions(Func<T, ExtensionData> get) =>
        new ClassField<T, ExtensionData>("extensions", FieldKind.Extensions, false, get, static (e, c) => c.Extensions(e), static (w, _, v) => WriteHelpers.Extensions(w, v!), static (s, n, v, _) => s.Extensions(n, v));

    // An element's own id has the schema's form (ML2005); the value is kept either way.
    private static readonly Func<Parsed.TapeElement, ReadContext, string?> ReadId = Checked(static (e, c) => c.String(e), ValueChecks.Id);

    private static readonly Action<ModelSoundness, string, string?, bool> CheckString = static (s, n, v, r) => s.String(n, v, r);

    private static readonly Action<ModelSoundness, string, EquatableArray<string>> CheckStrings = static (s, n, v) => s.Strings(n, v);

    // A required string is written even when a damaged model has none (as null), so the gap shows.
    private static Action<System.Text.Json.Utf8JsonWriter, string, string?> WriteString(bool required) =>
        required ? static (w, n, v) => w.WriteString(n, v) : WriteHelpers.String;

    private static Func<Parsed.TapeElement, ReadContext, TValue?> Checked<TValue>(Func<Parsed.TapeElement, ReadContext, TValue?> read, ValueCheck<TValue>? check)
        where TValue : class =>
        check is null ? read : (e, c) => read(e, c) is { } value && check(value, c) ? value : null;

    private static Func<Parsed.TapeElement, ReadContext, TValue?> CheckedValue<TValue>(Func<Parsed.TapeElement, ReadContext, TValue?> read, ValueCheck<TValue>? check)
        where TValue : struct =>
        check is null ? read : (e, c) => read(e, c) is { } value && check(value, c) ? value : null;
}
