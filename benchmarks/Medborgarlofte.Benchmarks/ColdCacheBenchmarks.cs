using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Validation;
using NodaTime;

namespace Medborgarlofte.Benchmarks;

/// <summary>
/// Growth with caches that hold none of the document when each operation starts, as for an import job whose every
/// agreement is new. <see cref="DocumentBenchmarks"/> repeats one document until it sits in the cache: a
/// 1 000-commitment agreement (about 2 MB as a model) does, a 10 000-commitment one (about 22 MB) does not, so its
/// growth ratio also measures the cache's size. Here both sizes start from memory, and the ratio is the code's.
/// </summary>
/// <remarks>
/// Each measured operation is one invocation after <see cref="Evict"/> has read 128 MB (four times the 32 MB L3 of
/// the machine docs/benchmarks.md's figures come from). Reading, not writing, leaves no dirty lines for the operation to
/// write back. Run with <c>--filter '*ColdCache*' --inProcess</c> and no <c>--job</c>: the counts are set here.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(1, 1)] // one invocation per iteration, unrolled once: each follows an eviction
[WarmupCount(40)] // one call each: enough for tiered compilation to reach its optimized code before the measured calls
[IterationCount(40)]
public class ColdCacheBenchmarks
{
    private const int EvictionBytes = 128 << 20;
    private const int LongsPerCacheLine = 64 / sizeof(long);
    private static readonly long[] Eviction = new long[EvictionBytes / sizeof(long)];

    private byte[] _bytes = [];
    private Agreement _agreement = null!;
    private FollowUpDocument _followUp = null!;
    private LocalDate _asOf;

    [Params("generated-1000", "generated-10000")]
    public string Input { get; set; } = "generated-1000";

    /// <summary>Gets the sum <see cref="Evict"/> read, kept so the reads are not optimized away.</summary>
    public long Evicted { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Inputs.Bytes(Input);
        _agreement = AgreementJson.Read(_bytes).GetValueOrThrow();
        _followUp = Inputs.FollowUp(Input, _agreement);
        _asOf = _followUp.AsOf;
    }

    /// <summary>Reads one long per cache line of a buffer four times the L3's size.</summary>
    [IterationSetup]
    public void Evict()
    {
        long sum = 0;
        for (var i = 0; i < Eviction.Length; i += LongsPerCacheLine)
        {
            sum += Eviction[i];
        }

        Evicted = sum;
    }

    [Benchmark]
    public Agreement? ColdRead() => AgreementJson.Read(_bytes).Value;

    [Benchmark]
    public int ColdRules() => AgreementValidator.Validate(_agreement).Diagnostics.Count;

    [Benchmark]
    public int ColdValidate() => AgreementValidator.Validate(_bytes).Diagnostics.Count;

    [Benchmark]
    public AgreementEvaluation ColdFollowUpEvaluate() => FollowUpEvaluator.Evaluate(_agreement, _followUp, _asOf);

    /// <summary>HTML written as composed into a stream that keeps nothing (<see cref="TextWriter.Null"/> would skip the encoding).</summary>
    [Benchmark]
    public void ColdRenderToStream()
    {
        using var output = new StreamWriter(Stream.Null, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        HtmlRenderer.Render(_agreement, output);
    }
}
