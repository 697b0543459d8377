using System;

namespace Medborgarlofte.Internal;

/// <summary>Ordinal equality for <see cref="FirstOccurrenceTable{TComparer}"/>, with the runtime's randomized hash (ids are short).</summary>
internal readonly struct OrdinalKeyComparer : IKeyComparer
{
    public bool Equals(string x, string y) => string.Equals(x, y, StringComparison.Ordinal);

    public int FastHash(string key) => key.GetHashCode(StringComparison.Ordinal);

    public int StrongHash(string key) => key.GetHashCode(StringComparison.Ordinal);
}
