using Medborgarlofte.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.FollowUp;

/// <summary>Reads a <see cref="FollowUpDocument"/> as strictly as an agreement is read, by its declaration (<see cref="FollowUpDocument.Shape"/>).</summary>
internal static class FollowUpReader
{
    internal static FollowUpDocument? Read(TapeElement element, ReadContext c) => FollowUpDocument.Shape.Read(element, c);
}
