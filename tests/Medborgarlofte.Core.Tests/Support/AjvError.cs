using System.Text.Json;
using Medborgarlofte.Json;

namespace Medborgarlofte.Tests.Support;

/// <summary>One error Ajv reported, as <c>tests/ajv/validate.mjs</c> prints it.</summary>
/// <param name="InstancePath">The pointer Ajv gives: for a property problem, the object that holds it.</param>
/// <param name="Keyword">The schema keyword that failed.</param>
/// <param name="Message">Ajv's message.</param>
/// <param name="Params">Ajv's parameters of the error.</param>
/// <param name="PropertyName">For an error inside <c>propertyNames</c>, the name that failed; otherwise null.</param>
internal sealed record AjvError(string InstancePath, string Keyword, string Message, JsonElement Params, string? PropertyName = null)
{
    /// <summary>
    /// Gets the pointer of the offending value, as the strict reader reports it: Ajv reports an unknown
    /// property and a bad property name at the object, so the name is appended for those.
    /// </summary>
    internal string Location => PropertyName is not null ? JsonPointer.Append(InstancePath, PropertyName) : Keyword switch
    {
        "additionalProperties" => JsonPointer.Append(InstancePath, Params.GetProperty("additionalProperty").GetString()!),
        "propertyNames" => JsonPointer.Append(InstancePath, Params.GetProperty("propertyName").GetString()!),
        _ => InstancePath,
    };

    public override string ToString() => $"{Location} {Keyword}: {Message}";
}
