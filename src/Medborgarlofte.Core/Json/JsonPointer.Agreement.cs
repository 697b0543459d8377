using System.Globalization;

namespace Medborgarlofte;

/// <summary>
/// Where the parts of an agreement are, for rules to report a problem: <c>JsonPointer.Append(JsonPointer.Target(3, 0),
/// "value")</c> is <c>/commitments/3/targets/0/value</c>. Build them only when reporting: they allocate.
/// </summary>
public static partial class JsonPointer
{
    /// <summary>The pointer to the whole document: the empty string.</summary>
    public const string Root = "";

    /// <summary>Gets the pointer to a party (part): <c>/parties/{index}</c>.</summary>
    /// <param name="index">The party's position.</param>
    /// <returns>The pointer.</returns>
    public static string Party(int index) => Item("/parties/", index);

    /// <summary>Gets the pointer to a partner (samverkanspartner): <c>/partners/{index}</c>.</summary>
    /// <param name="index">The partner's position.</param>
    /// <returns>The pointer.</returns>
    public static string Partner(int index) => Item("/partners/", index);

    /// <summary>Gets the pointer to a reservation clause (förbehåll): <c>/reservations/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string Reservation(int index) => Item("/reservations/", index);

    /// <summary>Gets the pointer to a reference number (diarienummer): <c>/referenceNumbers/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string ReferenceNumber(int index) => Item("/referenceNumbers/", index);

    /// <summary>Gets the pointer to a source (underlag): <c>/situationPicture/sources/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string Source(int index) => Item("/situationPicture/sources/", index);

    /// <summary>Gets the pointer to a finding of the situation picture: <c>/situationPicture/findings/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string Finding(int index) => Item("/situationPicture/findings/", index);

    /// <summary>Gets the pointer to a priority area (fokusområde): <c>/priorityAreas/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string PriorityArea(int index) => Item("/priorityAreas/", index);

    /// <summary>Gets the pointer to a commitment (löfte): <c>/commitments/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string Commitment(int index) => Item("/commitments/", index);

    /// <summary>Gets the pointer to a target (mätbart mål): <c>/commitments/{commitment}/targets/{target}</c>.</summary>
    /// <param name="commitment">The commitment's position.</param>
    /// <param name="target">The target's position within the commitment.</param>
    /// <returns>The pointer.</returns>
    public static string Target(int commitment, int target) => Item(Commitment(commitment) + "/targets/", target);

    /// <summary>Gets the pointer to a goal (mål och effekter): <c>/goals/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string Goal(int index) => Item("/goals/", index);

    /// <summary>Gets the pointer to a communication channel (kanal): <c>/communication/channels/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string Channel(int index) => Item("/communication/channels/", index);

    /// <summary>Gets the pointer to a governance body (organ): <c>/governance/bodies/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string GovernanceBody(int index) => Item("/governance/bodies/", index);

    /// <summary>Gets the pointer to a contact (kontakt): <c>/contacts/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string Contact(int index) => Item("/contacts/", index);

    /// <summary>Gets the pointer to a signature (underskrift): <c>/signatures/{index}</c>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The pointer.</returns>
    public static string Signature(int index) => Item("/signatures/", index);

    /// <summary>Gets the pointer to an item of an array property: <c>Item(Commitment(2), "responsibleParties", 0)</c>.</summary>
    /// <param name="pointer">The part's pointer.</param>
    /// <param name="name">The array property's name.</param>
    /// <param name="index">The item's position.</param>
    /// <returns>The pointer.</returns>
    public static string Item(string pointer, string name, int index) => Append(Append(pointer, name), index);

    private static string Item(string prefix, int index) => prefix + index.ToString(CultureInfo.InvariantCulture);
}
