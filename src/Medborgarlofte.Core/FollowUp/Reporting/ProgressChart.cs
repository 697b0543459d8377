using System;
using System.Globalization;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Internal;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// An SVG chart of progress per commitment: for each countable target, a hatched outline bar for
/// the count expected by the date and a solid bar for the count recorded, each with its number.
/// Readable in black and white: the two bars differ by pattern, not colour.
/// </summary>
public static class ProgressChart
{
    private const int Width = 820;
    private const int LabelWidth = 300;
    private const int BarArea = 360;
    private const int RowHeight = 46;
    private const int Top = 64;

    /// <summary>Draws the chart. A dashed line marks what the whole period calls for.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>A standalone SVG document.</returns>
    public static string Render(AgreementEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation, nameof(evaluation));
        var rows = 0;
        foreach (var area in evaluation.PriorityAreas)
        {
            foreach (var commitment in area.Commitments)
            {
                foreach (var target in commitment.Targets)
                {
                    if (target.State != TargetState.NotApplicable)
                    {
                        rows++;
                    }
                }
            }
        }

        var height = Top + (Math.Max(rows, 1) * RowHeight) + 16;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"title\" font-family=\"sans-serif\" font-size=\"13\">\n");
        svg.Append("  <title id=\"title\">Framsteg per löfte, väntat och rapporterat / Progress per commitment, expected and recorded</title>\n");
        svg.Append("  <defs>\n    <pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\n      <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"1.5\"/>\n    </pattern>\n  </defs>\n");
        svg.Append("  <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"8\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Escape(evaluation.Agreement.Title.Swedish)} – {IsoDate.Format(evaluation.AsOf)}</text>\n");
        svg.Append("  <rect x=\"8\" y=\"34\" width=\"22\" height=\"12\" fill=\"url(#hatch)\" stroke=\"#000\"/>\n  <text x=\"36\" y=\"45\">Väntat / Expected</text>\n");
        svg.Append("  <rect x=\"190\" y=\"34\" width=\"22\" height=\"12\" fill=\"#222\" stroke=\"#000\"/>\n  <text x=\"218\" y=\"45\">Rapporterat / Recorded</text>\n");
        svg.Append("  <line x1=\"400\" y1=\"34\" x2=\"400\" y2=\"47\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n  <text x=\"408\" y=\"45\">Mål för hela perioden / Target for the whole period</text>\n");

        if (rows == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"8\" y=\"{Top + 20}\">Inga räknebara mål / No countable targets</text>\n");
        }

        var y = Top;
        foreach (var area in evaluation.PriorityAreas)
        {
            foreach (var commitment in area.Commitments)
            {
                foreach (var target in commitment.Targets)
                {
                    if (target.State == TargetState.NotApplicable)
                    {
                        continue;
                    }

                    var label = (commitment.Commitment.Number ?? commitment.Commitment.Id) + " " + (target.Target.Unit?.Swedish ?? target.Target.Id);
                    var whole = target.ExpectedInPeriod ?? 0m;
                    var max = Math.Max(Math.Max(Math.Max(target.Expected, target.Recorded), whole), 1m);
                    var expectedWidth = BarWidth(target.Expected, max);
                    var recordedWidth = BarWidth(target.Recorded, max);
                    svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"8\" y=\"{y + 16}\">{Escape(Shorten(label))}</text>\n");
                    svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"8\" y=\"{y + 33}\" font-size=\"11\">{Escape(StateNames.Of(target.State).Swedish)} / {Escape(StateNames.Of(target.State).English!)}</text>\n");
                    svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{expectedWidth}\" height=\"16\" fill=\"url(#hatch)\" stroke=\"#000\"/>\n");
                    svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{LabelWidth + expectedWidth + 6}\" y=\"{y + 17}\">{target.Expected.ToString(CultureInfo.InvariantCulture)}</text>\n");
                    svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{LabelWidth}\" y=\"{y + 23}\" width=\"{recordedWidth}\" height=\"16\" fill=\"#222\" stroke=\"#000\"/>\n");
                    svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{LabelWidth + recordedWidth + 6}\" y=\"{y + 36}\">{target.Recorded.ToString(CultureInfo.InvariantCulture)}</text>\n");
                    if (whole > 0)
                    {
                        // The whole period's requirement: a dashed line, so a once-in-the-period target shows its goal.
                        var x = LabelWidth + BarWidth(whole, max);
                        svg.Append(CultureInfo.InvariantCulture, $"  <line x1=\"{x}\" y1=\"{y + 1}\" x2=\"{x}\" y2=\"{y + 42}\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n");
                        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{x + 4}\" y=\"{y + 4}\" font-size=\"10\">mål / target {whole.ToString(CultureInfo.InvariantCulture)}</text>\n");
                    }

                    y += RowHeight;
                }
            }
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // A count below zero (a negative target or observation, which validation reports) draws no bar: the share of
    // the largest count is held to [0, 1] before it is made a width, so no decimal is too large for an int.
    private static int BarWidth(decimal count, decimal max) =>
        count <= 0 ? 0 : (int)Math.Round(BarArea * Math.Min(count / max, 1m));

    private static string Shorten(string text) => TextShortening.Shorten(text, 40);

    /// <summary>Escapes text from the document for XML, bidirectional controls shown as their code point.</summary>
    private static string Escape(string text) => HtmlEscaper.Escape(text);
}
