using Medborgarlofte.Hashing;
using Medborgarlofte.Json.Formats;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML7006: a signature's recorded content hash no longer matches the agreement's content: it was changed after signing.</summary>
internal sealed class ContentHashRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.ContentChangedSinceSigning;

    public void Check(ValidationContext context)
    {
        // Hashing costs a canonical serialization: only when some signature recorded a hash.
        var any = false;
        foreach (var signature in context.Agreement.Signatures)
        {
            any |= signature?.ContentHash is { } hash && ValueChecks.IsContentHashForm(hash);
        }

        if (!any)
        {
            return;
        }

        foreach (var check in ContentHash.Verify(context.Agreement))
        {
            // A recorded hash not of the form sha256:<64 hex> the reader reported, under the same code.
            if (check.Matches || !ValueChecks.IsContentHashForm(check.Recorded))
            {
                continue;
            }

            context.Report(
                check.Pointer,
                check.Actual is null
                    ? new LocalizedText($"Innehållshashen kan inte beräknas (ett tal i extensions saknar kanonisk form); underskriften av \"{check.Party}\" kan inte kontrolleras.", $"The content hash cannot be computed (a number in extensions has no canonical form); the signature of \"{check.Party}\" cannot be checked.")
                    : new LocalizedText($"Innehållet har ändrats sedan \"{check.Party}\" skrev under: {check.Recorded} skrevs under, innehållet är nu {check.Actual}.", $"The content has changed since \"{check.Party}\" signed: {check.Recorded} was signed, the content is now {check.Actual}."),
                new LocalizedText("Låt parterna skriva under den nya revisionen, eller återställ innehållet.", "Have the parties sign the new revision, or restore the content."));
        }
    }
}
