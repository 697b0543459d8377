namespace Medborgarlofte.Reference;

/// <summary>A Swedish county (län) with its SCB county code (länskod).</summary>
/// <param name="Code">The two-digit county code (länskod), e.g. <c>12</c>.</param>
/// <param name="Name">The name ("Skåne län").</param>
public sealed record County(string Code, string Name);
