using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Medborgarlofte.Import.Structure;

/// <summary>
/// Sentences that carry a clause of format 1.1: a reservation (förbehåll: "Om läget förändras kan insatserna
/// prioriteras om.") and the evaluation's due date ("Löftet utvärderas före årets slut.").
/// </summary>
internal static partial class ClauseSentences
{
    /// <summary>Whether a sentence reserves the right to change the promises.</summary>
    internal static bool IsReservation(string sentence) => sentence.Length < 200 && Reservation().IsMatch(sentence);

    /// <summary>The due date an evaluation sentence states, with the validity's end year for "före årets slut".</summary>
    internal static LocalDate? EvaluationDue(string sentence, LocalDate? validityEnd)
    {
        var m = Evaluation().Match(sentence);
        if (!m.Success)
        {
            // "Aktiviteten pågår fram till och med torsdagen den 18 maj 2017, då utfallet ska utvärderas.": the date it names.
            var named = LongDate().Match(sentence);
            return named.Success && sentence.Contains("utvärder", System.StringComparison.OrdinalIgnoreCase) ? DateOf(named) : null;
        }

        if (m.Groups["date"].Success)
        {
            return ValidityPhrase.Date(m.Groups["date"].Value);
        }

        if (m.Groups["year"].Success)
        {
            var y = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            return new LocalDate(y, 12, 31);
        }

        return validityEnd is { } end ? new LocalDate(end.Year, 12, 31) : null;
    }

    private static LocalDate? DateOf(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = SwedishMonths.Number(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month > 0 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>" + SwedishMonths.Pattern + @")\s+(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex LongDate();

    [GeneratedRegex(@"(^Om\b.{0,120}\bkan\b.{0,60}\b(prioriteras om|omprioriteras|justeras|ändras|förändras)|med reservation för|med förbehåll för|under förutsättning att)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Reservation();

    [GeneratedRegex(@"utvärder(as|ingen sker|ing görs)\s+(före|senast|innan|vid)\s+((?<date>\d{4}-\d{2}-\d{2})|årets slut|utgången av (?<year>(19|20)\d\d)|slutet av (?<year>(19|20)\d\d)|(?<year>(19|20)\d\d))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Evaluation();
}
