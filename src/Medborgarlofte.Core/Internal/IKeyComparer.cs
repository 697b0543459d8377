namespace Medborgarlofte.Internal;

/// <summary>The equality of two keys for <see cref="FirstOccurrenceTable{TComparer}"/>, and two hashes consistent with it.</summary>
internal interface IKeyComparer
{
    /// <summary>Tells whether two keys are equal.</summary>
    bool Equals(string x, string y);

    /// <summary>A fast hash, which crafted keys may make collide.</summary>
    int FastHash(string key);

    /// <summary>A randomized hash for when the fast one collides too often.</summary>
    int StrongHash(string key);
}
