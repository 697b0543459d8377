namespace Medborgarlofte.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was valid and done.</summary>
    internal const int Success = 0;

    /// <summary>At least one input was invalid.</summary>
    internal const int Invalid = 1;

    /// <summary>The command line was wrong, or a file could not be read or written.</summary>
    internal const int Usage = 2;
}
