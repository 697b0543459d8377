using System;
using System.Globalization;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Internal;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// The follow-up summary for an annual report (årsrapport) in Markdown: a table per priority area
/// with each commitment's status and each target's expected and recorded counts.
/// </summary>
public static class FollowUpMarkdownRenderer
{
    /// <summary>Writes the summary.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="chartPath">A relative path to the progress chart to embed, or <see langword="null"/> for none.</param>
    /// <returns>Markdown text, Swedish first with English beside it.</returns>
    public static string Render(AgreementEvaluation evaluation, string? chartPath = null)
    {
        Preconditions.CheckNotNull(evaluation, nameof(evaluation));
        var agreement = evaluation.Agreement;
        var asOf = IsoDate.Format(evaluation.AsOf);
        var md = new StringBuilder();
        md.Append("# Uppföljning: ").Append(Cell(agreement.Title.Swedish)).Append('\n');
        md.Append('\n');
        md.Append("*Follow-up* · ").Append("Avstämt ").Append(asOf).Append(" / As of ").Append(asOf).Append('\n');
        md.Append('\n');
        if (evaluation.Illustrative)
        {
            md.Append("> **Illustrativa uppgifter, inte verkliga utfall.** / *Illustrative data, not real outcomes.*\n\n");
        }

        var c = evaluation.Counts;
        md.Append("**Läge / Overall:** ").Append(Name(evaluation.State)).Append(" — ")
            .Append(CultureInfo.InvariantCulture, $"{c.Met} uppfyllda / met, {c.OnTrack} i fas / on track, {c.Behind} efter / behind, {c.NotMet} ej uppfyllda / not met, {c.NotApplicable} ej tillämpliga / not applicable")
            .Append('\n');
        md.Append('\n');
        if (LinkTargets.IsLocalPath(chartPath))
        {
            md.Append("![Framsteg per löfte: väntat och rapporterat / Progress per commitment: expected and recorded](<").Append(MarkdownEscaper.Destination(chartPath)).Append(">)\n\n");
        }

        foreach (var area in evaluation.PriorityAreas)
        {
            var title = area.PriorityArea is { } a ? (a.Number is { } n ? n + " " : string.Empty) + a.Title.Swedish : "Övriga löften / Other commitments";
            md.Append("## ").Append(Cell(title)).Append(" — ").Append(Name(area.State)).Append('\n');
            md.Append('\n');
            md.Append("| Löfte / Commitment | Status | Mål / Target | Väntat / Expected | Rapporterat / Recorded | Läge / State |\n");
            md.Append("| --- | --- | --- | ---: | ---: | --- |\n");
            foreach (var commitment in area.Commitments)
            {
                var label = Cell(commitment.Commitment.Number ?? commitment.Commitment.Id) + " " + Cell(Shorten(commitment.Commitment.Title?.Swedish ?? commitment.Commitment.Text.Swedish));
                var status = commitment.ReportedStatus is { } s ? StateNames.Of(s).Swedish + " / " + StateNames.Of(s).English : "–";
                if (commitment.Targets.IsEmpty)
                {
                    md.Append("| ").Append(label).Append(" | ").Append(status).Append(" | – | – | – | – |\n");
                    continue;
                }

                foreach (var target in commitment.Targets)
                {
                    md.Append("| ").Append(label).Append(" | ").Append(status).Append(" | ")
                        .Append(Cell(FollowUpEvaluator.Wording(target.Target, sv: true))).Append(" | ")
                        .Append(target.State == TargetState.NotApplicable ? "–" : Number(target.Expected)).Append(" | ")
                        .Append(target.State == TargetState.NotApplicable ? "–" : Number(target.Recorded)).Append(" | ")
                        .Append(Name(target.State)).Append(" |\n");
                }
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    private static string Name(TargetState state)
    {
        var name = StateNames.Of(state);
        return name.Swedish + " / " + name.English;
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => TextShortening.Shorten(text.Split('\n')[0], 90);

    /// <summary>Keeps document text from breaking the table or starting Markdown syntax.</summary>
    private static string Cell(string text) => MarkdownEscaper.Cell(text);
}
