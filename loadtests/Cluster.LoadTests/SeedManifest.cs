namespace Cluster.LoadTests;

/// <summary>What a seed run made, saved as seed.json so <c>active</c> (or anyone) can use the users later.</summary>
public sealed record SeedManifest(
    string Endpoint, string PoolId, string ClientId, string Password, string UsernamePrefix, int Count,
    string Transport, string Flow, int Concurrency, double Seconds, double UsersPerSecond,
    long? SiloBytesBefore, long? SiloBytesAfter, string MemorySource, IReadOnlyDictionary<string, long> Errors,
    IReadOnlyList<MemorySample> Samples)
{
    public static string Username(string prefix, int i) => $"{prefix}{i:D7}";
}
