using System.Globalization;

namespace Cluster.LoadTests;

/// <summary>For logs and CI: one line per stream every few seconds, never cursor movement.</summary>
public sealed class PlainProgressDisplay(double everySeconds) : IProgressDisplay
{
    public async Task RunAsync(string title, Func<Action<IReadOnlyList<(string Label, SecondPoint Point)>>, Task> loop)
    {
        var nextAt = everySeconds;
        await loop(rows =>
        {
            if (rows.Count == 0 || rows[0].Point.Second < nextAt)
            {
                return;
            }

            nextAt = rows[0].Point.Second + everySeconds;
            foreach (var (label, p) in rows)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {p.Second,6:F1} s  {label}: {p.PerSecond:F0}/s  p50 {p.P50:F2} ms  p99 {p.P99:F2} ms  errors {p.Errors}{(p.Measured ? string.Empty : "  (warmup)")}"));
            }
        });
    }
}
