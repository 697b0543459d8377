using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

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
}
