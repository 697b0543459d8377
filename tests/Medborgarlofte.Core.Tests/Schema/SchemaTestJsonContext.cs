using System.Text.Json.Serialization;

namespace Medborgarlofte.Tests.Schema;

/// <summary>Source-generated serialization for the few values tests build (no reflection).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class SchemaTestJsonContext : JsonSerializerContext;
