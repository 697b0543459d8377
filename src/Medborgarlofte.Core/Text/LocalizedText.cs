using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Runtime.InteropServices;
using Medborgarlofte.Internal;

namespace Medborgarlofte;

/// <summary>
/// Human text in one or more languages (a language map, <c>{"sv": "…", "en": "…"}</c>).
/// Swedish (<c>sv</c>) is always present; other keys are BCP 47 language tags.
/// </summary>
/// <remarks>
/// Immutable. Two texts are equal when they hold the same languages with the same strings
/// (ordinal comparison); the order in which translations were added does not matter.
/// Languages are kept with Swedish first and the others in ordinal order of their tags,
/// which is also the order they are written in.
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>The language tag of Swedish, the language every text has.</summary>
    public const string SwedishTag = "sv";

    /// <summary>The language tag of English.</summary>
    public const string EnglishTag = "en";

    // Swedish and English are fields, and an array of entries exists only for a third language: almost every
    // text has just those two, and an array per text took over half of a text's memory.
    private readonly string _swedish;
    private readonly string? _english;

    // Every entry, sorted (Swedish first, then by tag, ordinal), when the text has a language besides sv and en;
    // otherwise null. Small, so a linear scan beats a dictionary.
    private readonly KeyValuePair<string, string>[]? _allEntries;

    // What the rules on every text ask (ML8005, ML8006), worked out while the strings are in the cache, so a walk
    // over every text reads one object per text rather than two.
    private readonly bool _swedishIsBlank;

    /// <summary>Initializes a text that exists in Swedish only.</summary>
    /// <param name="swedish">The Swedish text.</param>
    public LocalizedText(string swedish)
        : this(Preconditions.CheckNotNull(swedish, nameof(swedish)), null, null)
    {
    }

    /// <summary>Initializes a text in Swedish and English.</summary>
    /// <param name="swedish">The Swedish text.</param>
    /// <param name="english">The English text.</param>
    public LocalizedText(string swedish, string english)
        : this(Preconditions.CheckNotNull(swedish, nameof(swedish)), Preconditions.CheckNotNull(english, nameof(english)), null)
    {
    }

    // Every constructor comes here, so the traits below are worked out in one place.
    private LocalizedText(string swedish, string? english, KeyValuePair<string, string>[]? allEntries)
    {
        _swedish = swedish;
        _english = english;
        _allEntries = allEntries;
        _swedishIsBlank = string.IsNullOrWhiteSpace(swedish);
    }

    /// <summary>Gets the Swedish text.</summary>
    public string Swedish => _swedish;

    /// <summary>Gets the English text, or <see langword="null"/> when there is none.</summary>
    public string? English => _english;

    /// <summary>Gets the language tags present, Swedish first.</summary>
    public IReadOnlyList<string> Languages
    {
        get
        {
            var tags = new string[EntryCount];
            for (var i = 0; i < tags.Length; i++)
            {
                tags[i] = EntryAt(i).Key;
            }

            return tags;
        }
    }

    /// <summary>Gets the language/text pairs, Swedish first.</summary>
    /// <remarks>A new read-only list on each call: the text keeps Swedish and English as fields of its own.</remarks>
    public IReadOnlyList<KeyValuePair<string, string>> Entries =>
        _allEntries is { } all ? Array.AsReadOnly(all)
        : _english is null ? [new(SwedishTag, _swedish)]
        : [new(SwedishTag, _swedish), new(EnglishTag, _english)];

    /// <summary>Gets how many languages the text has (what <see cref="Entries"/> would list, without a list).</summary>
    internal int EntryCount => _allEntries?.Length ?? (_english is null ? 1 : 2);

    /// <summary>Gets whether the Swedish text is empty or only white space.</summary>
    internal bool IsSwedishBlank => _swedishIsBlank;

    /// <summary>Gets whether the text has a language other than Swedish and English.</summary>
    internal bool HasOtherLanguages => _allEntries is not null;

    /// <summary>Gets one language/text pair, in the order of <see cref="Entries"/>, without a list.</summary>
    internal KeyValuePair<string, string> EntryAt(int index) =>
        _allEntries is { } all ? all[index] : index == 0 ? new(SwedishTag, _swedish) : new(EnglishTag, _english!);

    /// <summary>Creates a text from language/text pairs, which must include Swedish.</summary>
    /// <param name="entries">The pairs; a language may appear only once.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">Swedish is missing or a language appears twice.</exception>
    [Pure]
    public static LocalizedText Create(IEnumerable<KeyValuePair<string, string>> entries)
    {
        Preconditions.CheckNotNull(entries, nameof(entries));
        var list = new List<KeyValuePair<string, string>>();
        foreach (var entry in entries)
        {
            Preconditions.CheckNotNull(entry.Key, nameof(entries));
            Preconditions.CheckNotNull(entry.Value, nameof(entries));
            list.Add(entry);
        }

        var result = TryCreate(list);
        Preconditions.CheckArgument(result is not null, nameof(entries), "Swedish (sv) is required and each language may appear once.");
        return result!;
    }

    /// <summary>Creates a text from pairs without throwing; null when Swedish is missing or a tag repeats.</summary>
    internal static LocalizedText? TryCreate(List<KeyValuePair<string, string>> entries) => TryCreate(CollectionsMarshal.AsSpan(entries));

    /// <summary>
    /// As <see cref="TryCreate(List{KeyValuePair{string, string}})"/>, sorting <paramref name="array"/> in place: the
    /// reader fills one scratch span per document. The pairs are copied only for a text with a language besides sv and en.
    /// </summary>
    internal static LocalizedText? TryCreate(Span<KeyValuePair<string, string>> array)
    {
        // A text has one to a few languages: insertion sort, without the comparer Array.Sort would allocate.
        for (var i = 1; i < array.Length; i++)
        {
            var entry = array[i];
            var j = i - 1;
            while (j >= 0 && CompareTags(array[j].Key, entry.Key) > 0)
            {
                array[j + 1] = array[j];
                j--;
            }

            array[j + 1] = entry;
        }

        if (array.Length == 0 || !string.Equals(array[0].Key, SwedishTag, StringComparison.Ordinal))
        {
            return null;
        }

        string? english = null;
        for (var i = 1; i < array.Length; i++)
        {
            if (string.Equals(array[i - 1].Key, array[i].Key, StringComparison.Ordinal))
            {
                return null;
            }

            if (string.Equals(array[i].Key, EnglishTag, StringComparison.Ordinal))
            {
                english = array[i].Value;
            }
        }

        var onlySwedishAndEnglish = array.Length == 1 || (array.Length == 2 && english is not null);
        return new LocalizedText(array[0].Value, english, onlySwedishAndEnglish ? null : array.ToArray());
    }

    /// <summary>Returns a copy with the text for <paramref name="language"/> added or replaced.</summary>
    /// <param name="language">A BCP 47 language tag.</param>
    /// <param name="text">The text in that language.</param>
    /// <returns>The new text.</returns>
    [Pure]
    public LocalizedText With(string language, string text)
    {
        Preconditions.CheckNotNull(language, nameof(language));
        Preconditions.CheckNotNull(text, nameof(text));
        var list = new List<KeyValuePair<string, string>>(EntryCount + 1);
        for (var i = 0; i < EntryCount; i++)
        {
            var entry = EntryAt(i);
            if (!string.Equals(entry.Key, language, StringComparison.Ordinal))
            {
                list.Add(entry);
            }
        }

        list.Add(new(language, text));
        return TryCreate(list)!;
    }

    /// <summary>Gets the text in <paramref name="language"/>, if present.</summary>
    /// <param name="language">A language tag, compared ordinally.</param>
    /// <param name="text">The text, when found.</param>
    /// <returns>Whether the language is present.</returns>
    public bool TryGet(string language, [NotNullWhen(true)] out string? text)
    {
        if (string.Equals(language, SwedishTag, StringComparison.Ordinal))
        {
            text = _swedish;
            return true;
        }

        if (string.Equals(language, EnglishTag, StringComparison.Ordinal))
        {
            text = _english;
            return text is not null;
        }

        foreach (var entry in _allEntries ?? [])
        {
            if (string.Equals(entry.Key, language, StringComparison.Ordinal))
            {
                text = entry.Value;
                return true;
            }
        }

        text = null;
        return false;
    }

    /// <summary>Gets the text in <paramref name="language"/>, falling back to Swedish.</summary>
    /// <param name="language">The wanted language.</param>
    /// <param name="isFallback">Whether the Swedish text was returned in place of the wanted language.</param>
    /// <returns>The text.</returns>
    public string Get(string language, out bool isFallback)
    {
        if (TryGet(language, out var text))
        {
            isFallback = false;
            return text;
        }

        isFallback = true;
        return Swedish;
    }

    /// <inheritdoc />
    public bool Equals(LocalizedText? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        var count = EntryCount;
        if (count != other.EntryCount)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var mine = EntryAt(i);
            var theirs = other.EntryAt(i);
            if (!string.Equals(mine.Key, theirs.Key, StringComparison.Ordinal)
                || !string.Equals(mine.Value, theirs.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < EntryCount; i++)
        {
            var entry = EntryAt(i);
            hash.Add(entry.Key, StringComparer.Ordinal);
            hash.Add(entry.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the Swedish text.</summary>
    /// <returns>The Swedish text.</returns>
    public override string ToString() => Swedish;

    /// <summary>Compares two texts for equality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two texts for inequality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);

    private static int CompareTags(string a, string b)
    {
        var aSwedish = string.Equals(a, SwedishTag, StringComparison.Ordinal);
        var bSwedish = string.Equals(b, SwedishTag, StringComparison.Ordinal);
        if (aSwedish || bSwedish)
        {
            return aSwedish == bSwedish ? 0 : aSwedish ? -1 : 1;
        }

        return string.CompareOrdinal(a, b);
    }
}
