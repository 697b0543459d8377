namespace Medborgarlofte;

/// <summary>How often follow-up is reported (rapporteringsintervall).</summary>
public enum Cadence
{
    /// <summary>Continuously ("löpande"). JSON: <c>continuous</c>.</summary>
    Continuous,

    /// <summary>Every week. JSON: <c>weekly</c>.</summary>
    Weekly,

    /// <summary>Every month. JSON: <c>monthly</c>.</summary>
    Monthly,

    /// <summary>Every quarter. JSON: <c>quarterly</c>.</summary>
    Quarterly,

    /// <summary>Every school term. JSON: <c>perSchoolTerm</c>.</summary>
    PerSchoolTerm,

    /// <summary>Every year ("årsrapport"). JSON: <c>yearly</c>.</summary>
    Yearly,

    /// <summary>Once, when the validity ends. JSON: <c>endOfPeriod</c>.</summary>
    EndOfPeriod,
}
