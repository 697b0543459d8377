using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Commitment>;

namespace Medborgarlofte;

/// <summary>A commitment (löfte, åtagande): what a party promises to do, verbatim, with its targets.</summary>
public sealed record Commitment
{
    /// <summary>Gets the local id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the published number ("3.2"), if any.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the id of the priority area it belongs to, if any.</summary>
    public string? PriorityArea { get; init; }

    /// <summary>Gets the commitment's heading, when the document gives it one ("Grannsamverkan mot brott").</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>Gets the commitment's text, verbatim as published.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets the ids of the responsible parties (ansvar).</summary>
    public EquatableArray<string> ResponsibleParties { get; init; }

    /// <summary>Gets the responsible departments ("Förvaltningen för Teknik").</summary>
    public EquatableArray<LocalizedText> ResponsibleDepartments { get; init; }

    /// <summary>Gets the published responsibility line, rendered verbatim ("Ansvar: Förvaltningen för Teknik och polisen.") (format 1.1).</summary>
    public LocalizedText? ResponsibilityWording { get; init; }

    /// <summary>Gets the ids of the partners (samverkanspartner) that take part without signing (format 1.1).</summary>
    public EquatableArray<string> Partners { get; init; }

    /// <summary>Gets the purpose ("Syfte:").</summary>
    public LocalizedText? Purpose { get; init; }

    /// <summary>Gets the condition under which it applies ("om behov finns").</summary>
    public LocalizedText? Condition { get; init; }

    /// <summary>Gets the places (Lyckantorget, Resecentrum).</summary>
    public EquatableArray<LocalizedText> Places { get; init; }

    /// <summary>Gets the target groups (åk 4, seniorer, vårdnadshavare).</summary>
    public EquatableArray<LocalizedText> TargetGroups { get; init; }

    /// <summary>Gets method codes from the open list <see cref="CodeLists.Methods"/>.</summary>
    public EquatableArray<string> Methods { get; init; }

    /// <summary>Gets the measurable targets.</summary>
    public EquatableArray<Target> Targets { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>commitment</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Commitment> Shape = new(
        static v => new Commitment
        {
            Id = v.Required<string>(),
            Number = v.Optional<string>(),
            PriorityArea = v.Optional<string>(),
            Title = v.Optional<LocalizedText>(),
            Text = v.Required<LocalizedText>(),
            ResponsibleParties = v.Array<string>(),
            ResponsibleDepartments = v.Array<LocalizedText>(),
            ResponsibilityWording = v.Optional<LocalizedText>(),
            Partners = v.Array<string>(),
            Purpose = v.Optional<LocalizedText>(),
            Condition = v.Optional<LocalizedText>(),
            Places = v.Array<LocalizedText>(),
            TargetGroups = v.Array<LocalizedText>(),
            Methods = v.Array<string>(),
            Targets = v.Array<Target>(),
            Extensions = v.Extensions(),
        },
        F.Id("id", static x => x.Id),
        F.String("number", static x => x.Number),
        F.Reference("priorityArea", static x => x.PriorityArea, check: ValueChecks.Id),
        F.Text("title", static x => x.Title),
        F.Text("text", static x => x.Text, required: true),
        F.References("responsibleParties", static x => x.ResponsibleParties, check: ValueChecks.Id),
        F.Texts("responsibleDepartments", static x => x.ResponsibleDepartments),
        F.Text("responsibilityWording", static x => x.ResponsibilityWording),
        F.References("partners", static x => x.Partners, check: ValueChecks.Id),
        F.Text("purpose", static x => x.Purpose),
        F.Text("condition", static x => x.Condition),
        F.Texts("places", static x => x.Places),
        F.Texts("targetGroups", static x => x.TargetGroups),
        F.References("methods", static x => x.Methods),
        F.Array("targets", static x => x.Targets, Target.Shape),
        F.Extensions(static x => x.Extensions));
}
