namespace Cluster.LoadTests;

/// <summary>The open loop's requests out at once, bounded by --max-in-flight.</summary>
public sealed class InFlightCounter
{
    private int count;

    public int Count => Volatile.Read(ref count);

    /// <summary>Takes a slot unless <paramref name="max"/> are taken.</summary>
    public bool TryEnter(int max)
    {
        if (Interlocked.Increment(ref count) <= max)
        {
            return true;
        }

        Interlocked.Decrement(ref count);
        return false;
    }

    public void Leave() => Interlocked.Decrement(ref count);
}
