namespace Medborgarlofte.Rendering;

/// <summary>A piece of inline text of a rendering.</summary>
/// <param name="Text">The text, unescaped.</param>
/// <param name="Language">The language tag of the text when it differs from the rendering's (a Swedish fallback), else <see langword="null"/>.</param>
/// <param name="Marked">Whether a visible "(in Swedish)" marker follows the text.</param>
/// <param name="Strong">Whether the text is emphasised (a label, a number, a name).</param>
/// <param name="Href">An http or https URL the text links to, else <see langword="null"/>.</param>
/// <param name="Blank">Whether this is a blank line to sign on, in place of a missing name.</param>
internal readonly record struct Run(string Text, string? Language = null, bool Marked = false, bool Strong = false, string? Href = null, bool Blank = false);
