using System.Collections.Generic;

namespace Medborgarlofte.Tests.Support;

/// <summary>Ajv's verdict on one file.</summary>
/// <param name="Valid">Whether the file is valid against the schema.</param>
/// <param name="Errors">The errors, all of them (<c>allErrors</c>).</param>
internal sealed record AjvVerdict(bool Valid, IReadOnlyList<AjvError> Errors);
