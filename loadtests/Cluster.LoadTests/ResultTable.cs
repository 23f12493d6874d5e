using System.Globalization;
using System.Text;

namespace Cluster.LoadTests;

/// <summary>The end-of-run table on standard output: one row a stream.</summary>
public static class ResultTable
{
    private static readonly string[] Headings = ["scenario", "alg", "via", "load", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "missed", "driver CPU"];

    public static string Render(IReadOnlyList<ScenarioResult> results)
    {
        var rows = results.Select(r => new[]
        {
            r.Scenario, r.Algorithm, r.Transport, Load(r), Num(r.Requests), Num(r.ThroughputPerSecond, "F1"),
            Num(r.LatencyMs.P50, "F2"), Num(r.LatencyMs.P90, "F2"), Num(r.LatencyMs.P99, "F2"), Num(r.LatencyMs.Max, "F2"),
            Num(r.ErrorCount), r.RateFrom is null ? "-" : Num(r.Missed), Num(r.DriverCpuCores, "F2"),
        }).ToList();
        var widths = Headings.Select((h, i) => rows.Select(row => row[i].Length).Append(h.Length).Max()).ToArray();

        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            text.AppendJoin("  ", cells.Select((c, i) => i < 4 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).Append('\n');
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

        foreach (var r in results.Where(r => r.ExpectedOutcomes.Count > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {r.Scenario}: expected, not errors: {string.Join(", ", r.ExpectedOutcomes.Select(e => $"{e.Value} x {e.Key}"))}\n");
        }

        return text.ToString();
    }

    /// <summary>"16 VU", "200/s" or "10-100/s".</summary>
    private static string Load(ScenarioResult r) => r.RateFrom is not { } from
        ? $"{r.VirtualUsers} VU"
        : from == r.RateTo ? $"{Num(from, "0.##")}/s" : $"{Num(from, "0.##")}-{Num(r.RateTo!.Value, "0.##")}/s";

    private static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
