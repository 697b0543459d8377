using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace Medborgarlofte.Benchmarks;

/// <summary>Medians, ratios to the floor, to JsonDocument.Parse and to the model floor, and allocated bytes per input byte.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddColumn(StatisticColumn.Median);
        AddColumn(new RatioToColumn("JsonDocumentParse"));
        AddColumn(new RatioToColumn("ModelFloor"));
        AddColumn(new BytesPerInputByteColumn());
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
        WithOptions(ConfigOptions.JoinSummary);
    }
}
