namespace Medborgarlofte.Import;

/// <summary>One sentence of the source and where the draft holds it (importrapportens rad).</summary>
/// <param name="Text">The sentence as published.</param>
/// <param name="Pointer">The RFC 6901 JSON Pointer of the draft's field that holds it, or a value read from it
/// (<c>/validity/wording</c> holds "2024" from "Detta medborgarlöfte gäller 2024.").</param>
/// <param name="Line">The line (or page) of the source where its block starts; 0 when unknown.</param>
public sealed record ImportedSentence(string Text, string Pointer, int Line);
