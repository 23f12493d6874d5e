using ScottPlot;

namespace Cluster.LoadTests;

/// <summary>The report's two PNG charts of the per-second series: throughput, and latency p50/p90/p99, over time.</summary>
public static class ChartWriter
{
    public const string ThroughputFile = "throughput.png";
    public const string LatencyFile = "latency.png";

    /// <summary>Writes both charts into <paramref name="directory"/>; false (and no charts) when there is no series to draw.</summary>
    public static bool Write(string directory, ScenarioResult result)
    {
        var points = result.Series;
        if (points.Count == 0)
        {
            return false;
        }

        var seconds = points.Select(p => p.Second).ToArray();
        // A point closes its interval: the measured phase began where the first measured point's interval opened.
        var first = points.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Measured);
        double? measuredFrom = first.p is null ? null : first.i > 0 ? points[first.i - 1].Second : 0;

        var throughput = NewPlot($"{result.Scenario}: completions per second", "req/s", measuredFrom);
        throughput.Add.Scatter(seconds, points.Select(p => p.PerSecond).ToArray()).LegendText = "completed/s";
        if (points.Any(p => p.Errors > 0))
        {
            throughput.Add.Scatter(seconds, points.Select(p => (double)p.Errors).ToArray()).LegendText = "errors in the second";
        }

        throughput.ShowLegend(Edge.Right);
        throughput.Axes.SetLimitsY(0, Math.Max(1, points.Max(p => p.PerSecond)) * 1.1);
        throughput.SavePng(Path.Combine(directory, ThroughputFile), 900, 400);

        var latency = NewPlot($"{result.Scenario}: latency per second", "ms", measuredFrom);
        latency.Add.Scatter(seconds, points.Select(p => p.P50).ToArray()).LegendText = "p50";
        latency.Add.Scatter(seconds, points.Select(p => p.P90).ToArray()).LegendText = "p90";
        latency.Add.Scatter(seconds, points.Select(p => p.P99).ToArray()).LegendText = "p99";
        latency.ShowLegend(Edge.Right);
        latency.Axes.SetLimitsY(0, Math.Max(0.1, points.Max(p => p.P99)) * 1.1);
        latency.SavePng(Path.Combine(directory, LatencyFile), 900, 400);
        return true;
    }

    private static Plot NewPlot(string title, string unit, double? measuredFrom)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("seconds since the start (warmup left of the dashed line)");
        plot.YLabel(unit);
        if (measuredFrom is { } x)
        {
            var line = plot.Add.VerticalLine(x);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.Gray;
        }

        return plot;
    }
}
