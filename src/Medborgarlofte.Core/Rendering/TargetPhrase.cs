namespace Medborgarlofte.Rendering;

/// <summary>A target in words, in three parts: fixed words, the unit or text from the document, fixed words.</summary>
/// <param name="Before">Words before the unit ("minst 2 ").</param>
/// <param name="Middle">The unit or the qualitative text, from the document.</param>
/// <param name="MiddleIsFallback">Whether <paramref name="Middle"/> is Swedish in place of the wanted language.</param>
/// <param name="After">Words after the unit (" under 2024").</param>
internal readonly record struct TargetPhrase(string Before, string Middle, bool MiddleIsFallback, string After)
{
    internal bool IsEmpty => Before.Length == 0 && Middle.Length == 0 && After.Length == 0;
}
