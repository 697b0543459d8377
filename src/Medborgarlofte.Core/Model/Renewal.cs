using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Renewal>;

namespace Medborgarlofte;

/// <summary>How often the agreement is renewed (förnyelse): "förnyas varje år".</summary>
public sealed record Renewal
{
    /// <summary>Gets the cadence of renewal.</summary>
    public required Cadence Cadence { get; init; }

    /// <summary>Gets the published phrase ("förnyas varje år").</summary>
    public LocalizedText? Wording { get; init; }

    /// <summary>The declaration of the format's <c>renewal</c> (format 1.1): reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Renewal> Shape = new(
        static v => new Renewal { Cadence = v.Value<Cadence>(), Wording = v.Optional<LocalizedText>() },
        F.Code("cadence", static x => x.Cadence, ModelCodes.Cadences, required: true),
        F.Text("wording", static x => x.Wording));
}
