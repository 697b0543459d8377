
namespace Medborgarlofte;

/// <summary>A value of a code list with its label in Swedish and English.</summary>
/// <param name="Value">The code as written in JSON.</param>
/// <param name="Label">The label shown to people.</param>
public sealed record Code(string Value, LocalizedText Label);
