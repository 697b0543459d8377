
namespace Medborgarlofte.Validation.Rules;

/// <summary>ML3006: a reference resolves to exactly one item, not to an id declared twice.</summary>
internal sealed class AmbiguousReferenceRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.AmbiguousReference;

    public void Check(ValidationContext context)
    {
        for (var kind = ReferenceKind.Party; kind <= ReferenceKind.Target; kind++)
        {
            foreach (var site in context.References.Of(kind))
            {
                if (ReferenceRule.Ambiguous(context, site))
                {
                    context.Report(
                        site.Pointer,
                        new LocalizedText($"\"{site.Id}\" är id för mer än en sak, så hänvisningen är tvetydig.", $"\"{site.Id}\" is the id of more than one item, so the reference is ambiguous."),
                        new LocalizedText("Ge sakerna olika id (se ML3001).", "Give the items different ids (see ML3001)."));
                }
            }
        }
    }
}
