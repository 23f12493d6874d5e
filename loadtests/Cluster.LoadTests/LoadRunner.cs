using System.Diagnostics;

namespace Cluster.LoadTests;

/// <summary>
/// Drives one <see cref="StreamPlan"/> through warmup and then the measured phase, into a <see cref="RunTally"/>.
/// Closed loop: a request counts when it starts and ends inside the measured phase. Open loop: when it was due
/// inside the measured phase, and its latency runs from when it was due, not from when it was sent, so a stall
/// of the service (or the driver) shows in the figures instead of silently delaying the next requests.
/// </summary>
public static class LoadRunner
{
    public static async Task<StreamOutcome> RunAsync(StreamPlan plan, RunTally tally, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        var measureStart = start + Ticks(plan.WarmupSeconds);
        var measureEnd = measureStart + Ticks(plan.DurationSeconds);
        var budget = new RequestBudget(plan.MaxRequests);
        tally.Active = true;
        tally.SetMeasuredWindow(measureStart, measureEnd);
        var phase = FollowPhaseAsync(tally, measureStart, measureEnd, budget, cancellationToken);
        try
        {
            await (plan.Shape switch
            {
                ClosedLoop closed => Task.WhenAll(Enumerable.Range(0, closed.Users).Select(i => Task.Run(
                    () => RunVirtualUserAsync(plan, tally, i, closed.Users, measureStart, measureEnd, budget, cancellationToken),
                    CancellationToken.None))),
                OpenLoop open => RunOpenLoopAsync(plan, open, tally, start, measureStart, measureEnd, budget, cancellationToken),
                _ => throw new InvalidOperationException($"unknown load shape {plan.Shape}"),
            });
        }
        finally
        {
            tally.Active = false;
        }

        var cpuSeconds = await phase;
        // Cut short by --max-requests: the phase lasted until the last measured reply.
        var elapsed = budget.Exhausted && tally.LastCompletion > measureStart
            ? Stopwatch.GetElapsedTime(measureStart, tally.LastCompletion).TotalSeconds
            : plan.DurationSeconds;
        return new StreamOutcome(startedAt, Math.Round(elapsed, 3), cpuSeconds);
    }

    private static async Task RunVirtualUserAsync(
        StreamPlan plan, RunTally tally, int index, int virtualUsers,
        long measureStart, long measureEnd, RequestBudget budget, CancellationToken cancellationToken)
    {
        // Virtual user i takes users i, i+V, i+2V...: with at least as many users as virtual users no two share one,
        // so per-user grains never queue requests from two virtual users.
        var users = plan.Users;
        var mine = Enumerable.Range(0, Math.Max(1, (users.Count - index + virtualUsers - 1) / virtualUsers))
            .Select(k => users[(index + (k * virtualUsers)) % users.Count])
            .ToArray();
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

            var user = mine[next];
            next = (next + 1) % mine.Length;
            var result = await SendAsync(plan, user);
            var received = Stopwatch.GetTimestamp();
            Record(plan, tally, result, sent, sent, received, measured && received <= measureEnd);
        }
    }

    private static async Task RunOpenLoopAsync(
        StreamPlan plan, OpenLoop shape, RunTally tally, long start, long measureStart, long measureEnd,
        RequestBudget budget, CancellationToken cancellationToken)
    {
        var inFlight = new InFlightCounter();
        // A thread of its own: it sleeps to about 0.1 ms (PreciseSleep), where Task.Delay wakes a millisecond or
        // more late, and a request is never sent before it is due. Lateness still counts: latency runs from when it was due.
        var dispatched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dispatcher = new Thread(() =>
        {
            try
            {
                Dispatch(plan, shape, tally, inFlight, start, measureStart, measureEnd, budget, cancellationToken);
                dispatched.SetResult();
            }
            catch (Exception e)
            {
                dispatched.SetException(e);
            }
        })
        { IsBackground = true, Name = $"open loop {plan.Name}" };
        dispatcher.Start();
        await dispatched.Task;

        // Requests due before the end still count when they finish a little after it: dropping them would hide the slowest.
        var deadline = Stopwatch.GetTimestamp() + Ticks(WaitForStragglersSeconds);
        while (inFlight.Count > 0 && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10, CancellationToken.None);
        }
    }

    private static void Dispatch(
        StreamPlan plan, OpenLoop shape, RunTally tally, InFlightCounter inFlight, long start, long measureStart, long measureEnd,
        RequestBudget budget, CancellationToken cancellationToken)
    {
        var schedule = new ArrivalSchedule(shape, plan.WarmupSeconds, plan.DurationSeconds);
        for (long k = 0; !cancellationToken.IsCancellationRequested; k++)
        {
            if (schedule.OffsetOf(k) is not { } offset)
            {
                return;
            }

            var due = start + Ticks(offset);
            if (due >= measureEnd)
            {
                return;
            }

            while (Stopwatch.GetTimestamp() is var now && now < due)
            {
                // At least a quantum: requests due meanwhile go out together, so the driver wakes (and spends CPU)
                // at most a few thousand times a second, at the cost of sending up to a quantum late.
                var wait = Stopwatch.GetElapsedTime(now, due);
                PreciseSleep.For(wait > DispatchQuantum ? wait : DispatchQuantum);
            }

            var measured = due >= measureStart;
            if (measured && !budget.TryTake())
            {
                return;
            }

            if (!inFlight.TryEnter(shape.MaxInFlight))
            {
                if (measured)
                {
                    tally.RecordMissed();
                }

                continue;
            }

            var user = plan.Users[(int)(k % plan.Users.Count)];
            // On the thread pool, so a request's synchronous start (SRP math, serialisation) never delays the schedule.
            _ = Task.Run(async () =>
            {
                try
                {
                    var sent = Stopwatch.GetTimestamp();
                    var result = await SendAsync(plan, user);
                    var received = Stopwatch.GetTimestamp();
                    Record(plan, tally, result, due, sent, received, measured);
                }
                finally
                {
                    inFlight.Leave();
                }
            }, CancellationToken.None);
        }
    }

    /// <summary>The open loop's shortest sleep: lateness it accepts (it shows in latency, which runs from when a request was due).</summary>
    private static readonly TimeSpan DispatchQuantum = TimeSpan.FromMicroseconds(500);

    /// <summary>How long an open loop waits after its schedule for requests still out.</summary>
    private const double WaitForStragglersSeconds = 30;

    private static async Task<CallResult> SendAsync(StreamPlan plan, TestUser user)
    {
        try
        {
            // No cancellation token on the call: stopping lets in-flight requests finish instead of counting them as errors.
            return await plan.Request(user);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A transport that throws (an Orleans gateway gone) must not end the virtual user; it is an error like any other.
            return CallResult.Failure($"exception: {e.GetType().Name}", e.Message);
        }
    }

    private static void Record(StreamPlan plan, RunTally tally, CallResult result, long due, long sent, long received, bool measured)
    {
        var microseconds = (long)Stopwatch.GetElapsedTime(due, received).TotalMicroseconds;
        if (result.IsSuccess)
        {
            tally.RecordSuccess(microseconds, (long)Stopwatch.GetElapsedTime(sent, received).TotalMicroseconds, measured, received);
        }
        else if (plan.ExpectedErrors.Contains(result.ErrorType!))
        {
            tally.RecordExpected(result.ErrorType!, microseconds);
        }
        else
        {
            tally.RecordError(result.ErrorType!, measured, result.Sample());
        }
    }

    /// <summary>The CPU seconds this process used in the measured phase.</summary>
    private static async Task<double> FollowPhaseAsync(RunTally tally, long measureStart, long measureEnd, RequestBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            await DelayUntilAsync(measureStart, budget, tally, cancellationToken);
            using var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            await DelayUntilAsync(measureEnd, budget, tally, cancellationToken);
            process.Refresh();
            return (process.TotalProcessorTime - before).TotalSeconds;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }

    private static async Task DelayUntilAsync(long timestamp, RequestBudget budget, RunTally tally, CancellationToken cancellationToken)
    {
        // Short steps so an exhausted budget ends the sample close to the last request.
        while (Stopwatch.GetTimestamp() is var now && now < timestamp && !budget.Exhausted && tally.Active)
        {
            // From the same reading as the check: a later one could go negative, and Task.Delay(-1 ms) waits forever.
            var left = Stopwatch.GetElapsedTime(now, timestamp);
            await Task.Delay(left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);
}
