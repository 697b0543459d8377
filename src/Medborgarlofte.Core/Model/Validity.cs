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

    /// <summary>Gets a value indicating whether the validity has no end date.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Gets the validity as an interval, or <see langword="null"/> when open-ended or backwards.</summary>
    public DateInterval? Interval => End is { } end && end >= Start ? new DateInterval(Start, end) : null;

    /// <summary>The declaration of the format's <c>validity</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Validity> Shape = new(
        static v => new Validity { Start = v.Value<LocalDate>(), End = v.Nullable<LocalDate>(), Wording = v.Optional<LocalizedText>() },
        F.Date("start", static x => x.Start, required: true),
        F.Date("end", static x => x.End),
        F.Text("wording", static x => x.Wording));
}
