using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Json;

/// <summary>Registers the format's converters with System.Text.Json in one call.</summary>
/// <example>
/// <code>
/// var options = new JsonSerializerOptions().AddMedborgarlofte();
/// Agreement agreement = JsonSerializer.Deserialize&lt;Agreement&gt;(json, options)!;
/// // ASP.NET Core: builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddMedborgarlofte());
/// </code>
/// </example>
public static class MedborgarlofteJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the converters for <see cref="Agreement"/>, <see cref="FollowUpDocument"/> and <see cref="ValidationReport"/>
    /// (read strictly, written canonically), and a resolver that needs no reflection, for trimmed and Native AOT hosts
    /// whose options have a resolver chain (ASP.NET Core's do).
    /// </summary>
    /// <param name="options">The options, not yet in use.</param>
    /// <param name="limits">Input limits for reading; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The same options, for chaining.</returns>
    public static JsonSerializerOptions AddMedborgarlofte(this JsonSerializerOptions options, JsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        var agreement = new AgreementJsonConverter(limits);
        var followUp = new FollowUpDocumentJsonConverter(limits);
        var report = new ValidationReportJsonConverter();
        options.Converters.Add(agreement);
        options.Converters.Add(followUp);
        options.Converters.Add(report);

        // Without a resolver, System.Text.Json falls back to reflection, which finds the converters above; a resolver
        // that is there (a source-generated context, ASP.NET Core's default, one without reflection) is asked after
        // this one, which answers for these three types only.
        if (options.TypeInfoResolver is not null || !JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.TypeInfoResolverChain.Insert(0, new Resolver(agreement, followUp, report));
        }

        return options;
    }

    /// <summary>Type information for the three types from their converters alone: no member is reflected over.</summary>
    private sealed class Resolver(AgreementJsonConverter agreement, FollowUpDocumentJsonConverter followUp, ValidationReportJsonConverter report)
        : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(Agreement) ? JsonMetadataServices.CreateValueInfo<Agreement>(options, agreement)
            : type == typeof(FollowUpDocument) ? JsonMetadataServices.CreateValueInfo<FollowUpDocument>(options, followUp)
            : type == typeof(ValidationReport) ? JsonMetadataServices.CreateValueInfo<ValidationReport>(options, report)
            : null;
    }
}
