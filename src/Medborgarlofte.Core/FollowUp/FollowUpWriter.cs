using System.Text.Json;

namespace Medborgarlofte.FollowUp;

/// <summary>Writes a <see cref="FollowUpDocument"/> canonically, in the property order of its declaration (<see cref="FollowUpDocument.Shape"/>).</summary>
internal static class FollowUpWriter
{
    internal static void Write(Utf8JsonWriter w, FollowUpDocument d) => FollowUpDocument.Shape.Write(w, d);
}
