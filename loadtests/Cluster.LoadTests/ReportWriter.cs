using System.Globalization;
using System.Text;
using System.Text.Json;
using HdrHistogram;

namespace Cluster.LoadTests;

/// <summary>Writes <c>report.md</c> and <c>report.json</c> for one scenario under <c>&lt;reports&gt;/&lt;timestamp&gt;-&lt;scenario&gt;/</c>.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A file for people and tools, not HTML: no need to escape apostrophes and the like.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>--reports when given, else loadtests/reports of the repo the driver runs in, else ./reports.</summary>
    public static string ReportsRoot(string? configured)
    {
        if (configured is not null)
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cluster.sln")))
                {
                    return Path.Combine(dir.FullName, "loadtests", "reports");
                }
            }
        }

        return Path.GetFullPath("reports");
    }

    public static string Write(string root, string runStamp, ScenarioResult result)
    {
        var directory = Path.Combine(root, $"{runStamp}-{result.Scenario}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "report.json"), JsonSerializer.Serialize(result, Json) + "\n");
        var charts = ChartWriter.Write(directory, result);
        File.WriteAllText(Path.Combine(directory, "report.md"), Markdown(result, charts));
        return directory;
    }

    /// <summary>Any JSON document next to the reports (compare summaries, seed figures), written the same way.</summary>
    public static string WriteJson<T>(string directory, string fileName, T value)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, JsonSerializer.Serialize(value, Json) + "\n");
        return path;
    }

    private static string Markdown(ScenarioResult r, bool charts)
    {
        var md = new StringBuilder();
        var l = r.LatencyMs;
        md.Append(CultureInfo.InvariantCulture, $"# {r.Scenario} ({r.Algorithm}): {r.ThroughputPerSecond:F0} req/s, p99 {l.P99:F1} ms\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{r.Description}. {(r.Passed ? "Passed" : "FAILED")}.\n\n");
        md.Append("| | |\n| --- | --- |\n");
        md.Append(CultureInfo.InvariantCulture, $"| command | `{r.CommandLine}` |\n");
        md.Append(CultureInfo.InvariantCulture, $"| endpoint | {r.Endpoint} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| started | {r.StartedAt:u} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| transport | {r.Transport} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| load | {r.Load}, {r.Population} users in the pool |\n");
        md.Append(CultureInfo.InvariantCulture, $"| warmup / measured | {r.WarmupSeconds} s / {r.ElapsedSeconds} s{(r.MaxRequests is { } m ? $" (max {m} requests)" : string.Empty)} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| machine | {r.Machine.Cores} cores, {r.Machine.MemoryGiB} GiB, {r.Machine.Os}, {r.Machine.Runtime} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| driver CPU | {r.DriverCpuCores} cores during the measured phase |\n\n");

        md.Append("| requests | req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | mean ms | errors |\n");
        md.Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        md.Append(CultureInfo.InvariantCulture,
            $"| {r.Requests} | {r.ThroughputPerSecond:F1} | {l.P50:F2} | {l.P90:F2} | {l.P99:F2} | {l.P999:F2} | {l.Max:F2} | {l.Mean:F2} | {r.ErrorCount} |\n\n");
        if (r.ServiceTimeMs is { } s)
        {
            md.Append(CultureInfo.InvariantCulture, $"Open loop: latency above runs from each request's intended start (coordinated omission corrected). ");
            md.Append(CultureInfo.InvariantCulture, $"From the actual send instead: p50 {s.P50:F2} ms, p99 {s.P99:F2} ms, max {s.Max:F2} ms. ");
            md.Append(CultureInfo.InvariantCulture, $"Missed (due while {r.VirtualUsers} were in flight, not sent): {r.Missed}.\n\n");
        }

        if (r.ExpectedOutcomes.Count > 0)
        {
            md.Append("Expected failures (the point of this stream, not errors): ");
            md.AppendJoin(", ", r.ExpectedOutcomes.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value} x {e.Key}")));
            md.Append(".\n\n");
        }

        if (charts)
        {
            md.Append(CultureInfo.InvariantCulture, $"![throughput]({ChartWriter.ThroughputFile})\n\n![latency]({ChartWriter.LatencyFile})\n\n");
        }

        if (r.ErrorCount > 0)
        {
            md.Append("## Errors\n\n| phase | type | count | first message |\n| --- | --- | ---: | --- |\n");
            var phases = r.Errors.Select(e => ("measured", e)).Concat(r.WarmupErrors.Select(e => ("warmup", e)));
            foreach (var (phase, (type, count)) in phases)
            {
                var sample = r.ErrorSamples.GetValueOrDefault(type, string.Empty).Replace("|", "\\|", StringComparison.Ordinal);
                md.Append(CultureInfo.InvariantCulture, $"| {phase} | {type} | {count} | {sample} |\n");
            }

            md.Append('\n');
        }

        if (r.Histogram.TotalCount > 0)
        {
            // HdrHistogram's own text form (values in ms), for plotting at hdrhistogram.github.io/HdrHistogram/plotFiles.html.
            using var distribution = new StringWriter(CultureInfo.InvariantCulture);
            r.Histogram.OutputPercentileDistribution(distribution, percentileTicksPerHalfDistance: 5, outputValueUnitScalingRatio: 1000.0);
            md.Append("## Latency distribution (ms)\n\n```\n").Append(distribution).Append("```\n");
        }

        return md.ToString();
    }
}
