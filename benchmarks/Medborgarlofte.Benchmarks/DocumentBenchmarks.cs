using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Validation;
using NodaTime;

namespace Medborgarlofte.Benchmarks;

/// <summary>
/// Every operation on the same bytes beside the floor (reading every token with Utf8JsonReader)
/// and JsonDocument.Parse, so each result is also a ratio to them.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet's lifetime is GlobalSetup to GlobalCleanup, which disposes it.")]
public class DocumentBenchmarks
{
    private byte[] _bytes = [];
    private Agreement _agreement = null!;
    private JsonDocument _document = null!;
    private FollowUpDocument _followUp = null!;
    private LocalDate _asOf;
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private StreamWriter _renderOutput = null!;

    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = "bastad-2024";

    public static string[] InputNames => Inputs.Names;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Inputs.Bytes(Input);
        _agreement = AgreementJson.Read(_bytes).GetValueOrThrow();
        _document = JsonDocument.Parse(_bytes);
        _followUp = Inputs.FollowUp(Input, _agreement);
        _asOf = _followUp.AsOf;
        _renderOutput = new StreamWriter(Stream.Null, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _document.Dispose();
        _renderOutput.Dispose();
    }

    /// <summary>The floor: read every token, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int Floor() => Floors.CountTokens(_bytes);

    [Benchmark]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_bytes);
        return document.RootElement.GetArrayLengthOrZero();
    }

    [Benchmark]
    public Agreement? Read() => AgreementJson.Read(_bytes).Value;

    /// <summary>Visits every value of the <see cref="JsonDocument"/> once, reading each kind and comparing each property name.</summary>
    [Benchmark]
    public int JsonElementWalk() => Walk(_document.RootElement);

    /// <summary>
    /// The library's own strict parse (duplicate names refused) into the tape that reading and the
    /// document order read: the first step of <see cref="Validate"/>.
    /// </summary>
    [Benchmark]
    public int StrictParse()
    {
        using var tape = Medborgarlofte.Json.Parsed.JsonTape.ParseStrict(_bytes, Medborgarlofte.JsonLimits.Default.MaxDepth, out _)!;
        return tape.RowCount;
    }

    /// <summary><see cref="JsonDocument"/> with duplicate names refused: what <see cref="StrictParse"/> replaced.</summary>
    [Benchmark]
    public int JsonDocumentParseStrict()
    {
        using var document = JsonDocument.Parse(_bytes, new JsonDocumentOptions { AllowDuplicateProperties = false });
        return document.RootElement.GetArrayLengthOrZero();
    }

    /// <summary>The floor for what reads the model (<see cref="Rules"/>, <see cref="FollowUpEvaluate"/>): every object once.</summary>
    [Benchmark]
    public int ModelFloor() => Benchmarks.ModelFloor.Touch(_agreement);

    /// <summary>The rules only, on an already read agreement.</summary>
    [Benchmark]
    public int Rules() => AgreementValidator.Validate(_agreement).Diagnostics.Count;

    /// <summary>Full validation, bytes to report: parse, strict read, rules, order.</summary>
    [Benchmark]
    public int Validate() => AgreementValidator.Validate(_bytes).Diagnostics.Count;

    /// <summary>HTML as one string, what a caller who wants the text gets.</summary>
    [Benchmark]
    public int Render() => HtmlRenderer.Render(_agreement).Length;

    /// <summary>HTML written as it is composed, encoded to UTF-8 into a stream, as the command-line tool writes a file.</summary>
    [Benchmark]
    public void RenderToStream()
    {
        HtmlRenderer.Render(_agreement, _renderOutput);
        _renderOutput.Flush();
    }

    [Benchmark]
    public AgreementEvaluation FollowUpEvaluate() => FollowUpEvaluator.Evaluate(_agreement, _followUp, _asOf);

    [Benchmark]
    public int Write()
    {
        _output.ResetWrittenCount();
        AgreementJson.Write(_agreement, _output);
        return _output.WrittenCount;
    }

    private static int Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = 1;
                foreach (var property in element.EnumerateObject())
                {
                    properties += property.NameEquals("id"u8) ? 2 : 1;
                    properties += Walk(property.Value);
                }

                return properties;
            case JsonValueKind.Array:
                var items = 1;
                foreach (var item in element.EnumerateArray())
                {
                    items += Walk(item);
                }

                return items;
            default:
                return 1;
        }
    }
}

internal static class JsonElementExtensions
{
    internal static int GetArrayLengthOrZero(this JsonElement element) => element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : 0;
}
