using HdrHistogram;

namespace Cluster.LoadTests;

/// <summary>The percentiles a report shows, in milliseconds, read from a microsecond histogram.</summary>
public sealed record LatencySummary(double P50, double P90, double P99, double P999, double Max, double Mean)
{
    public static LatencySummary From(HistogramBase microseconds)
    {
        if (microseconds.TotalCount == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        static double Ms(double us) => Math.Round(us / 1000.0, 3);
        return new LatencySummary(
            Ms(microseconds.GetValueAtPercentile(50)),
            Ms(microseconds.GetValueAtPercentile(90)),
            Ms(microseconds.GetValueAtPercentile(99)),
            Ms(microseconds.GetValueAtPercentile(99.9)),
            Ms(microseconds.GetMaxValue()),
            Ms(microseconds.GetMean()));
    }
}
