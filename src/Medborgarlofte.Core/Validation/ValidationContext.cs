using System;
using System.Buffers;
using System.Collections.Generic;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;
using NodaTime;

namespace Medborgarlofte.Validation;

/// <summary>
/// What a rule sees: the agreement, look-ups by id built once per validation, the as-of date,
/// and <see cref="Report(string, string, string)"/> to report a problem at a JSON Pointer.
/// </summary>
/// <remarks>
/// The look-ups keep every reference check constant time, so validation stays linear in the document.
/// Build pointers with <see cref="JsonPointer"/> only when reporting.
/// </remarks>
public sealed class ValidationContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly DiagnosticCap _cap;
    private readonly SeverityPolicy _policy;
    private readonly DateInterval? _validity; // worked out once: Validity.Interval builds a new interval each time
    private ReferenceSites? _references;
    private TextFindings? _texts;

    internal ValidationContext(Agreement agreement, LocalDate asOf, SeverityPolicy policy, List<Diagnostic> diagnostics, DiagnosticCap? cap = null)
    {
        Agreement = agreement;
        AsOf = asOf;
        _policy = policy;
        _diagnostics = diagnostics;
        _cap = cap ?? new DiagnosticCap { Max = int.MaxValue };
        _validity = agreement.Validity?.Interval;
        Parties = Lookup(agreement.Parties, static p => p.Id);
        Sources = Lookup(agreement.SituationPicture?.Sources ?? default, static s => s.Id);
        Findings = Lookup(agreement.SituationPicture?.Findings ?? default, static f => f.Id);
        PriorityAreas = Lookup(agreement.PriorityAreas, static a => a.Id);
        (Commitments, Targets) = CommitmentsAndTargets(agreement.Commitments);
        Goals = Lookup(agreement.Goals, static g => g.Id);
        GovernanceBodies = Lookup(agreement.Governance?.Bodies ?? default, static b => b.Id);
        Partners = Lookup(agreement.Partners, static p => p.Id);
        Reservations = Lookup(agreement.Reservations, static r => r.Id);
    }

    /// <summary>Gets the agreement being validated.</summary>
    public Agreement Agreement { get; }

    /// <summary>Gets the date the validation is as of (an expired promise is one whose validity ended before it).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the parties (parter) by id.</summary>
    public IdLookup<Party> Parties { get; }

    /// <summary>Gets the sources (underlag) of the situation picture by id.</summary>
    public IdLookup<Source> Sources { get; }

    /// <summary>Gets the findings of the situation picture by id.</summary>
    public IdLookup<Finding> Findings { get; }

    /// <summary>Gets the priority areas (fokusområden) by id.</summary>
    public IdLookup<PriorityArea> PriorityAreas { get; }

    /// <summary>Gets the commitments (löften) by id.</summary>
    public IdLookup<Commitment> Commitments { get; }

    /// <summary>Gets every target (mätbart mål) of every commitment by id, with where it stands.</summary>
    public IdLookup<TargetLocation> Targets { get; }

    /// <summary>Gets the goals (mål och effekter) by id.</summary>
    public IdLookup<Goal> Goals { get; }

    /// <summary>Gets the governance bodies (organ) by id.</summary>
    public IdLookup<GovernanceBody> GovernanceBodies { get; }

    /// <summary>Gets the partners (samverkanspartner) by id (format 1.1).</summary>
    public IdLookup<Partner> Partners { get; }

    /// <summary>Gets the reservation clauses (förbehåll) by id (format 1.1).</summary>
    public IdLookup<Reservation> Reservations { get; }

    /// <summary>Gets the rule being run, whose code <see cref="Report(string, string, string)"/> reports under.</summary>
    internal DiagnosticDescriptor? CurrentDescriptor { get; set; }

    /// <summary>Gets every reference by id in the document, by the kind of id referred to, gathered once on first use (until <see cref="ReturnPooled"/>).</summary>
    internal ReferenceSites References => _references ??= ReferenceSites.Collect(Agreement);

    /// <summary>Gets what the rules on every human text look for, found in one walk on first use (until <see cref="ReturnPooled"/>).</summary>
    internal TextFindings Texts => _texts ??= TextFindings.Collect(Agreement);

    /// <summary>Gets the period a target applies to: its own, or else the validity (null when that is open-ended).</summary>
    /// <param name="target">The target.</param>
    /// <returns>The period, or <see langword="null"/> when it has no end.</returns>
    public DateInterval? PeriodOf(Target target)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        return target.Period ?? _validity;
    }

    /// <summary>Reports a problem under the running rule's code.</summary>
    /// <param name="pointer">The JSON Pointer of the value concerned (<see cref="JsonPointer"/>); empty for the whole document.</param>
    /// <param name="swedish">What is wrong, in Swedish.</param>
    /// <param name="english">What is wrong, in English.</param>
    public void Report(string pointer, string swedish, string english) => Report(pointer, new LocalizedText(swedish, english));

    /// <summary>Reports a problem under the running rule's code, with a hint on how to fix it.</summary>
    /// <param name="pointer">The JSON Pointer of the value concerned; empty for the whole document.</param>
    /// <param name="message">What is wrong, Swedish first.</param>
    /// <param name="hint">How to fix it, or <see langword="null"/>.</param>
    public void Report(string pointer, LocalizedText message, LocalizedText? hint = null)
    {
        var descriptor = CurrentDescriptor ?? throw new InvalidOperationException("Report is called from a rule's Check.");
        Report(descriptor, pointer, message, hint);
    }

    /// <summary>Reports a problem under another code than the running rule's (for a rule that checks a small family of codes).</summary>
    /// <param name="descriptor">The code reported.</param>
    /// <param name="pointer">The JSON Pointer of the value concerned; empty for the whole document.</param>
    /// <param name="message">What is wrong, Swedish first.</param>
    /// <param name="hint">How to fix it, or <see langword="null"/>.</param>
    public void Report(DiagnosticDescriptor descriptor, string pointer, LocalizedText message, LocalizedText? hint = null)
    {
        Preconditions.CheckNotNull(descriptor, nameof(descriptor));
        Preconditions.CheckNotNull(pointer, nameof(pointer));
        Preconditions.CheckNotNull(message, nameof(message));
        if (_policy.Resolve(descriptor) is { } severity && _cap.Admit(_diagnostics, severity))
        {
            _diagnostics.Add(new Diagnostic(descriptor.Code, severity, pointer, message, hint));
        }
    }

    /// <summary>
    /// Whether the running rule's next diagnostic would be listed. Once the report holds
    /// <see cref="JsonLimits.MaxDiagnostics"/>, the diagnostic is counted here instead (for ML0008), so that a rule
    /// with many findings builds no pointer or message for those not listed: cost per problem stays small.
    /// </summary>
    internal bool Lists()
    {
        if (CurrentDescriptor is not { } descriptor || _policy.Resolve(descriptor) is not { } severity)
        {
            return false;
        }

        return _diagnostics.Count < _cap.Max || _cap.Admit(_diagnostics, severity);
    }

    /// <summary>Gives back what the rules borrowed from the pool; called once every rule has run.</summary>
    internal void ReturnPooled()
    {
        _references?.Dispose();
        _references = null;
        _texts?.Dispose();
        _texts = null;
    }

    private static IdLookup<T> Lookup<T>(Medborgarlofte.EquatableArray<T> items, Func<T, string> id)
        where T : class
    {
        var array = items.SharedArray(); // read only, so shared rather than copied
        var ids = new string?[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            // A model built in code may hold nulls the reader never produces.
            ids[i] = array[i] is { } item ? id(item) : null;
        }

        return new IdLookup<T>(array, ids);
    }

    /// <summary>Builds the look-ups of commitments and of targets in one pass, hashing each id as it is read.</summary>
    /// <remarks>One pass, because a large agreement's commitments do not fit in the cache and each pass reads them from memory.</remarks>
    private static (IdLookup<Commitment> Commitments, IdLookup<TargetLocation> Targets) CommitmentsAndTargets(Medborgarlofte.EquatableArray<Commitment> commitments)
    {
        var array = commitments.SharedArray(); // read only, so shared rather than copied
        var ids = new string?[array.Length];
        var targets = new TargetLocation[array.Length]; // room for a target a commitment; grown when there are more
        var targetIds = new string?[array.Length];
        var idHashes = ArrayPool<int>.Shared.Rent(Math.Max(1, array.Length));
        var targetIdHashes = ArrayPool<int>.Shared.Rent(Math.Max(1, array.Length));
        var hasher = default(OrdinalKeyComparer);
        var count = 0;
        try
        {
            for (var c = 0; c < array.Length; c++)
            {
                // A model built in code may hold nulls the reader never produces.
                if (array[c] is not { } commitment)
                {
                    continue;
                }

                if (commitment.Id is { } id)
                {
                    ids[c] = id;
                    idHashes[c] = hasher.FastHash(id);
                }

                var own = commitment.Targets;
                for (var t = 0; t < own.Count; t++)
                {
                    if (count == targets.Length)
                    {
                        Grow(ref targets, ref targetIds, ref targetIdHashes);
                    }

                    targets[count] = new TargetLocation(own[t], c, t);
                    if (own[t]?.Id is { } targetId)
                    {
                        targetIds[count] = targetId;
                        targetIdHashes[count] = hasher.FastHash(targetId);
                    }

                    count++;
                }
            }

            if (count != targets.Length)
            {
                Array.Resize(ref targets, count);
                Array.Resize(ref targetIds, count);
            }

            return (new IdLookup<Commitment>(array, ids, idHashes), new IdLookup<TargetLocation>(targets, targetIds, targetIdHashes));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(idHashes);
            ArrayPool<int>.Shared.Return(targetIdHashes);
        }
    }

    private static void Grow(ref TargetLocation[] targets, ref string?[] ids, ref int[] hashes)
    {
        var filled = targets.Length;
        var size = Math.Max(16, filled * 2);
        Array.Resize(ref targets, size);
        Array.Resize(ref ids, size);
        var grown = ArrayPool<int>.Shared.Rent(size);
        hashes.AsSpan(0, filled).CopyTo(grown);
        ArrayPool<int>.Shared.Return(hashes);
        hashes = grown;
    }
}
