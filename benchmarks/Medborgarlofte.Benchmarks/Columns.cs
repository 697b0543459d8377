using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Medborgarlofte.Benchmarks;

/// <summary>A dimensionless column computed from other results; a subclass gives its name and value.</summary>
public abstract class DerivedColumn(int priority) : IColumn
{
    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public abstract string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>The ratio of a benchmark's median to another benchmark's median with the same parameters.</summary>
public sealed class RatioToColumn(string reference) : DerivedColumn(priority: 0)
{
    public override string Id => "RatioTo" + reference;

    public override string ColumnName => "÷" + reference;

    public override string Legend => $"Median divided by the median of {reference} on the same input";

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var other = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.WorkloadMethod.Name == reference && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
        var mine = summary[benchmarkCase]?.ResultStatistics?.Median;
        var theirs = other is null ? null : summary[other]?.ResultStatistics?.Median;
        return mine is { } m && theirs is { } t && t > 0 ? (m / t).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "-";
    }
}

/// <summary>Bytes allocated per operation divided by the input's size in bytes.</summary>
public sealed class BytesPerInputByteColumn() : DerivedColumn(priority: 1)
{
    public override string Id => "BytesPerInputByte";

    public override string ColumnName => "Alloc/B";

    public override string Legend => "Allocated bytes per operation divided by the input document's size";

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
        return allocated is { } a && input is not null ? ((double)a / Inputs.Bytes(input).Length).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "-";
    }
}
