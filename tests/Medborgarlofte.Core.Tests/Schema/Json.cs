using System.Text.Json;

namespace Medborgarlofte.Tests.Schema;

/// <summary>Parses test documents (cloned, so no document needs disposing).</summary>
internal static class Json
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
