namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>A pool and an app client that allows the password flows, made for one test.</summary>
public sealed record TestPool(string PoolId, string ClientId);
