using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Medborgarlofte.FollowUp;
using Medborgarlofte.FollowUp.Evaluation;
using Medborgarlofte.Json;
using Medborgarlofte.Model;
using Medborgarlofte.Rendering;
using Medborgarlofte.Schema;
using Medborgarlofte.Validation;
using NodaTime;

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
    private JsonDocument _document = null!;
    private Medborgarlofte.Json.Parsed.JsonTape _tape = null!;
    private JsonSchema _schema = null!;
    private FollowUpDocument _followUp = null!;
    private LocalDate _asOf;
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);

    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = "bastad-2024";

    public static string[] InputNames => Inputs.Names;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Inputs.Bytes(Input);
        _agreement = AgreementJson.Read(_bytes).GetValueOrThrow();
        _document = JsonDocument.Parse(_bytes);
        _tape = Medborgarlofte.Json.Parsed.JsonTape.Parse(_bytes, default);
        _schema = FormatSchemas.Agreement;
        _followUp = Inputs.FollowUp(Input, _agreement);
        _asOf = _followUp.AsOf;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _document.Dispose();
        _tape.Dispose();
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

    /// <summary>
    /// The least any evaluator on a parsed document does: visit every value of the <see cref="JsonDocument"/> once,
    /// reading each kind and comparing each property name. A reference point for <see cref="SchemaEvaluate"/>.
    /// </summary>
    [Benchmark]
    public int JsonElementWalk() => Walk(_document.RootElement);

    /// <summary>
    /// The format's JSON Schema on an already parsed document, collecting all errors (as Ajv's allErrors): what
    /// validation runs, the compiled check and, for a document it refuses, the interpreter.
    /// </summary>
    [Benchmark]
    public bool SchemaEvaluate() => FormatSchemas.EvaluateAgreement(_document.RootElement).IsValid;

    /// <summary>SPIKE (branch parsed-form): the strict parse into the library's own tape, beside JsonDocumentParseStrict.</summary>
    [Benchmark]
    public int TapeParse()
    {
        using var tape = Medborgarlofte.Json.Parsed.JsonTape.Parse(_bytes, default);
        return tape.RowCount;
    }

    /// <summary>SPIKE (branch parsed-form): JsonDocument with duplicate names refused, as validation parses.</summary>
    [Benchmark]
    public int JsonDocumentParseStrict()
    {
        using var document = JsonDocument.Parse(_bytes, new JsonDocumentOptions { AllowDuplicateProperties = false });
        return document.RootElement.GetArrayLengthOrZero();
    }

    /// <summary>SPIKE (branch parsed-form): the generated check rewritten for the tape, on a parsed tape.</summary>
    [Benchmark]
    public bool SchemaEvaluateTape() => Medborgarlofte.Schema.Compiled.AgreementTapeCheck.IsValid(_tape.Root);

    /// <summary>The generated check alone on the JsonDocument (no result object), the tape check's counterpart.</summary>
    [Benchmark]
    public bool SchemaCheckOnly() => Medborgarlofte.Schema.Compiled.AgreementSchemaCheck.IsValid(_document.RootElement);

    /// <summary>The interpreting evaluator alone (any schema; what runs for a refused document).</summary>
    [Benchmark]
    public bool SchemaEvaluateInterpreted() => _schema.Evaluate(_document.RootElement).IsValid;

    /// <summary>The rules only, on an already read agreement.</summary>
    [Benchmark]
    public int Rules() => AgreementValidator.Validate(_agreement).Diagnostics.Count;

    /// <summary>Full validation, bytes to report: parse, schema, strict read, rules.</summary>
    [Benchmark]
    public int Validate() => AgreementValidator.Validate(_bytes).Diagnostics.Count;

    [Benchmark]
    public int Render() => HtmlRenderer.Render(_agreement).Length;

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
