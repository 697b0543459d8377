namespace Medborgarlofte.Schema;

/// <summary>The outcome of matching a pattern.</summary>
internal enum RegexOutcome
{
    /// <summary>The pattern does not match.</summary>
    NoMatch,

    /// <summary>The pattern matches.</summary>
    Match,

    /// <summary>The backtracking engine gave up after <see cref="EcmaRegex.MatchTimeout"/>.</summary>
    TimedOut,
}
