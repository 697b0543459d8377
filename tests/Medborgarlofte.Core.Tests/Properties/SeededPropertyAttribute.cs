using System;
using FsCheck.Xunit;

namespace Medborgarlofte.Tests.Properties;

/// <summary>
/// FsCheck.Xunit's <c>[Property]</c> on the seeded, scalable cases of <see cref="PropertyRun"/>: every run checks
/// the same cases, and a failure prints the shrunk counterexample and the <c>Replay</c> seed that gives it again.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SeededPropertyAttribute : PropertyAttribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="cases">The cases at scale 1 (<c>MEDBORGARLOFTE_PROPERTY_SCALE</c> multiplies them).</param>
    /// <param name="salt">Added to the seed, so that properties do not all draw the same values.</param>
    public SeededPropertyAttribute(int cases, ulong salt = 0)
    {
        Cases = cases;
        Salt = salt;
        MaxTest = PropertyRun.CasesFor(cases);
        Replay = PropertyRun.ReplayFor(salt);
        QuietOnSuccess = true;
    }

    /// <summary>Gets the cases at scale 1.</summary>
    public int Cases { get; }

    /// <summary>Gets what is added to the seed.</summary>
    public ulong Salt { get; }
}
