namespace Medborgarlofte.Json;

/// <summary>What makes a text not well-formed JSON, as <see cref="JsonSyntax"/> finds it.</summary>
internal enum JsonSyntaxErrorKind
{
    /// <summary>The text ends inside a value, or holds no value at all.</summary>
    UnexpectedEnd,

    /// <summary>A character that cannot start a value where one is expected.</summary>
    InvalidValueStart,

    /// <summary>A character other than a quote where a property name is expected.</summary>
    ExpectedPropertyName,

    /// <summary>A character other than a colon after a property name.</summary>
    ExpectedColon,

    /// <summary>A character other than a comma or the closing bracket after a value.</summary>
    ExpectedCommaOrEnd,

    /// <summary>Anything but white space after the document's one value.</summary>
    TrailingContent,

    /// <summary>A control character (below U+0020) written raw inside a string.</summary>
    ControlCharacterInString,

    /// <summary>A backslash not followed by one of the escapes JSON has.</summary>
    InvalidEscape,

    /// <summary>A number that breaks the grammar (a leading zero, a lone sign, a missing digit).</summary>
    InvalidNumber,

    /// <summary>A word that starts like <c>true</c>, <c>false</c> or <c>null</c> but is not one.</summary>
    InvalidLiteral,

    /// <summary>More nested objects and arrays than the depth limit.</summary>
    TooDeep,
}
