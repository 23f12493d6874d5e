namespace Cluster.LoadTests;

/// <summary>What the lockout storm measured (every stream of both phases) and what it found wrong.</summary>
public sealed record StormVerdict(IReadOnlyList<ScenarioResult> Results, IReadOnlyList<string> Failures);
