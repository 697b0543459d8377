using System;
using Medborgarlofte.Json;

namespace Medborgarlofte;

/// <summary>
/// Bounds on what a read accepts, so hostile input cannot exhaust memory or time.
/// Each bound exceeded is reported as a diagnostic, never as an exception: input size and depth
/// as <c>ML0003</c>, string length as <c>ML0006</c>, array length as <c>ML0007</c>, each with the
/// pointer of the offending value.
/// </summary>
/// <remarks>
/// <para>
/// The defaults are far above what real agreements need (the longest text in the bundled examples
/// is under 1 000 characters, the longest array 14 items) and far below what would strain a server:
/// </para>
/// <list type="table">
/// <item><term><see cref="MaxInputBytes"/></term><description>16 MiB</description></item>
/// <item><term><see cref="MaxDepth"/></term><description>64 levels (the format itself nests 6 deep; the rest is room for extensions)</description></item>
/// <item><term><see cref="MaxStringLength"/></term><description>1 Mi (1 048 576) characters</description></item>
/// <item><term><see cref="MaxArrayLength"/></term><description>100 000 items</description></item>
/// </list>
/// <para>
/// Strings and arrays are measured in a pass over the bytes before the document is built, so
/// input over a bound is rejected without building anything for it.
/// </para>
/// </remarks>
public sealed record JsonLimits
{
    /// <summary>The deepest nesting that can be configured: the depth the JSON writer can write back.</summary>
    public const int DepthCeiling = 1000;

    private readonly int _maxInputBytes = 16 * 1024 * 1024;
    private readonly int _maxDepth = 64;
    private readonly int _maxStringLength = 1024 * 1024;
    private readonly int _maxArrayLength = 100_000;
    private readonly int _maxDiagnostics = 1000;

    /// <summary>Gets the default limits: 16 MiB, depth 64, strings of 1 Mi characters, arrays of 100 000 items.</summary>
    public static JsonLimits Default { get; } = new();

    /// <summary>Gets the largest input accepted, in bytes (UTF-8, byte order mark included). Default 16 MiB.</summary>
    /// <remarks>A stream is read up to one byte past this bound, never further.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int MaxInputBytes
    {
        get => _maxInputBytes;
        init => _maxInputBytes = InRange(value, 0, int.MaxValue - 1, nameof(MaxInputBytes));
    }

    /// <summary>
    /// Gets the deepest nesting of objects and arrays accepted. Default 64; at most
    /// <see cref="DepthCeiling"/>, so that whatever is read can be written back.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above <see cref="DepthCeiling"/>.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = InRange(value, 1, DepthCeiling, nameof(MaxDepth));
    }

    /// <summary>
    /// Gets the longest string accepted, values and property names alike, in UTF-16 code units
    /// (the <see cref="string.Length"/> it reads as; an escape such as <c>\u00e5</c> counts as one).
    /// Default 1 048 576 (1 Mi): a thousand times the longest text of the bundled agreements.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = InRange(value, 0, int.MaxValue, nameof(MaxStringLength));
    }

    /// <summary>
    /// Gets the most items an array may have, anywhere in the document (extensions included).
    /// Default 100 000: years of weekly observations for dozens of targets fit many times over.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int MaxArrayLength
    {
        get => _maxArrayLength;
        init => _maxArrayLength = InRange(value, 0, int.MaxValue, nameof(MaxArrayLength));
    }

    /// <summary>
    /// Gets the most diagnostics one document's report lists (diagnoser per dokument). Default 1 000. The rest are
    /// counted, not kept, and one last <c>ML0008</c> says how many more were found, with the worst severity among
    /// them: a document with a million problems then costs the memory and output of a thousand, and a thousand
    /// is more than anyone fixes before validating again.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxDiagnostics
    {
        get => _maxDiagnostics;
        init => _maxDiagnostics = InRange(value, 1, int.MaxValue, nameof(MaxDiagnostics));
    }

    private static int InRange(int value, int minimum, int maximum, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, minimum, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, maximum, name);
        return value;
    }
}
