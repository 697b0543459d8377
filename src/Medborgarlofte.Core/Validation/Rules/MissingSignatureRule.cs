using System;
using System.Collections.Generic;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML7005: a signed or published document has a signature from each municipality and police party; a draft need not.</summary>
internal sealed class MissingSignatureRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.MissingSignature;

    public void Check(ValidationContext context)
    {
        var agreement = context.Agreement;
        if (agreement.Revision?.Status is not (RevisionStatus.Signed or RevisionStatus.Published))
        {
            return;
        }

        var signed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var signature in agreement.Signatures)
        {
            if (signature?.Party is { } party)
            {
                signed.Add(party);
            }
        }

        var status = agreement.Revision.Status == RevisionStatus.Signed ? "signed" : "published";
        foreach (var party in agreement.Parties)
        {
            if (party is { Type: PartyType.Municipality or PartyType.Police } && !signed.Contains(party.Id))
            {
                context.Report(
                    "/revision/status",
                    new LocalizedText($"Dokumentet har status {status} men saknar underskrift av {party.Name?.Swedish ?? party.Id} (\"{party.Id}\").", $"The document has status {status} but no signature of {party.Name?.Swedish ?? party.Id} (\"{party.Id}\")."),
                    new LocalizedText("Lägg till underskriften, eller sätt status till agreed om dokumentet inte är undertecknat.", "Add the signature, or set the status to agreed if the document is not signed."));
            }
        }
    }
}
