namespace Medborgarlofte.Cli.Commands;

/// <summary>How <c>validate</c> prints: what is shown, and whether the terminal gets colour.</summary>
/// <param name="Quiet">Only errors (and warnings counted as errors) and the summary.</param>
/// <param name="WarningsAsErrors">A warning fails the run (exit code 1) and is shown as an error would be.</param>
/// <param name="Colour">Severities in colour (ANSI), for a terminal.</param>
internal sealed record ValidationOutput(bool Quiet, bool WarningsAsErrors, bool Colour);
