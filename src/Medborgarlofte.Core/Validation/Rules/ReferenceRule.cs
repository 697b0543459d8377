
namespace Medborgarlofte.Validation.Rules;

/// <summary>ML3002–ML3005, ML3007, ML3008: every reference of one kind resolves to a declared item.</summary>
internal sealed class ReferenceRule : IValidationRule
{
    private readonly ReferenceKind _kind;

    private ReferenceRule(ReferenceKind kind, DiagnosticDescriptor descriptor)
    {
        _kind = kind;
        Descriptor = descriptor;
    }

    public DiagnosticDescriptor Descriptor { get; }

    internal static ReferenceRule Parties { get; } = new(ReferenceKind.Party, DiagnosticCodes.UnknownPartyReference);

    internal static ReferenceRule PriorityAreas { get; } = new(ReferenceKind.PriorityArea, DiagnosticCodes.UnknownPriorityAreaReference);

    internal static ReferenceRule Sources { get; } = new(ReferenceKind.Source, DiagnosticCodes.UnknownSourceReference);

    internal static ReferenceRule Findings { get; } = new(ReferenceKind.Finding, DiagnosticCodes.UnknownFindingReference);

    internal static ReferenceRule Partners { get; } = new(ReferenceKind.Partner, DiagnosticCodes.UnknownPartnerReference);

    internal static ReferenceRule Targets { get; } = new(ReferenceKind.Target, DiagnosticCodes.UnknownTargetReference);

    public void Check(ValidationContext context)
    {
        foreach (var site in context.References.Of(_kind))
        {
            if (Declared(context, site) || !context.Lists())
            {
                continue;
            }

            var (swedish, english, where) = _kind switch
            {
                ReferenceKind.Party => ("någon part", "party", "parties"),
                ReferenceKind.PriorityArea => ("något fokusområde", "priority area", "priorityAreas"),
                ReferenceKind.Source => ("något underlag", "source", "situationPicture/sources"),
                ReferenceKind.Partner => ("någon samverkanspartner", "partner", "partners"),
                ReferenceKind.Target => ("något mål", "target", "commitments/…/targets"),
                _ => ("någon iakttagelse", "finding", "situationPicture/findings"),
            };
            context.Report(
                site.Pointer,
                new LocalizedText($"\"{site.Id}\" är inte id för {swedish} i dokumentet.", $"\"{site.Id}\" is not the id of any {english} in the document."),
                new LocalizedText($"Deklarera den under /{where} eller rätta stavningen.", $"Declare it under /{where} or correct the spelling."));
        }
    }

    internal static bool Declared(ValidationContext context, ReferenceSite site) => site.Kind switch
    {
        ReferenceKind.Party => context.Parties.Contains(site.Id),
        ReferenceKind.PriorityArea => context.PriorityAreas.Contains(site.Id),
        ReferenceKind.Source => context.Sources.Contains(site.Id),
        ReferenceKind.Partner => context.Partners.Contains(site.Id),
        ReferenceKind.Target => context.Targets.Contains(site.Id),
        _ => context.Findings.Contains(site.Id),
    };

    internal static bool Ambiguous(ValidationContext context, ReferenceSite site) => site.Kind switch
    {
        ReferenceKind.Party => context.Parties.IsAmbiguous(site.Id),
        ReferenceKind.PriorityArea => context.PriorityAreas.IsAmbiguous(site.Id),
        ReferenceKind.Source => context.Sources.IsAmbiguous(site.Id),
        ReferenceKind.Partner => context.Partners.IsAmbiguous(site.Id),
        ReferenceKind.Target => context.Targets.IsAmbiguous(site.Id),
        _ => context.Findings.IsAmbiguous(site.Id),
    };
}
