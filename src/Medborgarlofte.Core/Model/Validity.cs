using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using NodaTime;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Validity>;

namespace Medborgarlofte;

/// <summary>The period an agreement is valid for (giltighetstid), with its published wording.</summary>
public sealed record Validity
{
    /// <summary>Gets the first day of validity.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>Gets the last day of validity, or <see langword="null"/> when it runs until new promises are agreed.</summary>
    public LocalDate? End { get; init; }

    /// <summary>Gets the published wording ("2023 - 2024", "gäller tills vidare").</summary>
    public LocalizedText? Wording { get; init; }

    /// <summary>
    /// Gets a value indicating whether the start is inferred (härledd), not stated: the text gives only the year, or
    /// "från undertecknandet" (format 1.1).
    /// </summary>
    public bool StartInferred { get; init; }

    /// <summary>Gets the published validity sentence, rendered verbatim ("Löftet gäller under perioden 1 mars–31 december") (format 1.1).</summary>
    public LocalizedText? Sentence { get; init; }

    /// <summary>Gets how often the agreement is renewed ("förnyas varje år") (format 1.1).</summary>
    public Renewal? Renewal { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged (format 1.1).</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>Gets a value indicating whether the validity has no end date.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Gets the validity as an interval, or <see langword="null"/> when open-ended or backwards.</summary>
    public DateInterval? Interval => End is { } end && end >= Start ? new DateInterval(Start, end) : null;

    /// <summary>The declaration of the format's <c>validity</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Validity> Shape = new(
        static v => new Validity
        {
            Start = v.Value<LocalDate>(),
            End = v.Nullable<LocalDate>(),
            Wording = v.Optional<LocalizedText>(),
            StartInferred = v.Value<bool>(),
            Sentence = v.Optional<LocalizedText>(),
            Renewal = v.Optional<Renewal>(),
            Extensions = v.Extensions(),
        },
        F.Date("start", static x => x.Start, required: true),
        F.Date("end", static x => x.End),
        F.Text("wording", static x => x.Wording),
        F.Boolean("startInferred", static x => x.StartInferred),
        F.Text("sentence", static x => x.Sentence),
        F.Object("renewal", static x => x.Renewal, Renewal.Shape),
        F.Extensions(static x => x.Extensions));
}
