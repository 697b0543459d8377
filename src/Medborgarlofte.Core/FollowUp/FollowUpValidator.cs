using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;
using NodaTime;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// Checks a follow-up against the agreement it reports on: every id resolves, no observation is
/// dated after the as-of date, and observations fall inside the validity.
/// </summary>
public static class FollowUpValidator
{
    /// <summary>Validates a follow-up document given as JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="agreement">The agreement it follows up, or <see langword="null"/> to check the document alone.</param>
    /// <param name="options">Options (the input limits); <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    public static FollowUpValidationReport Validate(string json, Agreement? agreement = null, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        var context = new ReadContext();
        using var document = JsonInput.Parse(json, (options ?? ValidationOptions.Default).Limits, context);
        return Run(document, context, agreement);
    }

    /// <summary>
    /// Validates a follow-up document in one pass: strict reading, which enforces everything the schema's
    /// follow-up part does, and, when the agreement is given, the checks against it (<c>ML91xx</c>).
    /// Never throws for bad input.
    /// </summary>
    /// <param name="utf8Json">The follow-up document as UTF-8 JSON.</param>
    /// <param name="agreement">The agreement it follows up, or <see langword="null"/> to check the document alone.</param>
    /// <param name="options">Options (the input limits); <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report: the document when it has no error, and every diagnostic.</returns>
    public static FollowUpValidationReport Validate(ReadOnlyMemory<byte> utf8Json, Agreement? agreement = null, ValidationOptions? options = null)
    {
        var context = new ReadContext();
        using var document = JsonInput.Parse(utf8Json, (options ?? ValidationOptions.Default).Limits, context);
        return Run(document, context, agreement);
    }

    /// <summary>Validates a stream of UTF-8 JSON, read to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="agreement">The agreement it follows up, or <see langword="null"/> to check the document alone.</param>
    /// <param name="options">Options (the input limits); <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    public static FollowUpValidationReport Validate(Stream utf8Json, Agreement? agreement = null, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var context = new ReadContext();
        using var document = JsonInput.Parse(utf8Json, (options ?? ValidationOptions.Default).Limits, context);
        return Run(document, context, agreement);
    }

    /// <summary>
    /// Validates a stream of UTF-8 JSON asynchronously (a request body), read up to one byte past the size limit
    /// and never further.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="agreement">The agreement it follows up, or <see langword="null"/> to check the document alone.</param>
    /// <param name="options">Options (the input limits); <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The report; a failing read is one of its diagnostics.</returns>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<FollowUpValidationReport> ValidateAsync(Stream utf8Json, Agreement? agreement = null, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var context = new ReadContext();
        using var document = await JsonInput.ParseAsync(utf8Json, (options ?? ValidationOptions.Default).Limits, context, cancellationToken).ConfigureAwait(false);
        return Run(document, context, agreement);
    }

    /// <summary>Checks a follow-up built in code against <paramref name="agreement"/>.</summary>
    /// <param name="followUp">The follow-up.</param>
    /// <param name="agreement">The agreement followed up.</param>
    /// <returns>The report; its diagnostics are in document order, none when all is well.</returns>
    public static FollowUpValidationReport Validate(FollowUpDocument followUp, Agreement agreement) =>
        new(followUp, Check(agreement, followUp));

    private static FollowUpValidationReport Run(Json.Parsed.ParsedJson? document, ReadContext context, Agreement? agreement)
    {
        FollowUpDocument? followUp = null;
        var diagnostics = context.Diagnostics;
        if (document is not null)
        {
            followUp = FollowUpReader.Read(document.Root, context);
            if (followUp is not null && agreement is not null && !context.HasShapeErrors)
            {
                foreach (var found in Check(agreement, followUp))
                {
                    context.Cap.Add(diagnostics, found);
                }
            }

            context.Cap.Trim(diagnostics);
            DocumentOrder.Locate(diagnostics, document.Root);
        }

        context.CloseDiagnostics();

        // The report keeps the document only when no diagnostic is an error.
        return new FollowUpValidationReport(followUp, [.. diagnostics]);
    }

    // The checks against the agreement (ML91xx), in document order.
    private static EquatableArray<Diagnostic> Check(Agreement agreement, FollowUpDocument followUp)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        Preconditions.CheckSound(followUp, nameof(followUp));
        var found = new List<Diagnostic>();

        if (followUp.Agreement.Id != agreement.Id)
        {
            Add(found, DiagnosticCodes.AgreementMismatch, "/agreement/id", $"Uppföljningen gäller \"{followUp.Agreement.Id}\", inte \"{agreement.Id}\".", $"The follow-up is of \"{followUp.Agreement.Id}\", not \"{agreement.Id}\".");
        }
        else if (followUp.Agreement.Revision is { } revision && revision != agreement.Revision.Number)
        {
            Add(found, DiagnosticCodes.RevisionMismatch, "/agreement/revision", $"Uppföljningen gäller revision {revision}; medborgarlöftet är revision {agreement.Revision.Number}.", $"The follow-up is of revision {revision}; the agreement is revision {agreement.Revision.Number}.");
        }

        var parties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in agreement.Parties)
        {
            parties.Add(party.Id);
        }

        var commitments = new HashSet<string>(StringComparer.Ordinal);
        var targets = new Dictionary<string, Target>(StringComparer.Ordinal);
        foreach (var commitment in agreement.Commitments)
        {
            commitments.Add(commitment.Id);
            foreach (var target in commitment.Targets)
            {
                targets.TryAdd(target.Id, target);
            }
        }

        var goals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var goal in agreement.Goals)
        {
            goals.Add(goal.Id);
        }

        for (var i = 0; i < followUp.ReportedBy.Count; i++)
        {
            var id = followUp.ReportedBy[i];
            if (!parties.Contains(id))
            {
                Add(found, DiagnosticCodes.UnknownParty, $"/reportedBy/{i}", $"Parten \"{id}\" finns inte i medborgarlöftet.", $"The party \"{id}\" is not declared in the agreement.");
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < followUp.Commitments.Count; i++)
        {
            var id = followUp.Commitments[i].Commitment;
            if (!commitments.Contains(id))
            {
                Add(found, DiagnosticCodes.UnknownCommitment, $"/commitments/{i}/commitment", $"Löftet \"{id}\" finns inte i medborgarlöftet.", $"The commitment \"{id}\" is not declared in the agreement.");
            }
            else if (!reported.Add(id))
            {
                Add(found, DiagnosticCodes.DuplicateCommitmentStatus, $"/commitments/{i}/commitment", $"Löftet \"{id}\" rapporteras redan tidigare i uppföljningen.", $"The commitment \"{id}\" is already reported earlier in the follow-up.");
            }
        }

        for (var i = 0; i < followUp.Observations.Count; i++)
        {
            CheckObservation(agreement, followUp, targets, followUp.Observations[i], $"/observations/{i}", found);
        }

        for (var i = 0; i < followUp.IndicatorObservations.Count; i++)
        {
            var id = followUp.IndicatorObservations[i].Goal;
            if (!goals.Contains(id))
            {
                Add(found, DiagnosticCodes.UnknownGoal, $"/indicatorObservations/{i}/goal", $"Målet \"{id}\" finns inte i medborgarlöftet.", $"The goal \"{id}\" is not declared in the agreement.");
            }
        }

        return [.. found];
    }

    private static void CheckObservation(Agreement agreement, FollowUpDocument followUp, Dictionary<string, Target> targets, TargetObservation observation, string pointer, List<Diagnostic> found)
    {
        if (!targets.TryGetValue(observation.Target, out var target))
        {
            Add(found, DiagnosticCodes.UnknownTarget, pointer + "/target", $"Målet \"{observation.Target}\" finns inte i medborgarlöftet.", $"The target \"{observation.Target}\" is not declared in the agreement.");
        }
        else if (target.Kind == TargetKind.Qualitative)
        {
            Add(found, DiagnosticCodes.QualitativeObservation, pointer + "/target", $"Målet \"{target.Id}\" är kvalitativt; observationen räknas inte.", $"The target \"{target.Id}\" is qualitative; the observation is not counted.");
        }

        var datePointer = pointer + (observation.Date is null ? "/period/end" : "/date");
        var first = observation.Date ?? observation.Period!.Start;
        var last = observation.CountsOn!.Value;
        if (last > followUp.AsOf)
        {
            Add(found, DiagnosticCodes.ObservationAfterAsOf, datePointer, $"Observationen {IsoDate.Format(last)} är efter avstämningsdatumet {IsoDate.Format(followUp.AsOf)}.", $"The observation {IsoDate.Format(last)} is after the as-of date {IsoDate.Format(followUp.AsOf)}.");
        }

        var validity = agreement.Validity;
        if (first < validity.Start || (validity.End is { } end && last > end))
        {
            Add(found, DiagnosticCodes.ObservationOutsideValidity, datePointer, $"Observationen {IsoDate.Format(last)} ligger utanför giltighetstiden; den räknas inte.", $"The observation {IsoDate.Format(last)} lies outside the validity; it is not counted.");
        }
    }

    private static void Add(List<Diagnostic> found, DiagnosticDescriptor descriptor, string pointer, string swedish, string english) =>
        found.Add(new Diagnostic(descriptor.Code, descriptor.DefaultSeverity, pointer, new LocalizedText(swedish, english)));
}
