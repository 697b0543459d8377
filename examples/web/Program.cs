using System.Threading;
using Medborgarlofte.Examples.Web;
using Medborgarlofte.Json;
using Medborgarlofte;
using Medborgarlofte.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// One call: Agreement, FollowUpDocument and ValidationReport are read strictly and written canonically.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddMedborgarlofte());
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<AgreementStore>();
builder.Services.AddOpenApi(o => FormatSchemaTransformer.Register(o));

var app = builder.Build();
app.MapOpenApi();

// The body is validated as it arrives, asynchronously (Kestrel forbids synchronous reads), bounded by JsonLimits.
app.MapPost("/agreements", async Task<Results<Ok<Agreement>, ProblemHttpResult>> (HttpRequest request, AgreementStore store, CancellationToken cancellationToken) =>
{
    var report = await AgreementValidator.ValidateAsync(request.Body, cancellationToken: cancellationToken);
    if (!report.IsValid)
    {
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Avtalet är inte giltigt / The agreement is not valid",
            detail: $"{report.ErrorCount} fel / errors, {report.WarningCount} varningar / warnings",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["report"] = report });
    }

    var agreement = report.Agreement!;
    store.Put(agreement);
    return TypedResults.Ok(agreement);
})
.Accepts<Agreement>("application/json")
.ProducesProblem(StatusCodes.Status422UnprocessableEntity)
.WithName("PostAgreement")
.WithSummary("Validerar och sparar ett avtal / Validates and stores an agreement");

app.MapGet("/agreements/{id}", Results<Ok<Agreement>, NotFound> (string id, AgreementStore store) =>
    store.TryGet(id, out var agreement) ? TypedResults.Ok(agreement) : TypedResults.NotFound())
.WithName("GetAgreement")
.WithSummary("Hämtar ett sparat avtal / Gets a stored agreement");

app.MapGet("/schema", () => Results.Bytes(FormatSchema.Utf8Json.ToArray(), "application/schema+json"))
.WithName("GetSchema")
.WithSummary("Formatets JSON Schema / The format's JSON Schema");

app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
