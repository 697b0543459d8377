using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Medborgarlofte.Json;

/// <summary>
/// Lets <see cref="JsonSerializer"/> (and ASP.NET Core model binding) read and write an <see cref="Agreement"/> in
/// the format's JSON: read strictly by <see cref="AgreementJson"/>'s reader, written as its canonical bytes.
/// Register it with <see cref="MedborgarlofteJsonSerializerOptionsExtensions.AddMedborgarlofte"/>.
/// </summary>
/// <remarks>
/// A document the reader refuses throws <see cref="AgreementValidationException"/> (a <see cref="JsonException"/>)
/// carrying the diagnostics. No reflection: trimming and Native AOT keep it.
/// </remarks>
public sealed class AgreementJsonConverter : JsonConverter<Agreement>
{
    private readonly JsonLimits _limits;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    public AgreementJsonConverter(JsonLimits? limits = null) => _limits = limits ?? JsonLimits.Default;

    /// <inheritdoc/>
    public override Agreement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ConverterSupport.Read(ref reader, _limits, AgreementJson.Read);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Agreement value, JsonSerializerOptions options) =>
        ConverterSupport.WriteCanonical(writer, AgreementJson.WriteToUtf8Bytes(value));
}
