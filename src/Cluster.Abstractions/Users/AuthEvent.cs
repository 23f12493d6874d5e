namespace Cluster.Abstractions.Users;

/// <summary>One entry of a user's auth history (AdminListUserAuthEvents), with its risk decision.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AuthEvent")]
public sealed record AuthEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string EventType,
    [property: Id(2)] DateTimeOffset CreationDate,
    [property: Id(3)] string EventResponse,
    [property: Id(4)] string RiskDecision,
    [property: Id(5)] bool CompromisedCredentialsDetected);
