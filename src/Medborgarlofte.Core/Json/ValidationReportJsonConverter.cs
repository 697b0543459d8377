using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Medborgarlofte.Json;

/// <summary>
/// Lets <see cref="JsonSerializer"/> write a <see cref="ValidationReport"/> as <see cref="ValidationReportJson"/>
/// does (schema <c>urn:medborgarlofte:validation-report:1.0</c>), e.g. as an ASP.NET Core response. Registered by
/// <see cref="Json.MedborgarlofteJsonSerializerOptionsExtensions.AddMedborgarlofte"/>.
/// </summary>
/// <remarks>
/// Write-only: a report is the outcome of validating a document, so reading one back would give a report the
/// library did not make. Validate the document again instead.
/// </remarks>
public sealed class ValidationReportJsonConverter : JsonConverter<ValidationReport>
{
    /// <summary>Always throws: a report is not read back.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <returns>Nothing.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override ValidationReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("En valideringsrapport läses inte tillbaka; validera dokumentet igen. / A validation report is not read back; validate the document again.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ValidationReport value, JsonSerializerOptions options) =>
        ValidationReportJson.Write(value, writer);
}
