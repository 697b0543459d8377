using System.Collections.Generic;

namespace Medborgarlofte;

// The codes of the validation rules (valideringsregler). ML3xxx: references; ML4xxx: parties; ML5xxx: dates;
// ML6xxx: targets; ML7xxx: commitments and lifecycle; ML8xxx: follow-up, communication, code lists and text;
// ML9999: a rule failed.
public static partial class DiagnosticCodes
{
    /// <summary>ML3001: Duplicate id (id förekommer två gånger).</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new("ML3001", DiagnosticSeverity.Error, new("Id förekommer två gånger", "Duplicate id"))
    {
        Description = new(
            "Två parter, underlag, iakttagelser, fokusområden, löften, mål (targets), mål och effekter, organ, samverkanspartner eller förbehåll har samma id; varje slag har sin egen id-rymd.",
            "Two parties, sources, findings, priority areas, commitments, targets, goals, governance bodies, partners or reservations share an id; each kind has its own id space."),
    };

    /// <summary>ML3002: Unknown party (okänd part).</summary>
    public static readonly DiagnosticDescriptor UnknownPartyReference = new("ML3002", DiagnosticSeverity.Error, new("Okänd part", "Unknown party"))
    {
        Description = new(
            "En hänvisning till en part (ansvarig part för ett löfte eller mål, diarienummer, utgivare, kanalägare, organets medlem, kontakt, underskrift) som ingen deklarerad part har.",
            "A reference to a party (responsible party of a commitment or target, reference number, publisher, channel owner, body member, contact, signature) that no declared party has."),
    };

    /// <summary>ML3003: Unknown priority area (okänt fokusområde).</summary>
    public static readonly DiagnosticDescriptor UnknownPriorityAreaReference = new("ML3003", DiagnosticSeverity.Error, new("Okänt fokusområde", "Unknown priority area"))
    {
        Description = new(
            "Ett löfte eller mål och effekt hänvisar till ett fokusområde som inte finns.",
            "A commitment or goal refers to a priority area that does not exist."),
    };

    /// <summary>ML3004: Unknown source (okänt underlag).</summary>
    public static readonly DiagnosticDescriptor UnknownSourceReference = new("ML3004", DiagnosticSeverity.Error, new("Okänt underlag", "Unknown source"))
    {
        Description = new(
            "En iakttagelse i lägesbilden hänvisar till ett underlag som inte finns.",
            "A finding of the situation picture refers to a source that does not exist."),
    };

    /// <summary>ML3005: Unknown finding (okänd iakttagelse).</summary>
    public static readonly DiagnosticDescriptor UnknownFindingReference = new("ML3005", DiagnosticSeverity.Error, new("Okänd iakttagelse", "Unknown finding"))
    {
        Description = new(
            "Ett fokusområde hänvisar till en iakttagelse som inte finns.",
            "A priority area refers to a finding that does not exist."),
    };

    /// <summary>ML3006: Ambiguous reference (tvetydig hänvisning).</summary>
    public static readonly DiagnosticDescriptor AmbiguousReference = new("ML3006", DiagnosticSeverity.Error, new("Tvetydig hänvisning", "Ambiguous reference"))
    {
        Description = new(
            "En hänvisning till ett id som är deklarerat mer än en gång, så att den inte pekar ut exakt en sak.",
            "A reference to an id declared more than once, so that it does not resolve to exactly one item."),
    };

    /// <summary>ML3007: Unknown partner (okänd samverkanspartner).</summary>
    public static readonly DiagnosticDescriptor UnknownPartnerReference = new("ML3007", DiagnosticSeverity.Error, new("Okänd samverkanspartner", "Unknown partner"))
    {
        Description = new(
            "Ett löfte eller mål hänvisar till en samverkanspartner som inte finns under partners.",
            "A commitment or target refers to a partner that is not declared under partners."),
    };

    /// <summary>ML3008: Unknown target (okänt mål).</summary>
    public static readonly DiagnosticDescriptor UnknownTargetReference = new("ML3008", DiagnosticSeverity.Error, new("Okänt mål", "Unknown target"))
    {
        Description = new(
            "Ett mål räknas per tillfälle av ett annat mål (occurrenceOf) som inte finns.",
            "A target counts per occurrence of another target (occurrenceOf) that does not exist."),
    };

    /// <summary>ML4001: No municipality among the parties (ingen kommun bland parterna).</summary>
    public static readonly DiagnosticDescriptor NoMunicipality = new("ML4001", DiagnosticSeverity.Error, new("Ingen kommun bland parterna", "No municipality among the parties"))
    {
        Description = new(
            "Ingen part har typen municipality; ett medborgarlöfte ingås av en kommun och polisen.",
            "No party has the type municipality; a citizen promise is made by a municipality and the police."),
    };

    /// <summary>ML4002: No police among the parties (ingen polis bland parterna).</summary>
    public static readonly DiagnosticDescriptor NoPolice = new("ML4002", DiagnosticSeverity.Error, new("Ingen polis bland parterna", "No police among the parties"))
    {
        Description = new(
            "Ingen part har typen police; ett medborgarlöfte ingås av en kommun och polisen.",
            "No party has the type police; a citizen promise is made by a municipality and the police."),
    };

    /// <summary>ML4003: Unknown municipality code (okänd kommunkod).</summary>
    public static readonly DiagnosticDescriptor UnknownMunicipalityCode = new("ML4003", DiagnosticSeverity.Error, new("Okänd kommunkod", "Unknown municipality code"))
    {
        Description = new(
            "Kommunkoden är inte en av SCB:s 290 kommunkoder.",
            "The municipality code is not one of SCB's 290 codes."),
    };

    /// <summary>ML4004: Name of another municipality (namnet hör till en annan kommun).</summary>
    public static readonly DiagnosticDescriptor MunicipalityNameMismatch = new("ML4004", DiagnosticSeverity.Warning, new("Namnet hör till en annan kommun", "Name of another municipality"))
    {
        Description = new(
            "Kommunens namn är tydligt en annan kommuns namn än den som kommunkoden anger (\"Båstads kommun\", \"Malmö stad\" och \"Region Gotland\" godtas för sina koder).",
            "The municipality's name is clearly another municipality's than the one its code gives (\"Båstads kommun\", \"Malmö stad\" and \"Region Gotland\" are accepted for their codes)."),
    };

    /// <summary>ML4005: Police region does not cover the municipality (polisregionen täcker inte kommunen).</summary>
    public static readonly DiagnosticDescriptor PoliceRegionMismatch = new("ML4005", DiagnosticSeverity.Error, new("Polisregionen täcker inte kommunen", "Police region does not cover the municipality"))
    {
        Description = new(
            "Polisens region omfattar inte det län som kommunen ligger i (kommunkodens två första siffror).",
            "The police unit's region does not cover the county the municipality lies in (the first two digits of its code)."),
    };

    /// <summary>ML4006: Invalid organisation number (ogiltigt organisationsnummer).</summary>
    public static readonly DiagnosticDescriptor InvalidOrganisationNumber = new("ML4006", DiagnosticSeverity.Error, new("Ogiltigt organisationsnummer", "Invalid organisation number"))
    {
        Description = new(
            "Organisationsnumret har inte formen NNNNNN-NNNN eller har fel kontrollsiffra (Luhn).",
            "The organisation number is not of the form NNNNNN-NNNN or its check digit (Luhn) is wrong."),
    };

    /// <summary>ML4007: Organisation number belongs to someone else (organisationsnumret hör till någon annan).</summary>
    public static readonly DiagnosticDescriptor OrganisationNumberMismatch = new("ML4007", DiagnosticSeverity.Warning, new("Organisationsnumret hör till någon annan", "Organisation number belongs to someone else"))
    {
        Description = new(
            "Polisens nummer är inte Polismyndighetens 202100-0076, en kommuns nummer börjar inte med 212000-, eller numret är ett känt nummer för en annan organisation.",
            "The police's number is not Polismyndigheten's 202100-0076, a municipality's number does not start 212000-, or the number is a known number of another organisation."),
    };

    /// <summary>ML4008: Municipality without a code (kommunen saknar kommunkod).</summary>
    public static readonly DiagnosticDescriptor MissingMunicipalityCode = new("ML4008", DiagnosticSeverity.Info, new("Kommunen saknar kommunkod", "Municipality without a code"))
    {
        Description = new(
            "En part av typen municipality saknar kommunkod, så att län och polisregion inte kan kontrolleras.",
            "A party of type municipality has no municipality code, so its county and police region cannot be checked."),
    };

    /// <summary>ML5001: Validity ends before it starts (giltighetstiden slutar före start).</summary>
    public static readonly DiagnosticDescriptor ValidityEndsBeforeStart = new("ML5001", DiagnosticSeverity.Error, new("Giltighetstiden slutar före start", "Validity ends before it starts"))
    {
        Description = new(
            "Giltighetstidens slutdatum ligger före startdatumet.",
            "The validity's end date comes before its start date."),
    };

    /// <summary>ML5002: Target period outside the validity (målets period ligger utanför giltighetstiden).</summary>
    public static readonly DiagnosticDescriptor TargetPeriodOutsideValidity = new("ML5002", DiagnosticSeverity.Error, new("Målets period ligger utanför giltighetstiden", "Target period outside the validity"))
    {
        Description = new(
            "Ett måls period börjar före eller slutar efter giltighetstiden.",
            "A target's period starts before or ends after the validity."),
    };

    /// <summary>ML5003: Signature without a date (underskrift utan datum).</summary>
    public static readonly DiagnosticDescriptor UndatedSignature = new("ML5003", DiagnosticSeverity.Warning, new("Underskrift utan datum", "Signature without a date"))
    {
        Description = new(
            "En underskrift saknar datum (förekommer i verkliga dokument, men gör det oklart när löftet ingicks).",
            "A signature has no date (real documents have them, but it leaves unclear when the promise was made)."),
    };

    /// <summary>ML5004: Signed after the validity started (undertecknad efter giltighetstidens start).</summary>
    public static readonly DiagnosticDescriptor SignedAfterValidityStart = new("ML5004", DiagnosticSeverity.Warning, new("Undertecknad efter giltighetstidens start", "Signed after the validity started"))
    {
        Description = new(
            "En underskrift är daterad efter att giltighetstiden började (det händer, men löftet gällde då innan det var undertecknat).",
            "A signature is dated after the validity started (it happens, but the promise then applied before it was signed)."),
    };

    /// <summary>ML5005: Open-ended validity (giltighetstiden saknar slutdatum).</summary>
    public static readonly DiagnosticDescriptor OpenEndedValidity = new("ML5005", DiagnosticSeverity.Info, new("Giltighetstiden saknar slutdatum", "Open-ended validity"))
    {
        Description = new(
            "Giltighetstiden har inget slutdatum (\"gäller tills nya löften tas fram\"); tillåtet, men uppföljningen behöver ett datum.",
            "The validity has no end date (\"until new promises are made\"); allowed, but follow-up needs a date."),
    };

    /// <summary>ML5006: Validity has ended (giltighetstiden har gått ut).</summary>
    public static readonly DiagnosticDescriptor Expired = new("ML5006", DiagnosticSeverity.Info, new("Giltighetstiden har gått ut", "Validity has ended"))
    {
        Description = new(
            "Giltighetstiden slutade före valideringsdatumet (as of); gäller inte dokument med status superseded.",
            "The validity ended before the as-of date; not reported for documents with status superseded."),
    };

    /// <summary>ML5007: Signature dated in the future (underskrift daterad i framtiden).</summary>
    public static readonly DiagnosticDescriptor SignatureInFuture = new("ML5007", DiagnosticSeverity.Warning, new("Underskrift daterad i framtiden", "Signature dated in the future"))
    {
        Description = new(
            "En underskrift är daterad efter valideringsdatumet (as of).",
            "A signature is dated after the as-of date."),
    };

    /// <summary>ML6001: Target value not positive (målvärdet är inte positivt).</summary>
    public static readonly DiagnosticDescriptor NonPositiveTargetValue = new("ML6001", DiagnosticSeverity.Error, new("Målvärdet är inte positivt", "Target value not positive"))
    {
        Description = new(
            "Ett kvantitativt måls värde är noll eller negativt.",
            "A quantitative target's value is zero or negative."),
    };

    /// <summary>ML6002: Exact target with a fractional value (exakt mål med decimalvärde).</summary>
    public static readonly DiagnosticDescriptor FractionalExactValue = new("ML6002", DiagnosticSeverity.Warning, new("Exakt mål med decimalvärde", "Exact target with a fractional value"))
    {
        Description = new(
            "Jämförelsen exactly med ett värde som inte är ett heltal (\"exakt 2,5 trafikkontroller\") går sällan att uppfylla.",
            "The comparator exactly with a value that is not whole (\"exactly 2.5 traffic checks\") can rarely be met."),
    };

    /// <summary>ML6003: Qualitative target with a predicate (kvalitativt mål med jämförelse).</summary>
    public static readonly DiagnosticDescriptor QualitativeTargetWithPredicate = new("ML6003", DiagnosticSeverity.Warning, new("Kvalitativt mål med jämförelse", "Qualitative target with a predicate"))
    {
        Description = new(
            "Ett mål av typen qualitative har comparator, value eller recurrence, som då inte räknas; var det tänkt som quantitative?",
            "A target of kind qualitative has a comparator, value or recurrence, which are then not counted; was it meant to be quantitative?"),
    };

    /// <summary>ML6004: Recurrence does not fit the period (upprepningen ryms inte i perioden).</summary>
    public static readonly DiagnosticDescriptor RecurrenceDoesNotFitPeriod = new("ML6004", DiagnosticSeverity.Error, new("Upprepningen ryms inte i perioden", "Recurrence does not fit the period"))
    {
        Description = new(
            "Målets period (eller giltighetstiden) är kortare än en upprepning: en vecka (7 dagar), en månad (28), en termin (84) eller ett år (365).",
            "The target's period (or the validity) is shorter than one recurrence: a week (7 days), a month (28), a school term (84) or a year (365)."),
    };

    /// <summary>ML7001: Commitment without text (löftet saknar text).</summary>
    public static readonly DiagnosticDescriptor EmptyCommitmentText = new("ML7001", DiagnosticSeverity.Error, new("Löftet saknar text", "Commitment without text"))
    {
        Description = new(
            "Löftets svenska text är tom eller bara blanktecken.",
            "The commitment's Swedish text is empty or only white space."),
    };

    /// <summary>ML7002: Commitment without a responsible party (löftet saknar ansvarig part).</summary>
    public static readonly DiagnosticDescriptor NoResponsibleParty = new("ML7002", DiagnosticSeverity.Warning, new("Löftet saknar ansvarig part", "Commitment without a responsible party"))
    {
        Description = new(
            "Löftet anger ingen ansvarig part; verkliga löften står ofta för båda parterna, men vem som gör vad blir oklart.",
            "The commitment names no responsible party; real promises often stand for both parties, but who does what is left unclear."),
    };

    /// <summary>ML7003: Commitment without a measurable target (löftet saknar mätbart mål).</summary>
    public static readonly DiagnosticDescriptor NoTarget = new("ML7003", DiagnosticSeverity.Warning, new("Löftet saknar mätbart mål", "Commitment without a measurable target"))
    {
        Description = new(
            "Löftet har inget mål (targets); Brå fann vaga, omätbara löften vara den största svagheten.",
            "The commitment has no target; Brå found vague, unmeasurable promises the main weakness."),
    };

    /// <summary>ML7004: Two commitments with the same text (två löften med samma text).</summary>
    public static readonly DiagnosticDescriptor DuplicateCommitmentText = new("ML7004", DiagnosticSeverity.Warning, new("Två löften med samma text", "Two commitments with the same text"))
    {
        Description = new(
            "Två löften har samma svenska text (blanktecken och skiftläge oräknade).",
            "Two commitments have the same Swedish text (white space and case aside)."),
    };

    /// <summary>ML7005: Signature missing (underskrift saknas).</summary>
    public static readonly DiagnosticDescriptor MissingSignature = new("ML7005", DiagnosticSeverity.Error, new("Underskrift saknas", "Signature missing"))
    {
        Description = new(
            "Ett dokument med status signed eller published saknar underskrift från en kommun- eller polispart; ett utkast behöver inga.",
            "A document with status signed or published lacks a signature from a municipality or police party; a draft needs none."),
    };

    /// <summary>ML7006: Content changed since signing (innehållet ändrat sedan underskrift).</summary>
    public static readonly DiagnosticDescriptor ContentChangedSinceSigning = new("ML7006", DiagnosticSeverity.Error, new("Innehållet har ändrats sedan underskriften", "Content changed since signing"))
    {
        Description = new(
            "En underskrifts contentHash stämmer inte med dokumentets innehållshash (RFC 8785 + SHA-256, utan underskrifter och status).",
            "A signature's contentHash does not match the document's content hash (RFC 8785 + SHA-256, without signatures and status)."),
    };

    /// <summary>ML7007: Signature missing from the published copy (underskriften saknas i den publicerade kopian).</summary>
    public static readonly DiagnosticDescriptor SignatureMissingFromSource = new("ML7007", DiagnosticSeverity.Warning, new("Underskriften saknas i den publicerade kopian", "Signature missing from the published copy"))
    {
        Description = new(
            "En underskrift har status missing: partens underskrift saknas i den enda publicerade kopian (en lucka i källan, inte ett fel i dokumentet).",
            "A signature has status missing: the party's signature is missing from the only published copy (a gap in the source, not an error in the document)."),
    };

    /// <summary>ML7008: A name on an unnamed signature (namn på en underskrift utan namn).</summary>
    public static readonly DiagnosticDescriptor NameOnUnnamedSignature = new("ML7008", DiagnosticSeverity.Error, new("Namn på en underskrift utan namn", "Name on an unnamed signature"))
    {
        Description = new(
            "En underskrift med status nameNotPublished, blankLine eller missing har ett namn; statusen säger att kopian inte har något.",
            "A signature with status nameNotPublished, blankLine or missing has a name; the status says the copy has none."),
    };

    /// <summary>ML8001: No follow-up plan (uppföljning saknas).</summary>
    public static readonly DiagnosticDescriptor NoFollowUpPlan = new("ML8001", DiagnosticSeverity.Warning, new("Uppföljning saknas", "No follow-up plan"))
    {
        Description = new(
            "Dokumentet har ingen uppföljningsplan (followUpPlan), eller en som varken säger hur (beskrivning, rapporter) eller när (utvärdering).",
            "The document has no follow-up plan (followUpPlan), or one that says neither how (description, reports) nor when (evaluation)."),
    };

    /// <summary>ML8002: Goal without a way to follow it up (målet kan inte följas upp).</summary>
    public static readonly DiagnosticDescriptor GoalWithoutFollowUp = new("ML8002", DiagnosticSeverity.Warning, new("Målet kan inte följas upp", "Goal without a way to follow it up"))
    {
        Description = new(
            "Ett mål och effekt saknar både beskrivning av uppföljning, uppföljningsmetoder och indikator.",
            "A goal has no follow-up text, no follow-up methods and no indicator."),
    };

    /// <summary>ML8003: No channel to tell citizens (ingen kanal till medborgarna).</summary>
    public static readonly DiagnosticDescriptor NoCommunicationChannel = new("ML8003", DiagnosticSeverity.Warning, new("Ingen kanal till medborgarna", "No channel to tell citizens"))
    {
        Description = new(
            "Dokumentet anger ingen kanal (communication.channels) där medborgarna kan följa arbetet.",
            "The document names no channel (communication.channels) where citizens can follow the work."),
    };

    /// <summary>ML8004: Unknown value in an open code list (okänt värde i öppen kodlista).</summary>
    public static readonly DiagnosticDescriptor UnknownOpenCode = new("ML8004", DiagnosticSeverity.Warning, new("Okänt värde i öppen kodlista", "Unknown value in an open code list"))
    {
        Description = new(
            "Ett värde utanför en öppen kodlista: typ av underlag, tema, metod, kanaltyp, uppföljningsmetod eller indikatorns källa.",
            "A value outside an open code list: source type, theme, method, channel type, follow-up method or indicator source."),
    };

    /// <summary>ML8005: Invalid language tag (ogiltig språkkod).</summary>
    public static readonly DiagnosticDescriptor InvalidLanguageTag = new("ML8005", DiagnosticSeverity.Error, new("Ogiltig språkkod", "Invalid language tag"))
    {
        Description = new(
            "En nyckel i en språkkarta är inte en välformad BCP 47-språkkod (\"en\", \"fi\", \"se\", \"smj\", \"fit\").",
            "A key of a language map is not a well-formed BCP 47 language tag (\"en\", \"fi\", \"se\", \"smj\", \"fit\")."),
    };

    /// <summary>ML8006: Empty text (tom text).</summary>
    public static readonly DiagnosticDescriptor EmptyText = new("ML8006", DiagnosticSeverity.Warning, new("Tom text", "Empty text"))
    {
        Description = new(
            "En text har tom svensk text (bara blanktecken); löftestexter rapporteras som ML7001.",
            "A text's Swedish is empty (only white space); commitment texts are reported as ML7001."),
    };

    /// <summary>ML8007: Bidirectional control characters in a text (dubbelriktade styrtecken i text).</summary>
    public static readonly DiagnosticDescriptor BidiControlInText = new("ML8007", DiagnosticSeverity.Warning, new("Dubbelriktade styrtecken i text", "Bidirectional control characters in a text"))
    {
        Description = new(
            "En text innehåller tecken som ändrar skrivriktningen (U+202A–U+202E, U+2066–U+2069); de kan få texten att visas i en annan ordning än den står.",
            "A text holds characters that change the writing direction (U+202A–U+202E, U+2066–U+2069); they can make the text appear in another order than it is written."),
    };

    /// <summary>ML9999: a rule threw an exception; the rule's own checks are missing from the report.</summary>
    public static readonly DiagnosticDescriptor RuleFailed = new("ML9999", DiagnosticSeverity.Error, new("Regeln kunde inte köras", "Rule failed"))
    {
        Description = new(
            "En regel (inbyggd eller egen) kastade ett undantag; dess kontroller saknas i rapporten.",
            "A rule (built in or added) threw an exception; its checks are missing from the report."),
    };

    /// <summary>Gets every validation rule's code, in code order, <see cref="RuleFailed"/> last.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> RuleCodes { get; } =
    [
        DuplicateId, UnknownPartyReference, UnknownPriorityAreaReference, UnknownSourceReference, UnknownFindingReference,
        AmbiguousReference, UnknownPartnerReference, UnknownTargetReference, NoMunicipality, NoPolice, UnknownMunicipalityCode, MunicipalityNameMismatch,
        PoliceRegionMismatch, InvalidOrganisationNumber, OrganisationNumberMismatch, MissingMunicipalityCode, ValidityEndsBeforeStart,
        TargetPeriodOutsideValidity, UndatedSignature, SignedAfterValidityStart, OpenEndedValidity, Expired,
        SignatureInFuture, NonPositiveTargetValue, FractionalExactValue, QualitativeTargetWithPredicate, RecurrenceDoesNotFitPeriod,
        EmptyCommitmentText, NoResponsibleParty, NoTarget, DuplicateCommitmentText, MissingSignature, ContentChangedSinceSigning,
        SignatureMissingFromSource, NameOnUnnamedSignature,
        NoFollowUpPlan, GoalWithoutFollowUp, NoCommunicationChannel, UnknownOpenCode, InvalidLanguageTag,
        EmptyText, BidiControlInText, RuleFailed,
    ];
}
