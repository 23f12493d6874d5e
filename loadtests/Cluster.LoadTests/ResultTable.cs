using System.Globalization;
using System.Text;

namespace Cluster.LoadTests;

/// <summary>The end-of-run table on standard output: one row a scenario.</summary>
public static class ResultTable
{
    private static readonly string[] Headings = ["scenario", "alg", "VUs", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "driver CPU"];

    public static string Render(IReadOnlyList<ScenarioResult> results)
    {
        var rows = results.Select(r => new[]
        {
            r.Scenario, r.Algorithm, Num(r.VirtualUsers), Num(r.Requests), Num(r.ThroughputPerSecond, "F1"),
            Num(r.LatencyMs.P50, "F2"), Num(r.LatencyMs.P90, "F2"), Num(r.LatencyMs.P99, "F2"), Num(r.LatencyMs.Max, "F2"),
            Num(r.ErrorCount), Num(r.DriverCpuCores, "F2"),
        }).ToList();
        var widths = Headings.Select((h, i) => rows.Select(row => row[i].Length).Append(h.Length).Max()).ToArray();

        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            text.AppendJoin("  ", cells.Select((c, i) => i < 2 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).Append('\n');
        Line(Headings);
        Line(widths.Select(w => new string('-', w)).ToArray());
        rows.ForEach(Line);

        foreach (var r in results.Where(r => r.ErrorCount > 0))
        {
            var phases = r.Errors.Select(e => ("", e)).Concat(r.WarmupErrors.Select(e => (" in warmup", e)));
            foreach (var (phase, (type, count)) in phases)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {r.Scenario}: {count} x {type}{phase}: {r.ErrorSamples.GetValueOrDefault(type)}\n");
            }
        }

        return text.ToString();
    }

    private static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
