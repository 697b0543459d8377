using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Medborgarlofte.Internal;
using Medborgarlofte.Json.Shapes;
using Medborgarlofte.Json;
using NodaTime;
using Medborgarlofte.Validation;

namespace Medborgarlofte;

/// <summary>
/// Validates agreements (validering): the strict reader, then the rules, in one pass, every problem
/// reported, as a <see cref="ValidationReport"/>. No exception escapes for any document: a rule that
/// throws becomes an <c>ML9999</c> diagnostic.
/// </summary>
/// <example>
/// <code>
/// var report = AgreementValidator.Validate(File.ReadAllBytes("bastad-2024.json"));
/// foreach (var d in report.Diagnostics)
///     Console.WriteLine($"{d.Code} {d.Pointer}: {d.Message.Swedish}");
/// </code>
/// </example>
public static class AgreementValidator
{
    /// <summary>The version of the document format and its JSON Schema that validation checks against.</summary>
    public const string SchemaVersion = Agreement.CurrentFormatVersion;

    /// <summary>Gets the version of this library, as written in reports ("0.1.0").</summary>
    public static string LibraryVersion { get; } = ReadLibraryVersion();

    /// <summary>Validates JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    public static ValidationReport Validate(string json, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        options ??= ValidationOptions.Default;
        var read = new ReadContext();
        using var document = JsonInput.Parse(json, options.Limits, read);
        return Run(document, read, options);
    }

    /// <summary>Validates UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    public static ValidationReport Validate(ReadOnlyMemory<byte> utf8Json, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var read = new ReadContext();
        using var document = JsonInput.Parse(utf8Json, options.Limits, read);
        return Run(document, read, options);
    }

    /// <summary>Validates a stream of UTF-8 JSON, read to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    public static ValidationReport Validate(Stream utf8Json, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        options ??= ValidationOptions.Default;
        var read = new ReadContext();
        using var document = JsonInput.Parse(utf8Json, options.Limits, read);
        return Run(document, read, options);
    }

    /// <summary>
    /// Validates a stream of UTF-8 JSON asynchronously (a request body, where synchronous reads are not allowed),
    /// read up to one byte past the size limit and never further.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The report; a failing read is one of its diagnostics.</returns>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<ValidationReport> ValidateAsync(Stream utf8Json, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        options ??= ValidationOptions.Default;
        var read = new ReadContext();
        using var document = await JsonInput.ParseAsync(utf8Json, options.Limits, read, cancellationToken).ConfigureAwait(false);
        return Run(document, read, options);
    }

    /// <summary>
    /// Validates an agreement built or changed in code, with the verdict its JSON would get: what no document can
    /// hold (a null where a value is required, an undefined enum value, a date outside years 1–9999, a lone
    /// surrogate) is reported at its pointer; anything else is written canonically and that JSON is validated,
    /// so the diagnostics are those of <c>Validate(AgreementJson.WriteToUtf8Bytes(agreement))</c>. A model no
    /// JSON can hold gets its rules' diagnostics too, for what is there.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report; its <see cref="ValidationReport.Agreement"/> is the agreement as read back from its JSON.</returns>
    public static ValidationReport Validate(Agreement agreement, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        options ??= ValidationOptions.Default;
        var diagnostics = new List<Diagnostic>();
        if (ModelSoundness.Report(agreement, diagnostics))
        {
            // No JSON can hold it, yet what is there is still judged: the rules run on the model as it is (a rule
            // that trips over a null becomes ML9999, as always).
            var asOf = AsOf(options);
            var cap = new DiagnosticCap { Max = options.Limits.MaxDiagnostics };
            RunRules(agreement, asOf, options, diagnostics, cap);
            DocumentOrder.Sort(diagnostics, null);
            cap.AppendSummary(diagnostics);
            return new ValidationReport([.. diagnostics], null, Provenance(asOf));
        }

        // Its diagnostics are placed in the canonical JSON written for it, as validating that JSON places them.
        return Validate(AgreementJson.WriteToUtf8Bytes(agreement), options);
    }

    private static ValidationReport Run(Medborgarlofte.Json.Parsed.ParsedJson? document, ReadContext read, ValidationOptions options)
    {
        var asOf = AsOf(options);
        var diagnostics = read.Diagnostics;
        Agreement? agreement = null;
        if (document is not null)
        {
            // The reader is the one gate: what it found incomplete is not judged further; a value of the wrong
            // format (an id's pattern, an e-mail address) is an error that still leaves the rest to the rules.
            agreement = AgreementReader.ReadAgreement(document.Root, read);
            if (read.HasShapeErrors)
            {
                agreement = null;
            }
            else if (agreement is not null)
            {
                RunRules(agreement, asOf, options, diagnostics, read.Cap);
            }
        }

        DocumentOrder.SortAndLocate(diagnostics, document?.Root);
        read.CloseDiagnostics();
        return new ValidationReport([.. diagnostics], agreement, Provenance(asOf));
    }

    private static void RunRules(Agreement agreement, LocalDate asOf, ValidationOptions options, List<Diagnostic> diagnostics, DiagnosticCap cap)
    {
        var policy = options.SeverityOverrides.Count == 0 && options.DisabledRules.Count == 0
            ? SeverityPolicy.Defaults
            : new SeverityPolicy(options.SeverityOverrides, options.DisabledRules);
        ValidationContext context;
        try
        {
            context = new ValidationContext(agreement, asOf, policy, diagnostics, cap);
        }
#pragma warning disable CA1031 // A model built in code can hold anything; no exception may escape validation.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed(policy, diagnostics, "ValidationContext", e);
            return;
        }

        try
        {
            foreach (var rule in ValidationRules.BuiltIn)
            {
                Run(rule, context, policy, diagnostics);
            }

            foreach (var rule in options.AdditionalRules)
            {
                Run(rule, context, policy, diagnostics);
            }
        }
        finally
        {
            context.ReturnPooled();
        }
    }

    private static void Run(IValidationRule rule, ValidationContext context, SeverityPolicy policy, List<Diagnostic> diagnostics)
    {
        string name = "?";
        try
        {
            var descriptor = rule.Descriptor;
            name = descriptor.Code;
            if (policy.Resolve(descriptor) is null)
            {
                return;
            }

            context.CurrentDescriptor = descriptor;
            rule.Check(context);
        }
#pragma warning disable CA1031 // A rule's exception, built in or added, becomes ML9999 rather than escape.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed(policy, diagnostics, name, e);
        }
        finally
        {
            context.CurrentDescriptor = null;
        }
    }

    private static void Failed(SeverityPolicy policy, List<Diagnostic> diagnostics, string rule, Exception e)
    {
        var severity = policy.Resolve(DiagnosticCodes.RuleFailed) ?? DiagnosticSeverity.Error;
        diagnostics.Add(new Diagnostic(
            DiagnosticCodes.RuleFailed.Code,
            severity,
            string.Empty,
            new LocalizedText($"Regeln {rule} kunde inte köras: {e.GetType().Name}: {e.Message}", $"The rule {rule} failed: {e.GetType().Name}: {e.Message}"),
            new LocalizedText("Regelns kontroller saknas i rapporten; rapportera felet till regelns författare.", "The rule's checks are missing from the report; report the failure to the rule's author.")));
    }

    /// <summary>
    /// A report of a follow-up document's validation (<see cref="FollowUp.FollowUpValidator"/>), for a command that
    /// validates follow-ups among agreements and reports them alike. Valid when it has no error.
    /// </summary>
    internal static ValidationReport FollowUpReport(EquatableArray<Diagnostic> diagnostics, ValidationOptions? options) =>
        new(diagnostics, null, Provenance(AsOf(options ?? ValidationOptions.Default)), isFollowUp: true);

    private static LocalDate AsOf(ValidationOptions options) =>
        options.AsOf ?? (options.TimeZone is { } zone ? options.Clock.GetCurrentInstant().InZone(zone).Date : SwedishDate.Today(options.Clock));

    private static ValidationProvenance Provenance(LocalDate asOf) => new(LibraryVersion, SchemaVersion, ValidationRules.Version, asOf);

    private static string ReadLibraryVersion()
    {
        var assembly = typeof(AgreementValidator).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is not null)
        {
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }

        return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
