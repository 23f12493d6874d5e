namespace Cluster.LoadTests;

/// <summary>One normal stream with and without the storm: the ratios say how much the storm hurt it (1 = not at all).</summary>
public sealed record StormComparison(
    string Stream, double CalmPerSecond, double StormPerSecond, double CalmMean, double StormMean, double CalmP50, double StormP50, double CalmP99, double StormP99)
{
    /// <summary>storm/calm mean latency, 1 = unaffected, higher is worse. In a closed loop it mirrors the throughput ratio (Little's law).</summary>
    public double MeanRatio => CalmMean > 0 ? Math.Round(StormMean / CalmMean, 3) : 0;

    /// <summary>Throughput kept under the storm: storm/calm, 1 = unaffected, lower is worse.</summary>
    public double ThroughputRatio => CalmPerSecond > 0 ? Math.Round(StormPerSecond / CalmPerSecond, 3) : 0;

    /// <summary>storm/calm p50: reported, not asserted (a bimodal distribution's p50 jumps between its modes).</summary>
    public double P50Ratio => CalmP50 > 0 ? Math.Round(StormP50 / CalmP50, 3) : 0;

    /// <summary>storm/calm p99: reported, not asserted (one slow second on a shared machine moves it).</summary>
    public double P99Ratio => CalmP99 > 0 ? Math.Round(StormP99 / CalmP99, 3) : 0;
}
