namespace Medborgarlofte;

/// <summary>What a document is: a promise, a cooperation agreement, or both in one document.</summary>
public enum AgreementKind
{
    /// <summary>A citizen promise (medborgarlöfte). JSON: <c>promise</c>.</summary>
    Promise,

    /// <summary>A cooperation agreement (samverkansöverenskommelse). JSON: <c>cooperationAgreement</c>.</summary>
    CooperationAgreement,

    /// <summary>One document that is both. JSON: <c>promiseAndCooperationAgreement</c>.</summary>
    PromiseAndCooperationAgreement,
}
