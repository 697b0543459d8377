using System;

namespace Medborgarlofte.Schema;

/// <summary>Decides a pattern on UTF-8 text that has no JSON escapes, without decoding it.</summary>
/// <param name="utf8">The text.</param>
/// <returns>True when the pattern matches.</returns>
internal delegate bool Utf8PatternMatcher(ReadOnlySpan<byte> utf8);
