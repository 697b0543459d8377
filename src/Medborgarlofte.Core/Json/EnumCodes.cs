using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Medborgarlofte.Json;

/// <summary>
/// The JSON names of a closed code list (an enum), matched exactly: the reader is as strict as
/// the schema, so <c>"AtLeast"</c> is not <c>"atLeast"</c> (System.Text.Json's enum converter
/// would accept it, and integers too).
/// </summary>
/// <typeparam name="TEnum">An int-based enum whose values are 0, 1, 2 … in the order of the names.</typeparam>
internal sealed class EnumCodes<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _names;
    private readonly byte[][] _utf8Names;

    internal EnumCodes(params string[] names)
    {
        _names = names;
        _utf8Names = Array.ConvertAll(names, static name => System.Text.Encoding.UTF8.GetBytes(name));
    }

    internal IReadOnlyList<string> Names => _names;

    internal string ToCode(TEnum value) => _names[Unsafe.As<TEnum, int>(ref value)];

    /// <summary>Whether the value has a code: a value cast from any other integer has none.</summary>
    internal bool IsDefined(TEnum value) => (uint)Unsafe.As<TEnum, int>(ref value) < (uint)_names.Length;

    /// <summary>Matches a JSON string on its bytes, without making a string of it (escapes are compared unescaped).</summary>
    internal bool TryParse(Medborgarlofte.Json.Parsed.TapeElement code, out TEnum value)
    {
        var text = JsonText.Unescaped(code.RawBytes);
        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (text.SequenceEqual(_utf8Names[i]))
            {
                value = Unsafe.As<int, TEnum>(ref i);
                return true;
            }
        }

        value = default;
        return false;
    }
}
