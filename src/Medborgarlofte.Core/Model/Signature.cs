using Medborgarlofte.Json;
using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using NodaTime;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Signature>;

namespace Medborgarlofte;

/// <summary>A signature (underskrift) of a party on this revision.</summary>
public sealed record Signature
{
    /// <summary>Gets the id of the signing party.</summary>
    public required string Party { get; init; }

    /// <summary>Gets what the published copy shows of this signature; <see langword="null"/> as in format 1.0 (a name: signed; none: a blank line) (format 1.1).</summary>
    public SignatureStatus? Status { get; init; }

    /// <summary>Gets the signatory's name; <see langword="null"/> when the document prints none.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the title ("Kommunstyrelsens ordförande"), without "Tf".</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>Gets a value indicating whether the signatory is acting ("Tf", tillförordnad).</summary>
    public bool Acting { get; init; }

    /// <summary>Gets the place of signing.</summary>
    public string? Place { get; init; }

    /// <summary>Gets the date of signing.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the content hash of what was signed (<c>sha256:</c> and 64 hex digits).</summary>
    public string? ContentHash { get; init; }

    /// <summary>Gets the published place-and-date line, rendered verbatim ("Ort den 12 mars 2024") (format 1.1).</summary>
    public string? PlaceAndDate { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged (format 1.1).</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>signature</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Signature> Shape = new(
        static v => new Signature
        {
            Party = v.Required<string>(),
            Status = v.Nullable<SignatureStatus>(),
            Name = v.Optional<string>(),
            Title = v.Optional<LocalizedText>(),
            Acting = v.Value<bool>(),
            Place = v.Optional<string>(),
            Date = v.Nullable<LocalDate>(),
            ContentHash = v.Optional<string>(),
            PlaceAndDate = v.Optional<string>(),
            Extensions = v.Extensions(),
        },
        F.Reference("party", static x => x.Party, required: true, check: ValueChecks.Id),
        F.Code("status", static x => x.Status, ModelCodes.SignatureStatuses),
        F.String("name", static x => x.Name),
        F.Text("title", static x => x.Title),
        F.Boolean("acting", static x => x.Acting),
        F.String("place", static x => x.Place),
        F.Date("date", static x => x.Date),
        F.String("contentHash", static x => x.ContentHash, check: ValueChecks.ContentHash),
        F.String("placeAndDate", static x => x.PlaceAndDate),
        F.Extensions(static x => x.Extensions));
}
