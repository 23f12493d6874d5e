using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;

namespace Cluster.LoadTests;

/// <summary>
/// What one stream of requests saw, shared by all its virtual users (closed loop) or in-flight requests (open
/// loop), so recording is thread-safe. The measured histogram feeds the report; the recorder feeds the
/// per-second series and the live view, which read it interval by interval.
/// </summary>
public sealed class RunTally(string label)
{
    /// <summary>Latencies in microseconds, up to a minute, to three significant digits.</summary>
    public const long HighestMicroseconds = 60_000_000;

    private readonly Recorder interval = HistogramFactory.With64BitBucketSize()
        .WithValuesFrom(1).WithValuesUpTo(HighestMicroseconds).WithPrecisionOf(3)
        .WithThreadSafeWrites().WithThreadSafeReads().Create();

    private long intervalErrors;
    private long intervalMeasured;
    private long missed;
    private long lastCompletion;
    private long measureFrom;
    private long measureTo;

    /// <summary>What the live view and the charts call this stream (the scenario, or scenario @ endpoint).</summary>
    public string Label { get; } = label;

    /// <summary>Measured latencies (successes only), from the intended start in open loop.</summary>
    public LongConcurrentHistogram Latency { get; } = new(1, HighestMicroseconds, 3);

    /// <summary>Open loop only: from the moment a request was actually sent, to show what coordinated omission would hide.</summary>
    public LongConcurrentHistogram ServiceTime { get; } = new(1, HighestMicroseconds, 3);

    public ConcurrentDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, long> WarmupErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Failures the scenario asks for (a wrong password's NotAuthorizedException): counted, never errors.</summary>
    public ConcurrentDictionary<string, long> ExpectedOutcomes { get; } = new(StringComparer.Ordinal);

    /// <summary>The first message seen for each error type: a count alone rarely says what went wrong.</summary>
    public ConcurrentDictionary<string, string> ErrorSamples { get; } = new(StringComparer.Ordinal);

    /// <summary>The per-second points the sampler took while this stream ran.</summary>
    public List<SecondPoint> Series { get; } = [];

    /// <summary>Open loop: requests not started at their intended time because --max-in-flight were already out.</summary>
    public long Missed => Interlocked.Read(ref missed);

    /// <summary>Stopwatch timestamp of the last measured completion, for runs cut short by --max-requests.</summary>
    public long LastCompletion => Interlocked.Read(ref lastCompletion);

    /// <summary>Set by the runner: the measured phase's Stopwatch timestamps, so per-second points say which phase they belong to.</summary>
    public void SetMeasuredWindow(long from, long to)
    {
        Interlocked.Exchange(ref measureFrom, from);
        Interlocked.Exchange(ref measureTo, to);
    }

    public bool IsMeasuredAt(long timestamp) => timestamp >= Interlocked.Read(ref measureFrom) && timestamp < Interlocked.Read(ref measureTo);

    /// <summary>True while a runner drives this stream; the sampler skips idle streams (compare mode's other endpoint).</summary>
    public bool Active { get; set; }

    public void RecordSuccess(long microseconds, long serviceMicroseconds, bool measured, long completedAt)
    {
        var value = Math.Clamp(microseconds, 1, HighestMicroseconds);
        interval.RecordValue(value);
        if (!measured)
        {
            return;
        }

        Interlocked.Increment(ref intervalMeasured);
        Latency.RecordValue(value);
        ServiceTime.RecordValue(Math.Clamp(serviceMicroseconds, 1, HighestMicroseconds));
        // Interlocked max: many requests complete at once.
        long seen;
        while ((seen = Interlocked.Read(ref lastCompletion)) < completedAt && Interlocked.CompareExchange(ref lastCompletion, completedAt, seen) != seen)
        {
        }
    }

    public void RecordError(string type, bool measured, string sample)
    {
        Interlocked.Increment(ref intervalErrors);
        (measured ? Errors : WarmupErrors).AddOrUpdate(type, 1, (_, n) => n + 1);
        ErrorSamples.TryAdd(type, sample);
    }

    public void RecordExpected(string type, long microseconds)
    {
        interval.RecordValue(Math.Clamp(microseconds, 1, HighestMicroseconds));
        ExpectedOutcomes.AddOrUpdate(type, 1, (_, n) => n + 1);
    }

    public void RecordMissed() => Interlocked.Increment(ref missed);

    /// <summary>Everything recorded since the last call (for the sampler only), the errors, and how many successes counted as measured.</summary>
    public (HistogramBase Latencies, long Errors, long Measured) TakeInterval() =>
        (interval.GetIntervalHistogram(), Interlocked.Exchange(ref intervalErrors, 0), Interlocked.Exchange(ref intervalMeasured, 0));

    public static long Now() => Stopwatch.GetTimestamp();
}
