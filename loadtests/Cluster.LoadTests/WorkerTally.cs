using HdrHistogram;

namespace Cluster.LoadTests;

/// <summary>What one virtual user saw; owned by that user alone, so recording needs no locks. Merged at the end.</summary>
public sealed class WorkerTally
{
    /// <summary>Latencies in microseconds, up to a minute, to three significant digits.</summary>
    public const long HighestMicroseconds = 60_000_000;

    public LongHistogram Latency { get; } = new(HighestMicroseconds, 3);

    public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> WarmupErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>The first message seen for each error type: a count alone rarely says what went wrong.</summary>
    public Dictionary<string, string> ErrorSamples { get; } = new(StringComparer.Ordinal);

    /// <summary>Stopwatch timestamp of the last measured completion, for runs cut short by --max-requests.</summary>
    public long LastCompletion { get; set; }

    public void RecordMicroseconds(long microseconds) => Latency.RecordValue(Math.Clamp(microseconds, 1, HighestMicroseconds));

    public void RecordError(string type, bool measured, string sample)
    {
        var errors = measured ? Errors : WarmupErrors;
        errors[type] = errors.GetValueOrDefault(type) + 1;
        ErrorSamples.TryAdd(type, sample);
    }
}
