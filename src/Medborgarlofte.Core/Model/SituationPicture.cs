using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.SituationPicture>;

namespace Medborgarlofte;

/// <summary>The situation picture (lägesbild) the agreement rests on.</summary>
public sealed record SituationPicture
{
    /// <summary>Gets the summary text.</summary>
    public LocalizedText? Summary { get; init; }

    /// <summary>Gets the sources (underlag) it rests on.</summary>
    public EquatableArray<Source> Sources { get; init; }

    /// <summary>Gets the findings (what gives cause for concern).</summary>
    public EquatableArray<Finding> Findings { get; init; }

    /// <summary>The declaration of the format's <c>situationPicture</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<SituationPicture> Shape = new(
        static v => new SituationPicture { Summary = v.Optional<LocalizedText>(), Sources = v.Array<Source>(), Findings = v.Array<Finding>() },
        F.Text("summary", static x => x.Summary),
        F.Array("sources", static x => x.Sources, Source.Shape),
        F.Array("findings", static x => x.Findings, Finding.Shape));
}
