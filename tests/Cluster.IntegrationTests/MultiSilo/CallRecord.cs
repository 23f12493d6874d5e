namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>One call a driver made: when (since the driver started), to which silo, what, and how it ended.</summary>
public sealed record CallRecord(TimeSpan StartedAt, TimeSpan EndedAt, int Silo, string Operation, CallKind Kind, string Detail, bool Refused);
