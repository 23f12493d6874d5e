using System.Globalization;

namespace Cluster.LoadTests;

/// <summary>
/// The silo's resident memory: VmRSS from /proc/PID/status when --silo-pid is given (same machine), else
/// the working set from the silo's Prometheus /metrics (any machine): .NET's System.Runtime meter exports it as
/// dotnet_process_memory_working_set_bytes; process_working_set_bytes is the process instrumentation's name.
/// </summary>
public sealed class WorkingSetProbe(int? siloPid, Uri endpoint, HttpClient http)
{
    /// <summary>Where the figure comes from, for the report.</summary>
    public string Source => siloPid is { } pid ? $"/proc/{pid}/status VmRSS" : $"{new Uri(endpoint, "/metrics")} working set";

    /// <summary>Bytes, or null when the source cannot be read (no such process, no such metric).</summary>
    public async Task<long?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return siloPid is { } pid ? FromProc(pid) : await FromMetricsAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or UnauthorizedAccessException or TaskCanceledException)
        {
            return null;
        }
    }

    private static long? FromProc(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            // "VmRSS:	  123456 kB"
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }

    private static readonly string[] MetricNames = ["dotnet_process_memory_working_set_bytes", "process_working_set_bytes"];

    private async Task<long?> FromMetricsAsync(CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync(new Uri(endpoint, "/metrics"), cancellationToken);
        foreach (var line in text.Split('\n'))
        {
            if (MetricNames.Any(name => line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is ' ' or '{'))
            {
                var value = line[(line.LastIndexOf(' ') + 1)..];
                return (long)double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
