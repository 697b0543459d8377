using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Medborgarlofte;

/// <summary>
/// The open code lists of the format (öppna kodlistor). A value outside an open list is
/// allowed but reported as a warning; closed lists are the enums of the model.
/// </summary>
public static class CodeLists
{
    /// <summary>Gets the source types of a situation picture (typ av underlag).</summary>
    public static IReadOnlyList<Code> SourceTypes { get; } =
    [
        new("safetySurvey", new("Trygghetsmätning", "Safety survey")),
        new("citizenDialogue", new("Medborgardialog", "Citizen dialogue")),
        new("staffDialogue", new("Medarbetardialog", "Staff dialogue")),
        new("cooperationMeeting", new("Samverkansmöte", "Cooperation meeting")),
        new("crimeStatistics", new("Brottsstatistik", "Crime statistics")),
        new("ntu", new("Nationella trygghetsundersökningen (NTU)", "Swedish Crime Survey (NTU)")),
        new("est", new("Effektiv samordning för trygghet (EST)", "Effective coordination for safety (EST)")),
        new("internalKnowledge", new("Intern kunskap", "Internal knowledge")),
        new("incidentReports", new("Händelserapporter", "Incident reports")),
        new("schoolSurvey", new("Trygghetsundersökning i skolan", "School safety survey")),
        new("webSurvey", new("Webbenkät", "Web survey")),
        new("localSituationPicture", new("Lokal lägesbild", "Local situation picture")),
        new("sspfAssessment", new("Bedömning i SSPF-gruppen", "Assessment by the SSPF group")),
        new("safetyWalk", new("Trygghetsvandring", "Safety walk")),
    ];

    /// <summary>Gets the themes (teman) of findings and priority areas.</summary>
    public static IReadOnlyList<Code> Themes { get; } =
    [
        new("narcotics", new("Narkotika", "Narcotics")),
        new("traffic", new("Trafik", "Traffic")),
        new("youth", new("Ungdomar", "Young people")),
        new("burglary", new("Inbrott", "Burglary")),
        new("fraudAgainstElderly", new("Bedrägerier mot äldre", "Fraud against the elderly")),
        new("publicSpace", new("Offentlig miljö", "Public space")),
        new("andt", new("ANDT (alkohol, narkotika, doping, tobak)", "ANDT (alcohol, narcotics, doping, tobacco)")),
        new("vandalism", new("Skadegörelse", "Vandalism")),
        new("seniors", new("Seniorer", "Seniors")),
        new("schools", new("Skolan", "Schools")),
        new("organisedCrime", new("Organiserad brottslighet", "Organised crime")),
        new("businessCrime", new("Brott mot näringsidkare", "Crime against businesses")),
        new("childrenAsVictims", new("Barn och unga som utsätts för brott", "Children as victims of crime")),
        new("cooperation", new("Samverkan", "Cooperation")),
        new("theft", new("Stöld", "Theft")),
        new("integration", new("Integration", "Integration")),
    ];

    /// <summary>Gets the methods (metoder) commitments use.</summary>
    public static IReadOnlyList<Code> Methods { get; } =
    [
        new("sspf", new("SSPF (skola, socialtjänst, polis, fritid)", "SSPF (school, social services, police, leisure)")),
        new("est", new("Effektiv samordning för trygghet (EST)", "Effective coordination for safety (EST)")),
        new("neighbourhoodWatch", new("Grannsamverkan", "Neighbourhood watch")),
        new("safetyWalk", new("Trygghetsvandring", "Safety walk")),
        new("citizenDialogue", new("Medborgardialog", "Citizen dialogue")),
        new("blueLightDays", new("Blåljusdagar", "Blue light days")),
        new("earlyDetection", new("Tidig upptäckt", "Early detection")),
        new("areaPolicing", new("Områdespolis", "Area policing")),
        new("trafficControl", new("Trafikkontroll", "Traffic control")),
        new("lecture", new("Föreläsning", "Lecture")),
        new("informationCampaign", new("Informationssatsning", "Information campaign")),
        new("lighting", new("Belysning", "Lighting")),
        new("volunteers", new("Volontärer", "Volunteers")),
        new("jointInspection", new("Gemensam tillsyn", "Joint inspection")),
        new("speedMeasurement", new("Hastighetsmätning", "Speed measurement")),
        new("situationalPrevention", new("Situationell prevention", "Situational prevention")),
    ];

    /// <summary>Gets the channel types of communication (kanaler).</summary>
    public static IReadOnlyList<Code> ChannelTypes { get; } =
    [
        new("facebook", new("Facebook", "Facebook")),
        new("instagram", new("Instagram", "Instagram")),
        new("website", new("Webbplats", "Website")),
        new("localPress", new("Lokalpress", "Local press")),
        new("media", new("Media", "Media")),
        new("newsletter", new("Nyhetsbrev", "Newsletter")),
        new("meeting", new("Möte", "Meeting")),
        new("mobileOffice", new("Mobilt kontor", "Mobile office")),
        new("socialMedia", new("Sociala medier", "Social media")),
    ];

    private static readonly FrozenDictionary<string, Code> SourceTypeIndex = Index(SourceTypes);
    private static readonly FrozenDictionary<string, Code> ThemeIndex = Index(Themes);
    private static readonly FrozenDictionary<string, Code> MethodIndex = Index(Methods);
    private static readonly FrozenDictionary<string, Code> ChannelTypeIndex = Index(ChannelTypes);

    /// <summary>Finds a source type by its code.</summary>
    /// <param name="value">The code.</param>
    /// <returns>The code with its label, or <see langword="null"/> when unknown.</returns>
    public static Code? FindSourceType(string value) => SourceTypeIndex.GetValueOrDefault(value);

    /// <summary>Finds a theme by its code.</summary>
    /// <param name="value">The code.</param>
    /// <returns>The code with its label, or <see langword="null"/> when unknown.</returns>
    public static Code? FindTheme(string value) => ThemeIndex.GetValueOrDefault(value);

    /// <summary>Finds a method by its code.</summary>
    /// <param name="value">The code.</param>
    /// <returns>The code with its label, or <see langword="null"/> when unknown.</returns>
    public static Code? FindMethod(string value) => MethodIndex.GetValueOrDefault(value);

    /// <summary>Finds a channel type by its code.</summary>
    /// <param name="value">The code.</param>
    /// <returns>The code with its label, or <see langword="null"/> when unknown.</returns>
    public static Code? FindChannelType(string value) => ChannelTypeIndex.GetValueOrDefault(value);

    private static FrozenDictionary<string, Code> Index(IReadOnlyList<Code> codes)
    {
        var dictionary = new Dictionary<string, Code>(codes.Count, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            dictionary.Add(code.Value, code);
        }

        return dictionary.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
