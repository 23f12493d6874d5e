using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Cluster.LoadTests;

/// <summary>
/// Runs one call per index with bounded concurrency (seeding, activation), printing the rate and the silo's memory
/// every few seconds, and counting failures by type.
/// </summary>
public static class BulkProgress
{
    public static async Task<(double Seconds, List<MemorySample> Samples, ConcurrentDictionary<string, long> Errors, ConcurrentDictionary<string, string> Messages)> RunAsync(
        string what, int count, int concurrency, WorkingSetProbe memory, Func<int, Task<CallResult>> call, CancellationToken cancellationToken)
    {
        var errors = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var messages = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<MemorySample> { new(0, 0, await memory.ReadAsync(cancellationToken)) };
        long done = 0;
        var clock = Stopwatch.StartNew();
        var work = Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, _) =>
            {
                CallResult result;
                try
                {
                    result = await call(i);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    result = CallResult.Failure($"exception: {e.GetType().Name}", e.Message);
                }

                if (!result.IsSuccess)
                {
                    errors.AddOrUpdate(result.ErrorType!, 1, (_, n) => n + 1);
                    messages.TryAdd(result.ErrorType!, result.Sample());
                }

                Interlocked.Increment(ref done);
            });

        var lastDone = 0L;
        var lastAt = 0.0;
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
            var at = clock.Elapsed.TotalSeconds;
            var now = Interlocked.Read(ref done);
            var bytes = await memory.ReadAsync(CancellationToken.None);
            samples.Add(new MemorySample(Math.Round(at, 2), now, bytes));
            var recent = at > lastAt ? (now - lastDone) / (at - lastAt) : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {at,7:F1} s  {what}: {now}/{count}  {recent:F0}/s now, {now / at:F0}/s overall  silo {Mib(bytes)}  errors {errors.Values.Sum()}"));
            (lastDone, lastAt) = (now, at);
        }

        try
        {
            await work;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: report what was done.
        }

        return (clock.Elapsed.TotalSeconds, samples, errors, messages);
    }

    public static string Mib(long? bytes) => bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1048576.0:F0} MiB") : "n/a";
}
