using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>The situation picture (lägesbild) the agreement rests on.</summary>
public sealed record SituationPicture
{
    /// <summary>Gets the summary text.</summary>
    public LocalizedText? Summary { get; init; }

    /// <summary>Gets the sources (underlag) it rests on.</summary>
    public EquatableArray<Source> Sources { get; init; }

    /// <summary>Gets the findings (what gives cause for concern).</summary>
    public EquatableArray<Finding> Findings { get; init; }
}
