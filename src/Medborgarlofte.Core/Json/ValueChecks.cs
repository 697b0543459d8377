
namespace Medborgarlofte.Json;

/// <summary>Checks of values beyond their JSON type, named by the declarations of the properties they apply to.</summary>
internal static class ValueChecks
{
    /// <summary>An observed count: zero or more.</summary>
    internal static bool NonNegativeCount(decimal value, ReadContext c) =>
        value >= 0 || c.Fail(DiagnosticCodes.InvalidNumber, "Ett observerat antal kan inte vara negativt.", "An observed count cannot be negative.");
}
