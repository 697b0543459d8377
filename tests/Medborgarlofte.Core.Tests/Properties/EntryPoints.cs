using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit.Sdk;

namespace Medborgarlofte.Tests.Properties;

/// <summary>A public operation that must never throw, whatever bytes it is given.</summary>
/// <param name="Name">How a failure names it.</param>
/// <param name="Run">Runs it on the input; the agreement is the one a follow-up is checked against.</param>
public sealed record EntryPoint(string Name, Action<byte[], Agreement> Run)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// Every entry point hostile input reaches, in one list: each totality property runs all of them on
/// every case, the full validation (reading, schema, rules) among them.
/// </summary>
public static class EntryPoints
{
    /// <summary>The agreement follow-ups are checked against when the test has no better one.</summary>
    public static Agreement Reference { get; } = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();

    /// <summary>Gets every entry point under test.</summary>
    public static IReadOnlyList<EntryPoint> All { get; } =
    [
        new("AgreementJson.Read(ReadOnlyMemory<byte>)", (bytes, _) => AgreementJson.Read(bytes)),
        new("AgreementJson.Read(string)", (bytes, _) => AgreementJson.Read(Encoding.UTF8.GetString(bytes))),
        new("AgreementJson.Read(Stream)", (bytes, _) => AgreementJson.Read(new MemoryStream(bytes, writable: false))),
        new("AgreementJson.Read(JsonElement)", (bytes, _) => WithElement(bytes, element => AgreementJson.Read(element))),
        new("FollowUpJson.Read(ReadOnlyMemory<byte>)", (bytes, _) => FollowUpJson.Read(bytes)),
        new("FollowUpJson.Read(string)", (bytes, _) => FollowUpJson.Read(Encoding.UTF8.GetString(bytes))),
        new("FollowUpJson.Read(Stream)", (bytes, _) => FollowUpJson.Read(new MemoryStream(bytes, writable: false))),
        new("FollowUpValidator.Validate, FollowUpEvaluator.Evaluate and the reports, of what reads", FollowUpOperations),
        new("AgreementJson.Write and FollowUpEvaluator.Evaluate of an agreement that reads", AgreementOperations),
        new("AgreementValidator.Validate(ReadOnlyMemory<byte>): reading, schema and rules", (bytes, _) => Medborgarlofte.AgreementValidator.Validate(bytes, ValidateOptions)),
        new("AgreementValidator.Validate(string)", (bytes, _) => Medborgarlofte.AgreementValidator.Validate(Encoding.UTF8.GetString(bytes), ValidateOptions)),
        new("FollowUpValidator.Validate(ReadOnlyMemory<byte>, Agreement)", (bytes, agreement) => FollowUpValidator.Validate(bytes, agreement)),
    ];

    private static readonly Medborgarlofte.ValidationOptions ValidateOptions = new() { AsOf = new LocalDate(2024, 6, 1) };

    /// <summary>Runs every entry point on <paramref name="input"/>; an exception fails the test, naming the entry point.</summary>
    /// <param name="input">Any bytes.</param>
    /// <param name="agreement">The agreement a follow-up is checked against; <see cref="Reference"/> when null.</param>
    /// <param name="description">What the input is, for the failure message.</param>
    public static void AssertNoneThrows(byte[] input, Agreement? agreement = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var entryPoint in All)
        {
            try
            {
                entryPoint.Run(input, agreement ?? Reference);
            }
#pragma warning disable CA1031 // Any exception is the failure being looked for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                throw new XunitException($"{entryPoint.Name} threw on {description ?? "the input"}:\n{e}\n--- input ({input.Length} bytes) ---\n{Preview(input)}", e);
            }
        }
    }

    private static void FollowUpOperations(byte[] bytes, Agreement agreement)
    {
        var read = FollowUpJson.Read(bytes);
        if (!read.Success)
        {
            return;
        }

        FollowUpValidator.Validate(read.Value, agreement);
        var evaluation = FollowUpEvaluator.Evaluate(agreement, read.Value, read.Value.AsOf);
        FollowUpMarkdownRenderer.Render(evaluation);
        ProgressChart.Render(evaluation);
        FollowUpJson.WriteToUtf8Bytes(read.Value);
    }

    private static void AgreementOperations(byte[] bytes, Agreement agreement)
    {
        var read = AgreementJson.Read(bytes);
        if (!read.Success)
        {
            return;
        }

        AgreementJson.WriteToUtf8Bytes(read.Value);
        var followUp = new FollowUpDocument
        {
            Id = "u1",
            Agreement = new DocumentReference { Id = read.Value.Id, Revision = read.Value.Revision.Number },
            AsOf = read.Value.Validity.End ?? (read.Value.Validity.Start.Year < 9999 ? read.Value.Validity.Start.PlusDays(300) : read.Value.Validity.Start),
        };
        var evaluation = FollowUpEvaluator.Evaluate(read.Value, followUp, followUp.AsOf);
        FollowUpMarkdownRenderer.Render(evaluation);
        ProgressChart.Render(evaluation);
    }

    /// <summary>Parses the way a caller with lenient options might (deep, comments, trailing commas), then reads the element.</summary>
    private static void WithElement(byte[] bytes, Action<JsonElement> read)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 1000, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            read(document.RootElement);
        }
    }

    private static string Preview(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        return text.Length <= 4000 ? text : text[..4000] + "…";
    }
}
