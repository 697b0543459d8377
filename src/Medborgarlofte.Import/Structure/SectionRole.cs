namespace Medborgarlofte.Import.Structure;

/// <summary>What a published heading introduces, by the vocabulary real agreements use.</summary>
internal enum SectionRole
{
    /// <summary>A heading the vocabulary does not know: its text is kept under it as an additional section.</summary>
    Other,

    /// <summary>Inledning, Inriktning.</summary>
    Introduction,

    /// <summary>Syfte.</summary>
    Purpose,

    /// <summary>Lägesbild, Situationen idag, Problembild.</summary>
    Situation,

    /// <summary>Det här ska vi göra, Medborgarlöfte(n), Löften, Åtgärder, Åtaganden, Genomförande, Inriktning för medborgarlöfte.</summary>
    Promises,

    /// <summary>Fokusområden, teman, prioriterade områden: a container of areas.</summary>
    PriorityAreas,

    /// <summary>Mål och effekter, Förväntat resultat.</summary>
    Goals,

    /// <summary>Uppföljning.</summary>
    FollowUp,

    /// <summary>Följ arbetet.</summary>
    Communication,

    /// <summary>Giltighetstid, Löftesperiod.</summary>
    Validity,

    /// <summary>Organisation (the governance: råd, styrgrupp).</summary>
    Governance,

    /// <summary>Kontakt.</summary>
    Contact,

    /// <summary>Underskrifter.</summary>
    Signatures,
}
