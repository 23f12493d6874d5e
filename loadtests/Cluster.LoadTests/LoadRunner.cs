using System.Diagnostics;
using HdrHistogram;

namespace Cluster.LoadTests;

/// <summary>
/// A closed loop: each virtual user sends its next request as soon as the last reply arrives, through warmup and
/// then the measured phase. A request counts when it starts and ends inside the measured phase.
/// </summary>
public sealed class LoadRunner(AwsJsonClient client, LoadOptions options)
{
    public async Task<ScenarioResult> RunAsync(Scenario scenario, Population population, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        var measureStart = start + Ticks(options.WarmupSeconds);
        var measureEnd = measureStart + Ticks(options.DurationSeconds);
        var budget = new RequestBudget(options.MaxRequests);
        var tallies = Enumerable.Range(0, options.Users).Select(_ => new WorkerTally()).ToArray();

        var cpu = SampleDriverCpuAsync(measureStart, measureEnd, budget, cancellationToken);
        // Task.Run so virtual users start on the thread pool at once, not one after another on this thread.
        var workers = tallies.Select((tally, i) => Task.Run(
            () => RunVirtualUserAsync(i, tally, scenario, population.Users, measureStart, measureEnd, budget, cancellationToken),
            CancellationToken.None));
        await Task.WhenAll(workers);
        var cpuSeconds = await cpu;

        var histogram = new LongHistogram(WorkerTally.HighestMicroseconds, 3);
        foreach (var tally in tallies)
        {
            histogram.Add(tally.Latency);
        }

        // Cut short by --max-requests: the phase lasted until the last measured reply.
        var lastCompletion = tallies.Max(t => t.LastCompletion);
        var elapsed = budget.Exhausted && lastCompletion > measureStart
            ? Stopwatch.GetElapsedTime(measureStart, lastCompletion).TotalSeconds
            : options.DurationSeconds;

        return new ScenarioResult
        {
            Scenario = scenario.Name,
            Description = scenario.Description,
            Algorithm = population.Algorithm,
            Endpoint = options.Endpoint.ToString(),
            VirtualUsers = options.Users,
            Population = population.Users.Count,
            WarmupSeconds = options.WarmupSeconds,
            DurationSeconds = options.DurationSeconds,
            MaxRequests = options.MaxRequests,
            StartedAt = startedAt,
            ElapsedSeconds = Math.Round(elapsed, 3),
            Requests = histogram.TotalCount,
            ThroughputPerSecond = elapsed > 0 ? Math.Round(histogram.TotalCount / elapsed, 1) : 0,
            LatencyMs = LatencySummary.From(histogram),
            Errors = Merge(tallies.Select(t => t.Errors)),
            WarmupErrors = Merge(tallies.Select(t => t.WarmupErrors)),
            ErrorSamples = tallies.SelectMany(t => t.ErrorSamples).DistinctBy(e => e.Key).ToDictionary(StringComparer.Ordinal),
            DriverCpuCores = elapsed > 0 ? Math.Round(cpuSeconds / elapsed, 2) : 0,
            Machine = MachineInfo.Current(),
            CommandLine = options.CommandLine,
            Histogram = histogram,
        };
    }

    private async Task RunVirtualUserAsync(
        int index, WorkerTally tally, Scenario scenario, IReadOnlyList<TestUser> users,
        long measureStart, long measureEnd, RequestBudget budget, CancellationToken cancellationToken)
    {
        // Virtual user i takes users i, i+V, i+2V...: with at least as many users as virtual users no two share one,
        // so per-user grains never queue requests from two virtual users.
        var bodies = Enumerable.Range(0, Math.Max(1, (users.Count - index + options.Users - 1) / options.Users))
            .Select(k => scenario.Body(users[(index + (k * options.Users)) % users.Count]))
            .ToArray();
        var mine = Enumerable.Range(0, bodies.Length).Select(k => users[(index + (k * options.Users)) % users.Count]).ToArray();
        var next = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var sent = Stopwatch.GetTimestamp();
            if (sent >= measureEnd)
            {
                return;
            }

            var measured = sent >= measureStart;
            if (measured && !budget.TryTake())
            {
                return;
            }

            var body = bodies[next];
            var user = mine[next];
            next = (next + 1) % bodies.Length;
            // No cancellation token on the call: stopping lets in-flight requests finish instead of counting them as errors.
            var result = scenario.Steps is { } steps ? await steps(user, client) : await client.CallAsync(scenario.Operation, body, CancellationToken.None);
            var received = Stopwatch.GetTimestamp();
            if (!result.IsSuccess)
            {
                tally.RecordError(result.ErrorType!, measured, result.Sample());
            }
            else if (result.Body.AsSpan().IndexOf(scenario.SuccessMarker) < 0)
            {
                tally.RecordError("unexpected reply (200 without the expected field)", measured, result.Sample());
            }
            else if (measured && received <= measureEnd)
            {
                tally.RecordMicroseconds((long)Stopwatch.GetElapsedTime(sent, received).TotalMicroseconds);
                tally.LastCompletion = Math.Max(tally.LastCompletion, received);
            }
        }
    }

    /// <summary>CPU seconds this process used over the measured phase (or until --max-requests ended it).</summary>
    private static async Task<double> SampleDriverCpuAsync(long measureStart, long measureEnd, RequestBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            await DelayUntilAsync(measureStart, budget, cancellationToken);
            using var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            await DelayUntilAsync(measureEnd, budget, cancellationToken);
            process.Refresh();
            return (process.TotalProcessorTime - before).TotalSeconds;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }

    private static async Task DelayUntilAsync(long timestamp, RequestBudget budget, CancellationToken cancellationToken)
    {
        // Short steps so an exhausted budget ends the sample close to the last request.
        while (Stopwatch.GetTimestamp() is var now && now < timestamp && !budget.Exhausted)
        {
            // From the same reading as the check: a later one could go negative, and Task.Delay(-1 ms) waits forever.
            var left = Stopwatch.GetElapsedTime(now, timestamp);
            await Task.Delay(left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

    private static Dictionary<string, long> Merge(IEnumerable<Dictionary<string, long>> parts)
    {
        var merged = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (type, count) in parts.SelectMany(p => p))
        {
            merged[type] = merged.GetValueOrDefault(type) + count;
        }

        return merged;
    }
}
