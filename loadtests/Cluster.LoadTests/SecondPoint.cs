namespace Cluster.LoadTests;

/// <summary>One second (about) of a stream: completions per second and latency percentiles in ms, as charted and in report.json.</summary>
public sealed record SecondPoint(double Second, bool Measured, long Completed, long Errors, double PerSecond, double P50, double P90, double P99);
