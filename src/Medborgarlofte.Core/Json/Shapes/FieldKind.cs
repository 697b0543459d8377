namespace Medborgarlofte.Json.Shapes;

/// <summary>What a property holds, as the format describes it; each kind reads, writes and checks one way.</summary>
internal enum FieldKind
{
    /// <summary>The document's format version.</summary>
    FormatVersion,

    /// <summary>An element's own id.</summary>
    Id,

    /// <summary>Free text that is no human language (a name, a phone number, a URL).</summary>
    String,

    /// <summary>An id of another element or a code of an open list: values that repeat, read as shared strings.</summary>
    Reference,

    /// <summary>A closed code list (an enum).</summary>
    Code,

    /// <summary>A human text in Swedish and other languages.</summary>
    Text,

    /// <summary>A list of human texts.</summary>
    Texts,

    /// <summary>A list of strings.</summary>
    Strings,

    /// <summary>A list of references.</summary>
    References,

    /// <summary>An integer within bounds.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A boolean, written only when true.</summary>
    Boolean,

    /// <summary>A date <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A date interval <c>{ start, end }</c>.</summary>
    Interval,

    /// <summary>A nested object of its own shape.</summary>
    Object,

    /// <summary>A list of objects of one shape.</summary>
    Array,

    /// <summary>Data outside the format, kept as it is.</summary>
    Extensions,
}
