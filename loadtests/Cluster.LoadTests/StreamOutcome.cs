namespace Cluster.LoadTests;

/// <summary>What the runner measured about a stream besides its tally: how long the measured phase lasted and the driver's CPU in it.</summary>
public sealed record StreamOutcome(DateTimeOffset StartedAt, double ElapsedSeconds, double DriverCpuSeconds);
