namespace Cluster.LoadTests;

/// <summary>The --max-requests bound, shared by every virtual user: each takes one ticket before a measured request.</summary>
public sealed class RequestBudget(long? max)
{
    private long taken;

    public bool Exhausted => max is { } m && Interlocked.Read(ref taken) >= m;

    public bool TryTake() => max is not { } m || Interlocked.Increment(ref taken) <= m;
}
