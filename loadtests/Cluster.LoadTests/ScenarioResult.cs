using System.Text.Json.Serialization;
using HdrHistogram;

namespace Cluster.LoadTests;

/// <summary>One stream's measured phase: counts, rates and latencies (ms), as printed and written to report.json.</summary>
public sealed record ScenarioResult
{
    /// <summary>The scenario, or for a part of one (lockout storm, compare) scenario:part.</summary>
    public required string Scenario { get; init; }
    public required string Description { get; init; }
    public required string Algorithm { get; init; }
    public required string Endpoint { get; init; }
    public required string Transport { get; init; }

    /// <summary>"closed loop, 16 virtual users" or "open loop, 200 req/s, at most 512 in flight".</summary>
    public required string Load { get; init; }

    /// <summary>Closed loop: the virtual users; open loop: the at-most-in-flight bound.</summary>
    public required int VirtualUsers { get; init; }

    /// <summary>Open loop: the rate through warmup and at the end (equal unless ramped).</summary>
    public double? RateFrom { get; init; }
    public double? RateTo { get; init; }
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

    /// <summary>From the intended start in open loop (coordinated omission corrected), from the send in closed loop.</summary>
    public required LatencySummary LatencyMs { get; init; }

    /// <summary>Open loop only: from the actual send, to compare with <see cref="LatencyMs"/>.</summary>
    public LatencySummary? ServiceTimeMs { get; init; }

    /// <summary>Open loop: measured requests not sent because --max-in-flight were out when they were due.</summary>
    public required long Missed { get; init; }
    public required IReadOnlyDictionary<string, long> Errors { get; init; }
    public required IReadOnlyDictionary<string, long> WarmupErrors { get; init; }

    /// <summary>Failures that were the point (the lockout storm's wrong passwords), by type; not errors.</summary>
    public required IReadOnlyDictionary<string, long> ExpectedOutcomes { get; init; }

    /// <summary>One message for each error type, as the service wrote it.</summary>
    public required IReadOnlyDictionary<string, string> ErrorSamples { get; init; }

    /// <summary>CPU the driver itself used in the measured phase, in cores: it shares the machine with the silo.</summary>
    public required double DriverCpuCores { get; init; }
    public required MachineInfo Machine { get; init; }
    public required string CommandLine { get; init; }

    /// <summary>About one point per second, warmup included (Measured false), as charted.</summary>
    public required IReadOnlyList<SecondPoint> Series { get; init; }

    /// <summary>The merged latencies in microseconds; not required, since System.Text.Json rejects a required ignored property.</summary>
    [JsonIgnore]
    public HistogramBase Histogram { get; init; } = Empty;

    private static readonly HistogramBase Empty = new LongHistogram(RunTally.HighestMicroseconds, 3);

    public long ErrorCount => Errors.Values.Sum() + WarmupErrors.Values.Sum();

    /// <summary>Zero errors is the expectation; a run that measured nothing proves nothing.</summary>
    public bool Passed => (Requests > 0 || ExpectedOutcomes.Count > 0) && ErrorCount == 0;

    public static ScenarioResult From(StreamPlan plan, RunTally tally, StreamOutcome outcome, RunContext context, string description)
    {
        var open = plan.Shape as OpenLoop;
        var requests = tally.Latency.TotalCount;
        return new ScenarioResult
        {
            Scenario = plan.Name,
            Description = description,
            Algorithm = context.Algorithm,
            Endpoint = context.Endpoint,
            Transport = context.Transport,
            Load = plan.Shape.Describe(),
            VirtualUsers = plan.Shape is ClosedLoop closed ? closed.Users : open!.MaxInFlight,
            RateFrom = open?.FromRate,
            RateTo = open?.ToRate,
            Population = plan.Users.Count,
            WarmupSeconds = plan.WarmupSeconds,
            DurationSeconds = plan.DurationSeconds,
            MaxRequests = plan.MaxRequests,
            StartedAt = outcome.StartedAt,
            ElapsedSeconds = outcome.ElapsedSeconds,
            Requests = requests,
            ThroughputPerSecond = outcome.ElapsedSeconds > 0 ? Math.Round(requests / outcome.ElapsedSeconds, 1) : 0,
            LatencyMs = LatencySummary.From(tally.Latency),
            ServiceTimeMs = open is null ? null : LatencySummary.From(tally.ServiceTime),
            Missed = tally.Missed,
            Errors = new SortedDictionary<string, long>(tally.Errors, StringComparer.Ordinal),
            WarmupErrors = new SortedDictionary<string, long>(tally.WarmupErrors, StringComparer.Ordinal),
            ExpectedOutcomes = new SortedDictionary<string, long>(tally.ExpectedOutcomes, StringComparer.Ordinal),
            ErrorSamples = new SortedDictionary<string, string>(tally.ErrorSamples, StringComparer.Ordinal),
            DriverCpuCores = outcome.ElapsedSeconds > 0 ? Math.Round(outcome.DriverCpuSeconds / outcome.ElapsedSeconds, 2) : 0,
            Machine = MachineInfo.Current(),
            CommandLine = context.CommandLine,
            Series = [.. tally.Series],
            Histogram = tally.Latency,
        };
    }
}
