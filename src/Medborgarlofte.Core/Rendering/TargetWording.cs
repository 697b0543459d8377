using System.Globalization;
using Medborgarlofte.Internal;
using NodaTime;

namespace Medborgarlofte.Rendering;

/// <summary>
/// Writes a target (mätbart mål) out in words: "minst 2 medborgardialoger under 2024",
/// "antal trafikkontroller: minst 1 per vecka under 2019–2020", "at least 6 lectures in 2019–2020".
/// </summary>
/// <remarks>
/// <para>
/// A quantitative target is written from its predicate: comparator (minst, högst, exakt / at least,
/// at most, exactly), value in digits (Swedish decimal comma), unit, recurrence (per vecka, per månad,
/// per termin, per år) and period: the target's own, else the agreement's validity, written as
/// "under 2024" for a calendar year, "under 2019–2020" for whole years, otherwise
/// "under perioden 2019-01-01–2019-06-30".
/// </para>
/// <para>
/// Numbers are digits: words ("en", "ett", "två") would need the unit's gender, which the format does
/// not record. A unit is given in the plural ("trafikkontroller"), and the singular cannot be derived
/// reliably, so a value of exactly 1 is written "antal trafikkontroller: minst 1 per vecka" / "number
/// of traffic checks: at least 1 per week", which is grammatical for every unit.
/// </para>
/// <para>A qualitative target is its published text.</para>
/// <para>
/// Format 1.1: a modality comes first ("bör: minst 3 tillfällen per år"), so a soft target is never read as a hard
/// one; a published period phrase ("under juni månad") stands in place of the period's dates, and a target counted
/// per occurrence ends with its published phrase ("efter varje dialog"). Renderers write a target's published
/// <see cref="Target.Text"/> instead, when it has one.
/// </para>
/// </remarks>
public static class TargetWording
{
    /// <summary>Writes a target in words.</summary>
    /// <param name="target">The target.</param>
    /// <param name="defaultPeriod">The period when the target has none: the agreement's validity (<see cref="Validity.Interval"/>); <see langword="null"/> when open-ended.</param>
    /// <param name="language"><c>sv</c> or <c>en</c>; a unit or text missing in English is written in Swedish.</param>
    /// <returns>The phrase; empty for a target that has neither a predicate nor a text.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="language"/> is neither <c>sv</c> nor <c>en</c>.</exception>
    public static string Render(Target target, DateInterval? defaultPeriod, string language = LocalizedText.SwedishTag)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckNotNull(language, nameof(language));
        var phrase = Compose(target, defaultPeriod, RenderStrings.For(language));
        return phrase.Before + phrase.Middle + phrase.After;
    }

    /// <summary>The phrase in three parts, so that a renderer can mark the middle (unit or text) when it is a Swedish fallback.</summary>
    internal static TargetPhrase Compose(Target target, DateInterval? defaultPeriod, RenderStrings strings)
    {
        var complete = target.Kind == TargetKind.Quantitative
            && target.Comparator is not null && target.Value is not null && target.Unit is not null && target.Recurrence is not null;
        if (!complete)
        {
            if (target.Text is null)
            {
                return new TargetPhrase(string.Empty, string.Empty, false, string.Empty);
            }

            var text = target.Text.Get(strings.Language, out var textFallback);
            return new TargetPhrase(string.Empty, text, textFallback, string.Empty);
        }

        var comparator = strings.Comparator(target.Comparator!.Value);
        var value = FormatValue(target.Value!.Value, strings);
        var unit = target.Unit!.Get(strings.Language, out var unitFallback);
        var recurrence = target.Recurrence!.Value;
        var period = target.Period ?? defaultPeriod;

        var during = target.PeriodWording is { } published
            ? DocumentComposer.Flatten(published.Get(strings.Language, out _))
            : recurrence == Recurrence.Once || period is not null ? PeriodWording.During(period, strings) : null;
        var per = recurrence == Recurrence.PerOccurrence
            ? target.Occurrence is { } occurrence ? DocumentComposer.Flatten(occurrence.Get(strings.Language, out _)) : null
            : strings.Recurrence(recurrence);
        var after = recurrence == Recurrence.Once
            ? (during is null ? string.Empty : " " + during)
            : (per is null ? string.Empty : " " + per) + (during is null ? string.Empty : " " + during);
        var modality = target.Modality is { } m ? strings.Modality(m) + ": " : string.Empty;

        if (target.Value == 1m)
        {
            // "antal trafikkontroller: minst 1 per vecka": the plural unit reads right before the count.
            return new TargetPhrase(modality + strings.NumberOf + " ", unit, unitFallback, ": " + comparator + " " + value + after);
        }

        return new TargetPhrase(modality + comparator + " " + value + " ", unit, unitFallback, after);
    }

    internal static string FormatValue(decimal value, RenderStrings strings)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return strings.DecimalSeparator == "." ? text : text.Replace(".", strings.DecimalSeparator, System.StringComparison.Ordinal);
    }
}
