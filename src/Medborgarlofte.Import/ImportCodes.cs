namespace Medborgarlofte.Import;

/// <summary>
/// The import's diagnostic codes (MI…): MI0xxx stop the import (exit code 1), MI1xxx are guesses a person should
/// review in the draft (warnings), MI2xxx are information.
/// </summary>
public static partial class ImportCodes
{
    /// <summary>The file is larger than <see cref="ImportOptions.MaxInputBytes"/>; nothing was parsed.</summary>
    public const string TooLarge = "MI0001";

    /// <summary>The file is not what its extension says (a .docx that is not a zip, a corrupt PDF).</summary>
    public const string Unreadable = "MI0002";

    /// <summary>The PDF is encrypted.</summary>
    public const string Encrypted = "MI0003";

    /// <summary>The file's type is not one the importer reads.</summary>
    public const string UnsupportedType = "MI0004";

    /// <summary>The document holds no agreement (no commitments, no municipality, no promise vocabulary).</summary>
    public const string NoAgreement = "MI0005";

    /// <summary>The text is not Swedish.</summary>
    public const string NotSwedish = "MI0006";

    /// <summary>The document is past a bound after unpacking (pages, characters, blocks).</summary>
    public const string TooMuchContent = "MI0007";

    /// <summary>The document has no text (a scanned PDF, an empty file).</summary>
    public const string NoText = "MI0008";

    /// <summary>A responsible party was read from the subject of the commitment's sentence.</summary>
    public const string ResponsibleFromSubject = "MI1001";

    /// <summary>The validity was inferred (from a year in the title, or no sentence stated it).</summary>
    public const string ValidityInferred = "MI1002";

    /// <summary>A sentence was kept in an additional section: the importer could not tell which field it belongs to.</summary>
    public const string KeptInSection = "MI1003";

    /// <summary>The municipality was found by its name and given its SCB code from the embedded code list.</summary>
    public const string MunicipalityFromName = "MI1004";

    /// <summary>No municipality was found: the draft names a placeholder party.</summary>
    public const string MunicipalityMissing = "MI1005";

    /// <summary>A target was read from the commitment's wording.</summary>
    public const string TargetFromText = "MI1006";

    /// <summary>A signature's party was guessed from the lines near it.</summary>
    public const string SignatureParty = "MI1007";

    /// <summary>A place-and-date line was read as a date.</summary>
    public const string SignatureDate = "MI1008";

    /// <summary>The draft's id and title were made from the document.</summary>
    public const string IdentityMade = "MI1009";

    /// <summary>A commitment was read from a sentence rather than from a list item.</summary>
    public const string CommitmentFromSentence = "MI1010";

    /// <summary>An organisation named in a commitment was read as a partner (samverkanspartner) that does not sign.</summary>
    public const string PartnerFromText = "MI1011";

    /// <summary>A code of an open list (channel, source, theme) or a finding was read from the text's words.</summary>
    public const string CodeFromText = "MI1012";
}
