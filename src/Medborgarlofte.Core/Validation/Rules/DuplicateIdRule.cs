using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML3001: ids are unique within their kind (parties, sources, findings, priority areas, commitments, targets, goals, bodies, partners, reservations).</summary>
internal sealed class DuplicateIdRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.DuplicateId;

    public void Check(ValidationContext context)
    {
        Report(context, context.Parties, JsonPointer.Party, "parten", "party");
        Report(context, context.Sources, JsonPointer.Source, "underlaget", "source");
        Report(context, context.Findings, JsonPointer.Finding, "iakttagelsen", "finding");
        Report(context, context.PriorityAreas, JsonPointer.PriorityArea, "fokusområdet", "priority area");
        Report(context, context.Commitments, JsonPointer.Commitment, "löftet", "commitment");
        Report(context, context.Goals, JsonPointer.Goal, "målet och effekten", "goal");
        Report(context, context.GovernanceBodies, JsonPointer.GovernanceBody, "organet", "governance body");
        Report(context, context.Partners, JsonPointer.Partner, "samverkanspartnern", "partner");
        Report(context, context.Reservations, JsonPointer.Reservation, "förbehållet", "reservation");
        foreach (var index in context.Targets.DuplicateIndexes)
        {
            Duplicate(context, JsonPointer.Append(context.Targets[index].Pointer, "id"), context.Targets.IdAt(index) ?? string.Empty, "målet", "target");
        }
    }

    private static void Report<T>(ValidationContext context, IdLookup<T> lookup, System.Func<int, string> pointer, string swedish, string english)
    {
        foreach (var index in lookup.DuplicateIndexes)
        {
            Duplicate(context, JsonPointer.Append(pointer(index), "id"), lookup.IdAt(index) ?? string.Empty, swedish, english);
        }
    }

    private static void Duplicate(ValidationContext context, string pointer, string id, string swedish, string english) =>
        context.Report(
            pointer,
            new LocalizedText($"Id \"{id}\" finns redan: {swedish} har samma id som ett tidigare.", $"The id \"{id}\" is taken: this {english} has the same id as an earlier one."),
            new LocalizedText("Ge varje sak ett eget id; hänvisningar måste peka ut exakt en.", "Give each item an id of its own; references must resolve to exactly one."));
}
