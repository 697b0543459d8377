using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Medborgarlofte.Json;
using Medborgarlofte.Model;

namespace Medborgarlofte.Benchmarks;

/// <summary>
/// Every operation on the same bytes beside the floor (reading every token with Utf8JsonReader)
/// and JsonDocument.Parse, so each result is also a ratio to them.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private byte[] _bytes = [];
    private Agreement _agreement = null!;
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);

    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = "bastad-2024";

    public static string[] InputNames => Inputs.Names;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Inputs.Bytes(Input);
        _agreement = AgreementJson.Read(_bytes).GetValueOrThrow();
    }

    /// <summary>The floor: read every token, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var reader = new Utf8JsonReader(_bytes);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_bytes);
        return document.RootElement.GetArrayLengthOrZero();
    }

    [Benchmark]
    public Agreement? Read() => AgreementJson.Read(_bytes).Value;

    [Benchmark]
    public int Write()
    {
        _output.ResetWrittenCount();
        AgreementJson.Write(_agreement, _output);
        return _output.WrittenCount;
    }
}

internal static class JsonElementExtensions
{
    internal static int GetArrayLengthOrZero(this JsonElement element) => element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : 0;
}
