using System.Diagnostics;

namespace Cluster.LoadTests;

/// <summary>
/// Once a second while some work runs, turns what each stream recorded into a <see cref="SecondPoint"/>, keeps it
/// in the stream's series and shows the latest points on the progress display.
/// </summary>
public static class SecondSampler
{
    public static async Task RunAsync(IReadOnlyList<RunTally> tallies, IProgressDisplay display, string title, Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        var last = started;
        var running = work();
        await display.RunAsync(title, async update =>
        {
            while (!running.IsCompleted)
            {
                await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(1)));
                var now = Stopwatch.GetTimestamp();
                var seconds = Stopwatch.GetElapsedTime(last, now).TotalSeconds;
                last = now;
                // The last partial interval is kept if long enough to mean something.
                if (seconds < 0.2)
                {
                    continue;
                }

                var at = Math.Round(Stopwatch.GetElapsedTime(started, now).TotalSeconds, 2);
                var rows = new List<(string, SecondPoint)>();
                foreach (var tally in tallies)
                {
                    var (latencies, errors, measured) = tally.TakeInterval();
                    if (!tally.Active && latencies.TotalCount == 0 && errors == 0)
                    {
                        continue;
                    }

                    // The interval belongs to the phase most of its successes were in; without any, to the phase its middle fell in.
                    var middle = now - (long)(seconds / 2 * Stopwatch.Frequency);
                    var inMeasuredPhase = latencies.TotalCount > 0 ? measured * 2 >= latencies.TotalCount : tally.IsMeasuredAt(middle);
                    var point = Point(at, inMeasuredPhase, latencies, errors, seconds);
                    tally.Series.Add(point);
                    rows.Add((tally.Label, point));
                }

                update(rows);
            }
        });
        await running;
    }

    private static SecondPoint Point(double at, bool measured, HdrHistogram.HistogramBase us, long errors, double seconds)
    {
        static double Ms(double value) => Math.Round(value / 1000.0, 3);
        var count = us.TotalCount;
        return new SecondPoint(
            at, measured, count, errors, Math.Round(count / seconds, 1),
            count > 0 ? Ms(us.GetValueAtPercentile(50)) : 0,
            count > 0 ? Ms(us.GetValueAtPercentile(90)) : 0,
            count > 0 ? Ms(us.GetValueAtPercentile(99)) : 0);
    }
}
