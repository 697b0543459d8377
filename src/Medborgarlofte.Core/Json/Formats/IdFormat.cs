namespace Medborgarlofte.Json.Formats;

/// <summary>
/// The form of an id and of a reference to one (the schema's <c>id</c>): ASCII letters, digits and <c>. _ : -</c>,
/// starting with a letter or digit, so that an id can stand in a URL, a file name or a CSV cell as it is.
/// </summary>
internal static class IdFormat
{
    /// <summary>The schema's pattern, as its diagnostic quotes it.</summary>
    internal const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";

    /// <summary>Whether <paramref name="value"/> matches <see cref="Pattern"/> (no line end is allowed before its end).</summary>
    internal static bool IsId(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(value[i]) && value[i] is not ('.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
