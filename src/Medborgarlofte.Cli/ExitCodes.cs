namespace Medborgarlofte.Cli;

/// <summary>The exit codes of every command, one table for all (shown in every <c>--help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was valid and done.</summary>
    internal const int Success = 0;

    /// <summary>
    /// At least one input was invalid: an error (or, with <c>--warnings-as-errors</c>, a warning), a file that is
    /// not an agreement, or <c>format --check</c> finding a file not in canonical form.
    /// </summary>
    internal const int Invalid = 1;

    /// <summary>The command line was wrong, or a file could not be found, read or written.</summary>
    internal const int Usage = 2;

    /// <summary>The table as every command's help prints it, Swedish first.</summary>
    internal const string Table = """
        Slutkoder / Exit codes (alla kommandon / every command):
          0  giltigt och klart (varningar tillåtna) / valid and done (warnings allowed)
          1  ogiltig indata: fel, varning med --warnings-as-errors, inte ett medborgarlöfte, format --check hittade
             skillnader / invalid input: an error, a warning with --warnings-as-errors, not an agreement,
             format --check found differences
          2  fel användning, eller en fil som inte finns eller inte kan läsas eller skrivas /
             usage error, or a file that does not exist or cannot be read or written
        """;
}
