using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Validation;

namespace Medborgarlofte.Benchmarks;

/// <summary>
/// The cost per commitment at five sizes, from 500 to 10 000 commitments. A quadratic look-up would show as a cost
/// per commitment that grows in proportion to the size. The floor's cost per commitment stays flat. The model's
/// grows with how much of it the caches still hold: about 0.9 MB at 500 and 18 MB at 10 000 (L2 1 MB, L3 32 MB).
/// </summary>
/// <remarks>
/// Why beside <see cref="DocumentBenchmarks"/>: its 10 000 ÷ 1 000 ratio is one number, and it cannot tell a
/// look-up that grows with the size from memory that no cache holds. A curve can. The first grows in step with
/// the size; the second levels off once nothing fits. Run with
/// <c>--filter '*GrowthCurve*' --job medium</c>.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(GrowthCurveConfig))]
public class GrowthCurveBenchmarks
{
    private byte[] _bytes = [];
    private Agreement _agreement = null!;
    private FollowUpDocument _followUp = null!;

    [Params(500, 1000, 2000, 4000, 10000)]
    public int Commitments { get; set; } = 1000;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Inputs.Bytes("generated-" + Commitments.ToString(CultureInfo.InvariantCulture));
        _agreement = AgreementJson.Read(_bytes).GetValueOrThrow();
        _followUp = GeneratedFollowUp.Create(_agreement);
    }

    /// <summary>The floor: every token of the same bytes.</summary>
    [Benchmark]
    public int CurveFloor() => Floors.CountTokens(_bytes);

    /// <summary>The floor of what reads the model: every object of the same agreement once (<see cref="ModelFloor"/>).</summary>
    [Benchmark]
    public int CurveModelFloor() => ModelFloor.Touch(_agreement);

    [Benchmark]
    public Agreement? CurveRead() => AgreementJson.Read(_bytes).Value;

    [Benchmark]
    public int CurveRules() => AgreementValidator.Validate(_agreement).Diagnostics.Count;

    [Benchmark]
    public int CurveValidate() => AgreementValidator.Validate(_bytes).Diagnostics.Count;

    [Benchmark]
    public AgreementEvaluation CurveFollowUpEvaluate() => FollowUpEvaluator.Evaluate(_agreement, _followUp, _followUp.AsOf);

    /// <summary>HTML written as composed into a stream that keeps nothing, as <see cref="DocumentBenchmarks.RenderToStream"/>.</summary>
    [Benchmark]
    public void CurveRenderToStream()
    {
        using var output = new StreamWriter(Stream.Null, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        HtmlRenderer.Render(_agreement, output);
    }

    private sealed class GrowthCurveConfig : ManualConfig
    {
        public GrowthCurveConfig()
        {
            AddColumn(new PerCommitmentColumn());
            AddColumn(new PerCommitmentRatioColumn());
        }
    }

    /// <summary>The median divided by the number of commitments.</summary>
    private sealed class PerCommitmentColumn() : DerivedColumn(priority: 2)
    {
        public override string Id => "NsPerCommitment";

        public override string ColumnName => "ns/commitment";

        public override string Legend => "Median in nanoseconds divided by the number of commitments";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            PerCommitment(summary, benchmarkCase) is { } value ? value.ToString("0", CultureInfo.InvariantCulture) : "-";
    }

    /// <summary>The cost per commitment divided by the same method's at 1 000 commitments: 1.00 is linear.</summary>
    private sealed class PerCommitmentRatioColumn() : DerivedColumn(priority: 3)
    {
        public override string Id => "PerCommitmentRatio";

        public override string ColumnName => "÷1000";

        public override string Legend => "Cost per commitment divided by the same method's at 1 000 commitments (1.00: linear)";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var reference = summary.BenchmarksCases.FirstOrDefault(c =>
                c.Descriptor.WorkloadMethod.Name == benchmarkCase.Descriptor.WorkloadMethod.Name && Count(c) == 1000);
            return PerCommitment(summary, benchmarkCase) is { } mine && reference is not null && PerCommitment(summary, reference) is { } theirs && theirs > 0
                ? (mine / theirs).ToString("0.00", CultureInfo.InvariantCulture)
                : "-";
        }
    }

    private static int Count(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(Commitments))?.Value is int count ? count : 0;

    private static double? PerCommitment(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Median is { } median && Count(benchmarkCase) > 0 ? median / Count(benchmarkCase) : null;
}
