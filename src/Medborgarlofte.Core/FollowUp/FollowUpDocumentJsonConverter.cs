using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Medborgarlofte.Json;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// Lets <see cref="JsonSerializer"/> read and write a <see cref="FollowUpDocument"/> (uppföljning) in the format's
/// JSON: read strictly by <see cref="FollowUpJson"/>'s reader, written as its canonical bytes. Registered by
/// <see cref="MedborgarlofteJsonSerializerOptionsExtensions.AddMedborgarlofte"/>.
/// </summary>
/// <remarks>A document the reader refuses throws <see cref="AgreementValidationException"/> carrying the diagnostics.</remarks>
public sealed class FollowUpDocumentJsonConverter : JsonConverter<FollowUpDocument>
{
    private readonly JsonLimits _limits;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    public FollowUpDocumentJsonConverter(JsonLimits? limits = null) => _limits = limits ?? JsonLimits.Default;

    /// <inheritdoc/>
    public override FollowUpDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ConverterSupport.Read(ref reader, _limits, FollowUpJson.Read);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FollowUpDocument value, JsonSerializerOptions options) =>
        ConverterSupport.WriteCanonical(writer, FollowUpJson.WriteToUtf8Bytes(value));
}
