using Medborgarlofte.Validation;

namespace Medborgarlofte.Cli.Output;

/// <summary>One validated file: its path as given, its bytes and its report.</summary>
/// <param name="Path">The path as given on the command line.</param>
/// <param name="Bytes">The file's bytes, for locating pointers.</param>
/// <param name="Report">The validation report.</param>
internal sealed record FileReport(string Path, byte[] Bytes, ValidationReport Report);
