namespace Medborgarlofte.Schema;

/// <summary>
/// A message in Swedish and English. The library is Swedish first; the English text is there for
/// tooling, logs and contributors who do not read Swedish.
/// </summary>
/// <param name="Swedish">The Swedish text, shown to users by default.</param>
/// <param name="English">The same text in English.</param>
internal readonly record struct SchemaMessage(string Swedish, string English)
{
    /// <summary>Returns "Swedish (English)", handy in test output and logs.</summary>
    public override string ToString() => string.Concat(Swedish, " (", English, ")");
}
