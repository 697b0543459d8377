using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte;

/// <summary>
/// RFC 6901 JSON Pointers, the one pointer type of the library: <c>/commitments/2/targets/0/value</c>. Escaping,
/// appending and parsing here; where each part of an agreement is in <c>JsonPointer.Agreement.cs</c>; the path a
/// walk keeps (<see cref="Path"/>) in <c>JsonPointer.Path.cs</c>.
/// </summary>
public static partial class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c> and <c>/</c> becomes <c>~1</c>.</summary>
    /// <param name="token">A property name.</param>
    /// <returns>The escaped token.</returns>
    public static string Escape(string token)
    {
        Preconditions.CheckNotNull(token, nameof(token));
        return token.AsSpan().IndexOfAny('~', '/') < 0 ? token : token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>Appends a property name to a pointer.</summary>
    /// <param name="pointer">The parent pointer.</param>
    /// <param name="propertyName">The property name, unescaped.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, string propertyName) => pointer + "/" + Escape(propertyName);

    /// <summary>Appends an array index to a pointer.</summary>
    /// <param name="pointer">The parent pointer.</param>
    /// <param name="index">The index.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits a pointer into its unescaped reference tokens.</summary>
    /// <param name="pointer">A pointer, empty for the whole document.</param>
    /// <returns>The tokens, or <see langword="null"/> when the pointer is malformed.</returns>
    public static IReadOnlyList<string>? Parse(string pointer)
    {
        Preconditions.CheckNotNull(pointer, nameof(pointer));
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            return null;
        }

        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 1; i <= pointer.Length; i++)
        {
            if (i == pointer.Length || pointer[i] == '/')
            {
                tokens.Add(current.ToString());
                current.Clear();
                continue;
            }

            if (pointer[i] == '~')
            {
                if (i + 1 >= pointer.Length || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
                {
                    return null;
                }

                current.Append(pointer[i + 1] == '0' ? '~' : '/');
                i++;
                continue;
            }

            current.Append(pointer[i]);
        }

        return tokens;
    }
}
