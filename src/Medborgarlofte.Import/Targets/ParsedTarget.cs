namespace Medborgarlofte.Import.Targets;

/// <summary>A target (mätbart mål) read from Swedish: "minst en trafikkontroll per vecka".</summary>
/// <param name="Comparator">How the count is compared with the value (minst → at least; no word → exactly).</param>
/// <param name="Value">The value ("en", "två", "tjugo" or digits).</param>
/// <param name="Unit">What is counted, in the plural as the format keeps units ("trafikkontroller").</param>
/// <param name="Phrase">The words of the text the target was read from, verbatim ("minst en trafikkontroll per vecka").</param>
public sealed record ParsedTarget(Comparator Comparator, decimal Value, string Unit, string Phrase)
{
    /// <summary>Gets how often the value applies (per vecka, per kvartal, efter varje dialog …); <see cref="Recurrence.Once"/>
    /// when no recurrence is stated.</summary>
    public Recurrence? Recurrence { get; init; } = Medborgarlofte.Recurrence.Once;

    /// <summary>Gets the recurrence's words ("per vecka", "årligen", "varje kvartal", "efter varje dialog"), if any.</summary>
    public string? RecurrenceWording { get; init; }

    /// <summary>Gets the published phrase of the event counted per (tillfälle), "efter varje dialog", when
    /// <see cref="Recurrence"/> is <see cref="Recurrence.PerOccurrence"/>.</summary>
    public string? Occurrence { get; init; }

    /// <summary>Gets the period's words ("under hösten", "under juni månad", "under 2019-2020"), if any.</summary>
    public string? PeriodWording { get; init; }

    /// <summary>Gets the modality (ska → shall, bör → should, strävar efter → strives to), or <see langword="null"/> when the text does not say.</summary>
    public Modality? Modality { get; init; }

    /// <summary>Gets the index in the text where <see cref="Phrase"/> starts.</summary>
    public int Start { get; init; }
}
