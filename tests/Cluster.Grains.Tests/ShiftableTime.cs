namespace Cluster.Grains.Tests;

/// <summary>
/// Real time plus an offset a test can move forward: expiry and rotation can be jumped to, while everything
/// that waits on real time (cache freshness, timers) keeps working.
/// </summary>
public sealed class ShiftableTime : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
