using System.Text.Json;

namespace Medborgarlofte.Json;

/// <summary>Writes an <see cref="Agreement"/> canonically: the property order of the model's declarations (<see cref="Agreement.Shape"/>).</summary>
internal static class AgreementWriter
{
    internal static void Write(Utf8JsonWriter w, Agreement a) => Agreement.Shape.Write(w, a);
}
