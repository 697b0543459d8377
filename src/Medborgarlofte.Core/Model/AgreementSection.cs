namespace Medborgarlofte;

/// <summary>A section of the agreement's structure (avsnitt), where a reservation clause is placed.</summary>
public enum AgreementSection
{
    /// <summary>Inledning. JSON: <c>introduction</c>.</summary>
    Introduction,

    /// <summary>Syfte. JSON: <c>purpose</c>.</summary>
    Purpose,

    /// <summary>Lägesbild. JSON: <c>situationPicture</c>.</summary>
    SituationPicture,

    /// <summary>Löften, åtaganden. JSON: <c>commitments</c>.</summary>
    Commitments,

    /// <summary>Mål och effekter. JSON: <c>goals</c>.</summary>
    Goals,

    /// <summary>Uppföljning. JSON: <c>followUpPlan</c>.</summary>
    FollowUpPlan,

    /// <summary>Följ arbetet. JSON: <c>communication</c>.</summary>
    Communication,

    /// <summary>Organisation. JSON: <c>governance</c>.</summary>
    Governance,

    /// <summary>Kontakt. JSON: <c>contacts</c>.</summary>
    Contacts,

    /// <summary>Bilagor. JSON: <c>attachments</c>.</summary>
    Attachments,

    /// <summary>Giltighetstid. JSON: <c>validity</c>.</summary>
    Validity,

    /// <summary>Underskrifter. JSON: <c>signatures</c>.</summary>
    Signatures,
}
