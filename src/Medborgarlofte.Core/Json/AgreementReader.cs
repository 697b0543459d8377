using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json;

/// <summary>
/// Reads an <see cref="Agreement"/> from a parsed JSON document, strictly, by the model's declarations
/// (<see cref="Agreement.Shape"/> and the shapes it names): every property is known, required ones are present,
/// no <c>null</c>, types and codes exact. Each problem is reported with its pointer; a type whose required parts
/// are missing reads as <see langword="null"/>.
/// </summary>
internal static class AgreementReader
{
    internal static Agreement? ReadAgreement(TapeElement element, ReadContext c) => Agreement.Shape.Read(element, c);
}
