using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML8003: the document names a channel where citizens can follow the work (Brå found feedback to citizens lacking).</summary>
internal sealed class NoCommunicationChannelRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.NoCommunicationChannel;

    public void Check(ValidationContext context)
    {
        var communication = context.Agreement.Communication;
        if (communication is not null && !communication.Channels.IsEmpty)
        {
            return;
        }

        context.Report(
            communication is null ? JsonPointer.Root : "/communication",
            new LocalizedText("Dokumentet anger ingen kanal där medborgarna kan följa arbetet.", "The document names no channel where citizens can follow the work."),
            new LocalizedText("Ange communication.channels: kommunens webbplats, polisens Facebook, lokalpress …", "Give communication.channels: the municipality's website, the police's Facebook, local press …"));
    }
}
