using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Contact>;

namespace Medborgarlofte;

/// <summary>A contact person (kontakt).</summary>
public sealed record Contact
{
    /// <summary>Gets the person's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the role ("kommunpolis").</summary>
    public LocalizedText? Role { get; init; }

    /// <summary>Gets the id of the party the person works for.</summary>
    public string? Party { get; init; }

    /// <summary>Gets the phone number as written.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The declaration of the format's <c>contact</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Contact> Shape = new(
        static v => new Contact
        {
            Name = v.Optional<string>(),
            Role = v.Optional<LocalizedText>(),
            Party = v.Optional<string>(),
            Phone = v.Optional<string>(),
            Email = v.Optional<string>(),
        },
        F.String("name", static x => x.Name),
        F.Text("role", static x => x.Role),
        F.Reference("party", static x => x.Party, check: ValueChecks.Id),
        F.String("phone", static x => x.Phone),
        F.String("email", static x => x.Email, check: ValueChecks.Email));
}
