namespace Cluster.LoadTests;

/// <summary>What every result of one run shares: where it went, how, and the command that asked for it.</summary>
public sealed record RunContext(string Endpoint, string Transport, string Algorithm, string CommandLine);
