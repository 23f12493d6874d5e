namespace Cluster.LoadTests;

/// <summary>What setup made: a fresh pool, its app client and signed-in users.</summary>
public sealed record Population(string PoolId, string ClientId, string Algorithm, IReadOnlyList<TestUser> Users, TimeSpan SetupTime);
