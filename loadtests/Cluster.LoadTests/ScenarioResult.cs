using System.Text.Json.Serialization;
using HdrHistogram;

namespace Cluster.LoadTests;

/// <summary>One scenario's measured phase: counts, rates and latencies (ms), as printed and written to report.json.</summary>
public sealed record ScenarioResult
{
    public required string Scenario { get; init; }
    public required string Description { get; init; }
    public required string Algorithm { get; init; }
    public required string Endpoint { get; init; }
    public required int VirtualUsers { get; init; }
    public required int Population { get; init; }
    public required double WarmupSeconds { get; init; }
    public required double DurationSeconds { get; init; }
    public long? MaxRequests { get; init; }
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Length of the measured phase: the duration, or less when --max-requests ended it.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>Successful measured requests; errors are not in the latency figures.</summary>
    public required long Requests { get; init; }
    public required double ThroughputPerSecond { get; init; }
    public required LatencySummary LatencyMs { get; init; }
    public required IReadOnlyDictionary<string, long> Errors { get; init; }
    public required IReadOnlyDictionary<string, long> WarmupErrors { get; init; }

    /// <summary>One message for each error type, as the service wrote it.</summary>
    public required IReadOnlyDictionary<string, string> ErrorSamples { get; init; }

    /// <summary>CPU the driver itself used in the measured phase, in cores: it shares the machine with the silo.</summary>
    public required double DriverCpuCores { get; init; }
    public required MachineInfo Machine { get; init; }
    public required string CommandLine { get; init; }

    /// <summary>The merged latencies in microseconds; not required, since System.Text.Json rejects a required ignored property.</summary>
    [JsonIgnore]
    public HistogramBase Histogram { get; init; } = Empty;

    private static readonly HistogramBase Empty = new LongHistogram(WorkerTally.HighestMicroseconds, 3);

    public long ErrorCount => Errors.Values.Sum() + WarmupErrors.Values.Sum();

    /// <summary>Zero errors is the expectation; a run that measured nothing proves nothing.</summary>
    public bool Passed => Requests > 0 && ErrorCount == 0;
}
